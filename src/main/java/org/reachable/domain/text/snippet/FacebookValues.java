package org.reachable.domain.text.snippet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.text.HoursLine;

/**
 * The two Facebook page texts, each cut to its limit. The intro is one line, name and hours (or,
 * when channels keep different hours, the main channels' own hours), cut at a word boundary if it
 * must be. The about section is sentences in order of weight: a day off
 * (only in the dated variant), the groups of channel hours, the urgent line; what does not fit is
 * left out whole. With a clients' zone both are on one clock named once, as the signature
 * ({@link org.reachable.domain.text.OneClock}); both clocks on every day did not fit and were cut.
 */
final class FacebookValues {

    /**
     * Facebook's page limits (2024 Pages experience): the intro ("bio") takes at most 101
     * characters; the about section's description takes 255, which is also what the classic
     * "Description" field allowed, so a text within it is safe in both.
     */
    static final int INTRO = 101;
    static final int ABOUT = 255;

    private final SnippetContext c;

    FacebookValues(SnippetContext context) {
        this.c = context;
    }

    private String intro(String who, String hours) {
        if (hours.isEmpty()) {
            return who;
        }
        String available = c.phrases.facebookAvailable();
        return who.isEmpty() ? SnippetContext.capitalise(available) + " " + hours
                : who + ": " + available + " " + hours;
    }

    /**
     * The intro's one line, the first of these that fits. When the channels keep different hours,
     * the hours of any channel merged ("bereikbaar 9.00–18.00 uur") would promise a phone call at
     * 13.00 that only WhatsApp answers: then the first group's own hours, worded as in the about
     * text. Else the name and the hours, or the hours alone (the page shows the name as its title)
     * rather than hours cut off in the middle of a day. When nothing fits, the name and the hours,
     * cut.
     */
    private String introText(String who, List<HoursLine> week, List<Map<String, Object>> hoursGroups) {
        String hours = c.hours(week);
        String nameAndHours = intro(who, hours);
        List<String> candidates = new ArrayList<>();
        if (hoursGroups.size() > 1) {
            Map<String, Object> first = hoursGroups.get(0);
            candidates.add(first.get("channels") + ": " + first.get("hours"));
        } else {
            candidates.add(nameAndHours);
            if (!hours.isEmpty()) {
                candidates.add(intro("", hours));
            }
        }
        return candidates.stream().filter(t -> t.length() <= INTRO).findFirst().orElse(nameAndHours);
    }

