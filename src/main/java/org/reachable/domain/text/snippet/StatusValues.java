package org.reachable.domain.text.snippet;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.status.State;

/** The status at the text's instant, and the days off ahead, as values a text reads. */
final class StatusValues {

    /** How far ahead a text lists days off (a working agreement, a briefing). */
    static final int DAYS_OFF_AHEAD = 92;

    private final SnippetContext c;

    StatusValues(SnippetContext context) {
        this.c = context;
    }

    Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<DayOff> off = c.status.dayOff();
        m.put("available", c.status.state() == State.AVAILABLE);
        m.put("focus", c.status.state() == State.FOCUS);
        m.put("off", c.status.state() == State.OFF);
        m.put("reason", c.status.reason().code());
        m.put("dayOff", off.isPresent());
        m.put("standIn", off.map(d -> c.freeText(d.standIn())).orElse(""));
        // a public holiday's name as it stands after "op"/"on" ("Op Koningsdag ben ik er niet", "Op de
        // Nationale feestdag …"); empty for any other day off
        m.put("holiday", off.flatMap(this::holidayName).map(SnippetModel::line).map(c.words::holidayInSentence)
                .orElse(""));
        m.put("backOn", off.map(d -> c.words.date(c.backOn(d), c.today)).orElse(""));
        ZonedDateTime until = c.status.until() == null ? null : c.status.until().atZone(c.zone);
        m.put("untilDay", until == null ? "" : c.words.day(until.toLocalDate(), c.today));
        m.put("untilTime", until == null ? "" : c.words.time(until.toLocalTime()));
        return m;
    }

    /**
     * The public holiday's name in this text's language. It is stored in the profile's main language
     * when the holiday is taken ("Koningsdag"); a text in another language asks the holidays for its
     * own name ("King's Day"), and says "I am away at the moment" when they do not know it, rather
     * than mix in a Dutch word. A text in the main language asks too, as its variant may name the
     * day otherwise (American English: "Day after Christmas" for the stored "Boxing Day"), and keeps
     * the stored name when the holidays do not know it (a day off the user renamed). An English name
     * is matched in either variant, as the Days off page stores it in the user's English.
     */
    private Optional<String> holidayName(DayOff off) {
        if (!off.publicHoliday()) {
            return Optional.empty();
        }
        String main = c.settings.profile().languages().get(0);
        Optional<String> own = off.holidayCountry().flatMap(country -> namedIn(main).stream()
                .map(tag -> c.holidays.renamed(country, off.first(), off.summary(), tag, c.language))
                .flatMap(Optional::stream).findFirst());
        return TextService.templateLanguage(main).equals(c.lang) ? own.or(() -> Optional.of(off.summary())) : own;
    }

    /**
     * The languages a stored holiday name may be in: the main language, and for English either
     * variant ("Boxing Day" taken before the user chose American English, "Day after Christmas" after).
     */
    private static List<String> namedIn(String main) {
        if (!main.startsWith("en")) {
            return List.of(main);
        }
        return Stream.concat(Stream.of(main), Arrays.stream(EnglishVariant.values()).map(EnglishVariant::tag))
                .distinct().toList();
    }

    /**
     * The day off a dated paste-once text names, with its dates and year so it cannot be read in
     * the wrong year while it stays pasted: {@code any}, {@code when} ("van donderdag 24 december
     * 2026 t/m vrijdag 1 januari 2027"), {@code When} (capitalised), {@code backOn}, {@code
     * standIn}, {@code urgentLineOff}. {@code any} is false in a text that describes the week.
     */
    Map<String, Object> away() {
        Optional<DayOff> off = c.away();
        Map<String, Object> m = new LinkedHashMap<>();
        String when = off.map(d -> d.first().equals(d.last())
                ? c.phrases.awayOn() + c.words.dateWithYear(d.first())
                : c.phrases.awayFrom() + c.words.dateRangeWithYear(d.first(), d.last())).orElse("");
        m.put("any", off.isPresent());
        m.put("when", when);
        m.put("When", SnippetContext.capitalise(when));
        m.put("backOn", off.map(d -> c.words.dateWithYear(c.backOn(d))).orElse(""));
        m.put("standIn", off.map(d -> c.freeText(d.standIn())).orElse(""));
        m.put("urgentLineOff", off.map(DayOff::urgentLineOff).orElse(false));
        return m;
    }

    /** The working agreement's list of planned days off: only in its dated variant, each with its year. */
    List<Map<String, Object>> plannedDaysOff() {
        List<Map<String, Object>> list = new ArrayList<>();
        if (!c.dated) {
            return list;
        }
        for (DayOff d : daysOffAhead(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", c.words.dateRangeWithYear(d.first(), d.last()));
            m.put("now", !d.first().isAfter(c.today));
            m.put("backOn", c.words.dateWithYear(c.backOn(d)));
            m.put("standIn", c.freeText(d.standIn()));
            m.put("urgentLineOff", d.urgentLineOff());
            list.add(m);
        }
        return list;
    }

    /** Days off from today on, within {@link #DAYS_OFF_AHEAD} days, first first. */
    static List<DayOff> daysOffAhead(SnippetContext c) {
        return c.schedule.entries().stream().filter(e -> e instanceof DayOff).map(e -> (DayOff) e)
                .filter(d -> !d.last().isBefore(c.today) && !d.first().isAfter(c.today.plusDays(DAYS_OFF_AHEAD)))
                .sorted(Comparator.comparing(DayOff::first)).toList();
    }

    List<Map<String, Object>> daysOff() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DayOff d : daysOffAhead(c)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", c.words.dateRange(d.first(), d.last(), c.today));
            m.put("now", !d.first().isAfter(c.today));
            m.put("backOn", c.words.date(c.backOn(d), c.today));
            m.put("standIn", c.freeText(d.standIn()));
            m.put("urgentLineOff", d.urgentLineOff());
            list.add(m);
        }
        return list;
    }
}
