package org.reachable.domain.text.snippet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.text.JsonText;
import org.reachable.domain.status.ChannelTimeline;
import org.reachable.domain.text.PageWords;

/**
 * The values of the published page (issue 17, item 3): per language the words a reader sees
 * without script (the website text: hours per channel, promises, urgent line; the days off ahead,
 * never their reason; when it was published), and for the page's script the data it works "now"
 * out from: each channel's reachable stretches from the status engine, the days off's ends, and
 * per language the forms of {@link PageWords}.
 */
final class PageValues {

    /** How far ahead the page knows the status; after that its "now" line stays hidden. */
    static final Duration HORIZON = Duration.ofDays(366);

    private PageValues() {
    }

    /** One language's section: {@code website} is the website text (HTML) already made in that language. */
    static Map<String, Object> section(SnippetContext c, String website, String tag) {
        Map<String, Object> v = new LinkedHashMap<>();
        String name = SnippetModel.line(c.settings.profile().name());
        String business = SnippetModel.line(c.settings.profile().business());
        v.put("lang", c.lang);
        v.put("tag", tag);
        v.put("u", "nl".equals(c.lang) && c.register == org.reachable.domain.model.Register.U);
        v.put("who", name.isEmpty() ? business : name);
        v.put("business", name.isEmpty() ? "" : business);
        // the note on the hours' zone reads under the website text's own heading ("Zo bereik je …"),
        // not above it; a user's template without a heading keeps it above the whole text
        java.util.regex.Matcher heading = java.util.regex.Pattern.compile("</h[1-6]>\\s*").matcher(website);
        int cut = heading.find() ? heading.end() : 0;
        v.put("websiteHead", website.substring(0, cut));
        v.put("website", website.substring(cut));
        List<Map<String, Object>> live = new ArrayList<>();
        for (Channel ch : liveChannels(c)) {
            live.add(Map.of("id", ch.id(), "name", SnippetModel.line(ch.name(c.lang))));
        }
        v.put("live", live);
        List<Map<String, Object>> daysOff = new ArrayList<>();
        for (DayOff d : daysOffAhead(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", SnippetContext.capitalise(c.words.dateRangeWithYear(d.first(), d.last())));
            m.put("backOn", c.words.dateWithYear(c.backOn(d)));
            m.put("standIn", c.freeText(d.standIn()));
            m.put("end", String.valueOf(d.last().plusDays(1).atStartOfDay(c.zone).toInstant().getEpochSecond()));
            daysOff.add(m);
        }
        v.put("daysOff", daysOff);
        v.put("anyDaysOff", !daysOff.isEmpty());
        v.put("published", PageWords.of(c.language, c.register).published(c.at, c.zone));
        v.put("zone", c.words.zoneName(c.zone));
        // the website text names the clock itself where no client's clock is true all year
        v.put("hoursNote", !c.hoursNote().isEmpty());
        return v;
    }

    /** The channels the page says "now" for: those with hours, then the urgent lines. */
    static List<Channel> liveChannels(SnippetContext c) {
        List<Channel> list = new ArrayList<>(c.ordinary());
        c.settings.channels().stream().filter(Channel::urgentOnly).forEach(list::add);
        return list;
    }

    /** Days off not over at publishing, within the horizon, first first; the script hides each once it ends. */
    static List<DayOff> daysOffAhead(SnippetContext c) {
        LocalDate until = LocalDate.ofInstant(c.at.plus(HORIZON), c.zone);
        return c.schedule.entries().stream().filter(e -> e instanceof DayOff).map(e -> (DayOff) e)
                .filter(d -> !d.last().isBefore(c.today) && !d.first().isAfter(until))
                .sorted(Comparator.comparing(DayOff::first)).toList();
    }

    /**
     * The script's data: when it was published and how far it knows, per channel whether it is
     * reachable at publishing and the seconds from one flip to the next, and per language the forms.
     */
    static String data(SnippetContext c, List<String> tags) {
        Instant from = c.at;
        Instant to = c.at.plus(HORIZON);
        List<String> ids = liveChannels(c).stream().map(Channel::id).toList();
        List<Map<String, Object>> channels = new ArrayList<>();
        for (ChannelTimeline t : ChannelTimeline.of(c.resolver, from, to)) {
            if (!ids.contains(t.channelId())) {
                continue;
            }
            List<Long> steps = new ArrayList<>();
            long previous = from.getEpochSecond();
            for (Instant flip : t.flips()) {
                steps.add(flip.getEpochSecond() - previous);
                previous = flip.getEpochSecond();
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", t.channelId());
            m.put("on", t.reachableAtStart());
            m.put("flips", steps);
            channels.add(m);
        }
        Map<String, Object> langs = new LinkedHashMap<>();
        for (String tag : tags) {
            String lang = java.util.Locale.forLanguageTag(tag).getLanguage();
            langs.put(lang, PageWords.of(c.settings.profile().textTag(tag), c.register).forScript());
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("from", from.getEpochSecond());
        root.put("to", to.getEpochSecond());
        root.put("channels", channels);
        root.put("langs", langs);
        return JsonText.of(root);
    }
}
