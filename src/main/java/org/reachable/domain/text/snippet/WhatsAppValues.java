package org.reachable.domain.text.snippet;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Register;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.PromiseWords;
import org.reachable.domain.text.WeeklyHours;

/**
 * What the WhatsApp Business app asks ({@code whatsapp} in the template): its business hours per
 * weekday, the away message it sends outside them, the greeting message and quick replies.
 *
 * <p>The hours are the WhatsApp channel's own reachable time with the focus blocks cut out
 * ({@link WeeklyHours#forChannel}): the app sends its away message outside them, so a focus block
 * left "open" would leave a client waiting without one. The app's form takes per day "closed" or
 * open–close ranges within the day (or "always open" for the whole week), so a range past midnight
 * is split there: Monday 22:00–24:00 and Tuesday 00:00–02:00.
 *
 * <p>The messages are put together here rather than in the template, like the Facebook texts: each
 * is counted against the app's limit, and the away message also comes in both languages in one
 * message (the app sends one text whatever the client's language), which needs both languages'
 * words. The limit: WhatsApp takes a text message of up to 4,096 characters (Meta's WhatsApp
 * Business Platform documentation, "Messages can contain up to 4096 characters", as quoted at
 * https://noapp.notion.site/Message-Types-on-WhatsApp-f3cb8f3619b24506b3a441ff43326a6b and
 * https://www.engagespark.com/support/whatsapp-business-limits/ "Meta: 4,096 characters"). No
 * stricter limit of the app's own away, greeting or quick-reply fields was found in a source, so
 * the texts are kept far below it and the count is shown.
 */
final class WhatsAppValues {

    /** The most characters WhatsApp takes in one text message (see the class comment for the source). */
    static final int LIMIT = 4096;

    private final SnippetContext c;

    WhatsAppValues(SnippetContext context) {
        this.c = context;
    }

