package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.Register;

/**
 * The words of the published page's "now" line, for its script to fill in on the visitor's clock
 * (issue 17, item 3): the script writes no words of its own, it picks one of these forms and puts
 * in numbers. Every form is taken from {@link Words} by writing a sample and putting a placeholder
 * where the sample's day, date or time stood, so the page says a time as every other text does
 * ("9.00 uur", "9:00", "9 am") and says "from" ({@link Words#replyFrom}): reachable from then on.
 *
 * <p>{@link #line} is the same choice made in Java: the tests hold the script to it.
 */
public final class PageWords {

    /** Monday 5 January 2026: a day, a month and a year whose numbers appear nowhere else in the sample. */
    private static final LocalDate SAMPLE = LocalDate.of(2026, 1, 5);
    private static final LocalTime SAMPLE_TIME = LocalTime.of(13, 45);

    private final Words words;
    private final String lang;
    private final Register register;

    private PageWords(Words words, String lang, Register register) {
        this.words = words;
        this.lang = lang;
        this.register = register;
    }

    /** For a language tag ("nl", "en-GB", "en-US") and the Dutch register. */
    public static PageWords of(String tag, Register register) {
        Words words = Words.forLocale(java.util.Locale.forLanguageTag(tag));
        return new PageWords(words, words.language(), register);
    }

    // ---- the sentences -------------------------------------------------------------------------

    /** The page's title: "Bereikbaarheid van Marieke", "How to reach Marieke"; without a name, the word alone. */
    public String title(String who) {
        if (who.isEmpty()) {
            return nl() ? "Bereikbaarheid" : "Availability";
        }
        return (nl() ? "Bereikbaarheid van " : "How to reach ") + who;
    }

    /** The free/busy feed's name in a calendar app: "Bereikbaarheid van Marieke". */
    public String feedName(String who) {
        return title(who);
    }

    /** What a calendar app shows for a channel's reachable stretch: "Telefoon: bereikbaar". */
    public String feedSummary(String channel) {
        return channel + (nl() ? ": bereikbaar" : ": reachable");
    }

    /** Reachable now, with the time that ends; {when} is {@link #until}. */
    public String reachableUntil() {
        return nl() ? "Nu bereikbaar, tot {when}." : "Reachable now, until {when}.";
    }

    /** Reachable now, and not unreachable again within the page's horizon. */
    public String reachable() {
        return nl() ? "Nu bereikbaar." : "Reachable now.";
    }

    /** Not reachable now; {when} is {@link Words#replyFrom}'s "morgen vanaf 9.00 uur". */
    public String notReachableUntil() {
        return nl() ? "Nu niet bereikbaar, weer {when}." : "Not reachable now; back {when}.";
    }

    public String notReachable() {
        return nl() ? "Nu niet bereikbaar." : "Not reachable now.";
    }

    /** Under the lines: the times are the visitor's own; {zone} is the visitor's zone id. */
    public String zoneNote() {
        if (nl()) {
            return (register == Register.U ? "Tijden in uw" : "Tijden in je") + " eigen tijdzone ({zone}).";
        }
        return "Times in your own time zone ({zone}).";
    }

    private boolean nl() {
        return "nl".equals(lang);
    }

    // ---- the forms the script fills in ---------------------------------------------------------