    /**
     * With a clients' zone, the intro on one clock named once, as the signature: the first of these
     * that fits, saying less each time rather than cutting: the clock with its usual gap, the clock's
     * bare name, then both with the short hours ("8–10 en 15–17 uur"). Empty when none fits.
     */
    private Optional<String> oneClockIntro(String who, List<Map<String, Object>> hoursGroups) {
        if (hoursGroups.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> first = hoursGroups.get(0);
        List<String> candidates = new ArrayList<>();
        for (String hours : List.of("clockHours", "clockShortHours")) {
            for (String clock : List.of("clock", "clockName")) {
                String named = first.get(hours) + " (" + first.get(clock) + ")";
                if (hoursGroups.size() > 1) {
                    candidates.add(first.get("channels") + " (" + first.get(clock) + "): " + first.get(hours));
                } else {
                    candidates.add(intro(who, named));
                    candidates.add(intro("", named));
                }
            }
        }
        return candidates.stream().filter(t -> t.length() <= INTRO).findFirst();
    }

    /**
     * With a clients' zone, the about text's groups on one clock, named once in the first ("Telefoon
     * en e-mail (Britse tijd): …. WhatsApp Business: …."), with the short hours when the full ones
     * would leave a sentence out, and then without the clocks' usual gap. {@code shortFirst}: the
     * intro says the short hours, so the about text does too ("8–10am" above "8:00–10:00" wrote one
     * page's hours two ways).
     */
    private Fit.Result oneClockAbout(List<String> head, List<Map<String, Object>> hoursGroups, List<String> tail,
            List<Integer> weight, boolean shortFirst) {
        Fit.Result fit = null;
        List<List<String>> tries = List.of(List.of("clock", "clockHours"), List.of("clock", "clockShortHours"),
                List.of("clockName", "clockShortHours"));
        for (List<String> keys : shortFirst ? tries.subList(1, tries.size()) : tries) {
            List<String> parts = new ArrayList<>(head);
            Object firstClock = hoursGroups.get(0).get("clockName");
            for (Map<String, Object> group : hoursGroups) {
                // a later group on another clock (a range that moves to another day in London) names its own
                boolean named = parts.size() == head.size() || !group.get("clockName").equals(firstClock);
                parts.add(group.get("channels") + (named ? " (" + group.get(keys.get(0)) + ")" : "") + ": "
                        + group.get(keys.get(1)) + ".");
            }
            parts.addAll(tail);
            Fit.Result tried = Fit.parts(parts, weight, ABOUT);
            if (!tried.shortened()) {
                return tried;
            }
            fit = fit == null ? tried : fit;
        }
        return fit;
    }

    Map<String, Object> values(String who, Map<String, Object> away, List<Map<String, Object>> hoursGroups,
            List<Map<String, Object>> urgent) {
        List<HoursLine> week = c.anyChannelHours();
        Optional<String> oneClock = c.clock.twoClocks() ? oneClockIntro(who, hoursGroups) : Optional.empty();
        Fit.Result introFit = oneClock.map(t -> new Fit.Result(t, false))
                .orElseGet(() -> Fit.cut(introText(who, week, hoursGroups), INTRO));
        // with two clocks a cut would fall in the client's clock ("(8.00–17.00 uur Britse…"):
        // rather leave out the name (the page shows it as its title), then whole days with both
        // clocks, and the cut after them
        if (introFit.shortened() && c.clock.twoClocks()) {
            for (int n = week.size(); n > 0; n--) {
                String fewer = intro("", c.hours(week.subList(0, n))) + (n < week.size() ? " " + Fit.ELLIPSIS : "");
                if (fewer.length() <= INTRO) {
                    introFit = new Fit.Result(fewer, n < week.size());
                    break;
                }
            }
        }

        // reading order: away, hours groups, urgent lines; weight: away, the first hours group,
        // the urgent lines, the other hours groups. Contacts stay out: the page has its own
        // fields for phone, e-mail and WhatsApp, and the about text is short.
        List<String> parts = new ArrayList<>();
        List<Integer> weight = new ArrayList<>();
        List<Integer> laterGroups = new ArrayList<>();
        weight.add(parts.size());
        parts.add((Boolean) away.get("any")
                ? String.format(c.phrases.facebookAway(), away.get("When"), away.get("when"), away.get("backOn")) : "");
        List<String> head = List.copyOf(parts);
        for (Map<String, Object> group : hoursGroups) {
            (parts.size() == 1 ? weight : laterGroups).add(parts.size());
            parts.add(group.get("channels") + ": " + group.get("hours") + ".");
        }
        List<String> tail = new ArrayList<>();
        for (Map<String, Object> u : urgent) {
            String condition = (String) u.get("condition");
            weight.add(parts.size());
            tail.add(c.phrases.facebookUrgent() + (condition.isEmpty() ? "" : " (" + condition + ")") + ": "
                    + u.get("contact") + ".");
            parts.add(tail.get(tail.size() - 1));
        }
        weight.addAll(laterGroups);
        boolean shortIntro = oneClock.isPresent() && !hoursGroups.isEmpty()
                && !oneClock.get().contains((String) hoursGroups.get(0).get("clockHours"));
        Fit.Result aboutFit = c.clock.twoClocks() && !hoursGroups.isEmpty()
                ? oneClockAbout(head, hoursGroups, tail, weight, shortIntro) : Fit.parts(parts, weight, ABOUT);

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intro", introFit.text());
        m.put("introLength", introFit.length());
        m.put("introLimit", INTRO);
        m.put("introShortened", introFit.shortened());
        m.put("about", aboutFit.text());
        m.put("aboutLength", aboutFit.length());
        m.put("aboutLimit", ABOUT);
        m.put("aboutShortened", aboutFit.shortened());
        return m;
    }
}