    /** The WhatsApp Business channel clients use: the first of that type that is not urgent-only. */
    static Optional<Channel> channel(SnippetContext c) {
        return c.settings.channels().stream().filter(ch -> ch.type() == ChannelType.WHATSAPP)
                .filter(ch -> !ch.urgentOnly()).findFirst();
    }

    Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<Channel> whatsapp = channel(c);
        List<HoursLine> lines = whatsapp.map(ch -> WeeklyHours.forChannel(c.schedule, ch.id())).orElse(List.of());
        m.put("any", !lines.isEmpty());
        if (lines.isEmpty()) {
            return m;
        }
        Channel ch = whatsapp.get();
        m.put("contact", c.contact(ch));
        Map<DayOfWeek, List<ClockRange>> perDay = splitAtMidnight(lines);
        List<Map<String, Object>> days = new ArrayList<>();
        boolean always = true;
        Locale locale = Locale.forLanguageTag(c.lang);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<ClockRange> ranges = perDay.getOrDefault(day, List.of());
            boolean allDay = ranges.size() == 1 && ranges.get(0).isWholeDay();
            always &= allDay;
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", SnippetContext.capitalise(day.getDisplayName(TextStyle.FULL, locale)));
            d.put("closed", ranges.isEmpty());
            d.put("allDay", allDay);
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = 0; !allDay && i < ranges.size(); i++) {
                ClockRange r = ranges.get(i);
                list.add(Map.of("opens", hhmm(r.from()), "closes", hhmm(r.to()), "more", i < ranges.size() - 1));
            }
            d.put("ranges", list);
            days.add(d);
        }
        m.put("days", days);
        m.put("alwaysOpen", always);
        String away = away(c, ch);
        SnippetContext other = other();
        String both = away + "\n" + away(other, ch);
        String greeting = greeting(ch);
        m.put("away", away);
        m.put("awayBoth", both);
        m.put("greeting", greeting);
        m.put("awayCount", count(away));
        m.put("awayBothCount", count(both));
        m.put("greetingCount", count(greeting));
        m.put("limit", NumberFormat.getIntegerInstance(locale).format(LIMIT));
        m.put("quickReplies", quickReplies(ch));
        return m;
    }

    /** The text in the other language, for the away message in both. */
    private SnippetContext other() {
        String language = "nl".equals(c.lang) ? "en" : "nl";
        return new SnippetContext(c.settings, c.schedule, c.resolver, language, c.at, c.phones, c.dated, c.holidays);
    }

    /**
     * "Bedankt voor je bericht! Via WhatsApp ben ik bereikbaar op ma–vr 9.00–17.00 uur. Ik reageer
     * zodra ik weer bereikbaar ben." The app keeps this text and sends it for months, so it says the
     * week and the promise outside the hours, never "morgen" (a text pasted once, like the website).
     * Only the dated variant the user asks for, while away, names the days off and the date of return.
     */
    static String away(SnippetContext x, Channel ch) {
        boolean nl = "nl".equals(x.lang);
        boolean u = nl && x.register == Register.U;
        StringBuilder s = new StringBuilder(nl ? (u ? "Dank u voor uw bericht! " : "Bedankt voor je bericht! ")
                : "Thank you for your message! ");
        Map<String, Object> away = new StatusValues(x).away();
        if ((Boolean) away.get("any")) {
            s.append(String.format(x.phrases.facebookAway(), away.get("When"), away.get("when"), away.get("backOn")));
            String standIn = (String) away.get("standIn");
            if (!standIn.isEmpty()) {
                s.append(nl ? (u ? " Kan het niet wachten? Neemt u dan contact op met " : " Kan het niet wachten? Neem dan"
                        + " contact op met ") : " If it cannot wait, please contact ").append(standIn).append('.');
            }
        } else {
            String hours = x.hours(WeeklyHours.forChannel(x.schedule, ch.id()));
            s.append(nl ? "Via WhatsApp ben ik bereikbaar op " + hours + "." : "I answer WhatsApp " + hours + ".");
            s.append(nl ? " Ik reageer " : " I will reply ").append(outside(ch, x.lang)).append('.');
        }
        if (!(Boolean) away.get("urgentLineOff")) {
            urgent(x).ifPresent(line -> s.append(' ').append(line));
        }
        return s.toString();
    }

    /** The promise outside the hours, "zodra ik weer bereikbaar ben" when the channel makes none. */
    private static String outside(Channel ch, String language) {
        String promise = PromiseWords.phrase(ch.promiseOutside(), language);
        return promise.isEmpty() ? PromiseWords.phrase(Promise.of(Promise.Kind.WHEN_BACK), language) : promise;
    }

    /** "Is het dringend? Bel dan +31 6 12345678 (alleen als …)." for the first urgent line, if any. */
    static Optional<String> urgent(SnippetContext x) {
        if (x.status.dayOff().map(DayOff::urgentLineOff).orElse(false)) {
            return Optional.empty();
        }
        boolean nl = "nl".equals(x.lang);
        boolean u = nl && x.register == Register.U;
        return x.settings.channels().stream().filter(Channel::urgentOnly).filter(ch -> !x.contact(ch).isEmpty())
                .findFirst().map(ch -> {
                    String how = switch (ch.type()) {
                        case SMS -> nl ? "stuur dan een sms naar " : "please send a text to ";
                        case WHATSAPP -> nl ? "stuur dan een WhatsApp-bericht naar " : "please send a WhatsApp message to ";
                        case EMAIL -> nl ? "mail dan naar " : "please email ";
                        default -> nl ? "bel dan " : "please call ";
                    };
                    if (u) {
                        how = how.replace("stuur dan", "stuurt u dan").replace("mail dan", "mailt u dan")
                                .replace("bel dan", "belt u dan");
                    }
                    String condition = SnippetModel.line(ch.urgentCondition().in(x.lang).orElse(""));
                    String ask = nl ? "Is het dringend? " : "If it is urgent, ";
                    return ask + (nl ? SnippetContext.capitalise(how) : how) + x.contact(ch)
                            + (condition.isEmpty() ? "" : " (" + condition + ")") + ".";
                });
    }

    /** Sent to a new client, or one who has not written for a while: who, when, how fast. */
    private String greeting(Channel ch) {
        boolean nl = "nl".equals(c.lang);
        boolean u = nl && c.register == Register.U;
        String who = SnippetModel.line(c.settings.profile().business()).isEmpty()
                ? SnippetModel.line(c.settings.profile().name()) : SnippetModel.line(c.settings.profile().business());
        String hours = c.hours(WeeklyHours.forChannel(c.schedule, ch.id()));
        String promise = PromiseWords.phrase(ch.promiseInside(), c.lang);
        StringBuilder s = new StringBuilder();
        if (nl) {
            s.append(who.isEmpty() ? "Welkom!" : "Welkom bij " + who + "!");
            s.append(" Via WhatsApp ben ik bereikbaar op ").append(hours);
            s.append(promise.isEmpty() ? "." : "; binnen die tijden antwoord ik " + promise + ".");
            s.append(u ? " Waarmee kan ik u helpen?" : " Waarmee kan ik je helpen?");
        } else {
            s.append(who.isEmpty() ? "Welcome!" : "Welcome to " + who + "!");
            s.append(" I answer WhatsApp ").append(hours);
            s.append(promise.isEmpty() ? "." : "; during those hours I reply " + promise + ".");
            s.append(" How can I help you?");
        }
        return s.toString();
    }

    /** "/wanneer" (the hours and the promise) and, with an urgent line, "/spoed". */
    private List<Map<String, Object>> quickReplies(Channel ch) {
        boolean nl = "nl".equals(c.lang);
        boolean u = nl && c.register == Register.U;
        List<Map<String, Object>> list = new ArrayList<>();
        String hours = c.hours(WeeklyHours.forChannel(c.schedule, ch.id()));
        String promise = PromiseWords.phrase(ch.promiseInside(), c.lang);
        String when = nl ? (u ? "Via WhatsApp bereikt u mij op " : "Via WhatsApp bereik je me op ") + hours
                + (promise.isEmpty() ? "." : "; binnen die tijden antwoord ik " + promise + ".")
                : "You can reach me on WhatsApp " + hours + (promise.isEmpty() ? "." : "; during those hours I reply "
                        + promise + ".");
        list.add(quick(nl ? "/wanneer" : "/when", when));
        urgent(c).ifPresent(line -> list.add(quick(nl ? "/spoed" : "/urgent", line)));
        return list;
    }

    private Map<String, Object> quick(String shortcut, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shortcut", shortcut);
        m.put("text", text);
        m.put("count", count(text));
        return m;
    }

    /**
     * Per weekday the ranges within that day: one past midnight is split there, its second part
     * joined to what the next day already has (Sunday night runs into Monday).
     */
    static Map<DayOfWeek, List<ClockRange>> splitAtMidnight(List<HoursLine> lines) {
        Map<DayOfWeek, TreeSet<ClockRange>> parts = new LinkedHashMap<>();
        for (HoursLine line : lines) {
            for (DayOfWeek day : line.days()) {
                for (ClockRange r : line.ranges()) {
                    int day0 = 24 * 60;
                    parts.computeIfAbsent(day, k -> new TreeSet<>()).add(new ClockRange(r.from(), Math.min(r.to(), day0)));
                    if (r.to() > day0) {
                        parts.computeIfAbsent(day.plus(1), k -> new TreeSet<>()).add(new ClockRange(0, r.to() - day0));
                    }
                }
            }
        }
        Map<DayOfWeek, List<ClockRange>> perDay = new LinkedHashMap<>();
        parts.forEach((day, set) -> perDay.put(day, merged(set)));
        return perDay;
    }

    private static List<ClockRange> merged(TreeSet<ClockRange> sorted) {
        List<ClockRange> out = new ArrayList<>();
        for (ClockRange r : sorted) {
            ClockRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.from() <= last.to()) {
                out.set(out.size() - 1, new ClockRange(last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static String hhmm(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static int count(String text) {
        return text.codePointCount(0, text.length());
    }
}