    /** Everything the script needs for this language, as plain values for the page's data. */
    public Map<String, Object> forScript() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clock", clock());
        List<String> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(words.dayName(d, DayStyle.LONG));
        }
        m.put("weekdays", days);
        m.put("months", months());
        m.put("date", datePattern(false));
        m.put("dateYear", datePattern(true));
        m.put("from", fromForms());
        m.put("until", untilForms());
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put("reachableUntil", reachableUntil());
        lines.put("reachable", reachable());
        lines.put("notReachableUntil", notReachableUntil());
        lines.put("notReachable", notReachable());
        lines.put("zoneNote", zoneNote());
        m.put("lines", lines);
        return m;
    }

    /**
     * How a time is written: on a 24-hour clock {@code {H}.{mm} uur}; on a 12-hour clock the
     * words for midnight and noon and what follows the hour before and after noon.
     */
    Map<String, Object> clock() {
        Map<String, Object> m = new LinkedHashMap<>();
        String afternoon = words.time(SAMPLE_TIME);
        boolean twelve = !afternoon.contains("13");
        m.put("twelveHour", twelve);
        if (!twelve) {
            m.put("pattern", afternoon.replace("13", "{H}").replace("45", "{mm}"));
            m.put("midnightEnd", false);
        } else {
            m.put("pattern", words.time(LocalTime.of(1, 45)).replace("1", "{h}").replace("45", "{mm}")
                    .replace(" am", "{ampm}"));
            m.put("patternHour", words.time(LocalTime.of(1, 0)).replace("1", "{h}").replace(" am", "{ampm}"));
            m.put("am", " am");
            m.put("pm", " pm");
            m.put("midnight", words.time(LocalTime.MIDNIGHT));
            m.put("noon", words.time(LocalTime.NOON));
        }
        return m;
    }

    private List<String> months() {
        String pattern = datePattern(false);
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate d = LocalDate.of(2026, month, 5);
            String text = words.dateText(d, false);
            String filled = pattern.replace("{weekday}", words.dayName(d.getDayOfWeek(), DayStyle.LONG))
                    .replace("{d}", "5");
            int at = filled.indexOf("{month}");
            String after = filled.substring(at + "{month}".length());
            months.add(text.substring(at, text.length() - after.length()));
        }
        return months;
    }

    /** "{weekday} {d} {month}", "{weekday}, {month} {d}, {year}". */
    private String datePattern(boolean withYear) {
        String text = words.dateText(SAMPLE, withYear);
        return text.replace(words.dayName(DayOfWeek.MONDAY, DayStyle.LONG), "{weekday}").replace("January", "{month}")
                .replace("januari", "{month}").replace("2026", "{year}").replaceAll("\\b5\\b", "{d}");
    }

    /** {@link Words#replyFrom} with the time and the day taken out: "morgen vanaf {time}". */
    private Map<String, Object> fromForms() {
        ZoneId utc = ZoneId.of("UTC");
        Instant now = SAMPLE.atStartOfDay(utc).toInstant();
        String time = words.time(SAMPLE_TIME);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", take(words.replyFrom(at(SAMPLE, utc), utc, now, false), time));
        m.put("tomorrow", take(words.replyFrom(at(SAMPLE.plusDays(1), utc), utc, now, false), time));
        LocalDate friday = SAMPLE.plusDays(4);
        m.put("week", take(words.replyFrom(at(friday, utc), utc, now, false), time)
                .replace(words.dayName(DayOfWeek.FRIDAY, DayStyle.LONG), "{weekday}"));
        LocalDate later = SAMPLE.plusDays(21);
        m.put("date", take(words.replyFrom(at(later, utc), utc, now, false), time)
                .replace(words.dateText(later, false), "{date}"));
        LocalDate nextYear = SAMPLE.plusYears(1).plusDays(21);
        m.put("dateYear", take(words.replyFrom(at(nextYear, utc), utc, now, false), time)
                .replace(words.dateText(nextYear, true), "{date}"));
        return m;
    }

    /** "{time}", "morgen {time}", "tomorrow at {time}": a time named after "tot", "until". */
    private Map<String, Object> untilForms() {
        String at = nl() ? " " : " at ";
        String time = "{time}";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", time);
        m.put("tomorrow", words.tomorrow() + at + time);
        m.put("week", "{weekday}" + at + time);
        m.put("date", "{date}" + at + time);
        m.put("dateYear", "{date}" + at + time);
        return m;
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(SAMPLE_TIME).atZone(zone).toInstant();
    }

    private static String take(String text, String time) {
        return text.replace(time, "{time}");
    }

    // ---- the same choice in Java ---------------------------------------------------------------

    /**
     * The line the page shows for a channel on the visitor's clock: {@code next} is when it stops
     * being reachable (when {@code reachable}) or becomes reachable again (when not); empty: not
     * within the page's horizon.
     */
    public String line(boolean reachable, Optional<Instant> next, ZoneId visitor, Instant now) {
        if (next.isEmpty()) {
            return reachable ? reachable() : notReachable();
        }
        return reachable ? reachableUntil().replace("{when}", until(next.get(), visitor, now))
                : notReachableUntil().replace("{when}", words.replyFrom(next.get(), visitor, now, false));
    }

    /** "17.00 uur", "morgen 9.00 uur", "Monday at 9:00", "Monday 4 January at 9:00". */
    public String until(Instant at, ZoneId visitor, Instant now) {
        @SuppressWarnings("unchecked")
        Map<String, String> forms = (Map<String, String>) (Map<?, ?>) untilForms();
        ZonedDateTime local = at.atZone(visitor);
        LocalDate day = local.toLocalDate();
        LocalDate today = LocalDate.ofInstant(now, visitor);
        String time = words.time(local.toLocalTime());
        String form;
        if (day.equals(today)) {
            form = forms.get("today");
        } else if (day.equals(today.plusDays(1))) {
            form = forms.get("tomorrow");
        } else if (day.isAfter(today) && !day.isAfter(today.plusDays(6))) {
            form = forms.get("week").replace("{weekday}", words.dayName(day.getDayOfWeek(), DayStyle.LONG));
        } else {
            form = forms.get("date").replace("{date}", words.dateText(day, day.getYear() != today.getYear()));
        }
        return form.replace("{time}", time);
    }

    /** How the page names the moment it was published: "maandag 7 december 2026, 9.15 uur". */
    public String published(Instant at, ZoneId home) {
        ZonedDateTime local = at.atZone(home);
        return words.dateText(local.toLocalDate(), true) + ", " + words.time(local.toLocalTime());
    }
}
