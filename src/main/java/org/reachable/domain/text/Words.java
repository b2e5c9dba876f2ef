package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words texts are made of, in one language: days, times, spoken times, "when I answer" and
 * zones, written the way people of that language write them. Templates get their values from
 * here; the sentences around them stay in the templates.
 *
 * <p>The shapes of phrases (runs of days, lists, "uur" once at the end) are the same in every
 * language and live here; each language only supplies its words. Day and month names are
 * spelled out in the language classes rather than taken from the JDK's locale data, whose
 * abbreviations change between releases ("ma" or "ma.", "Sept" or "Sep").
 */
public abstract class Words {

    Words() {
    }

    public static Words dutch() {
        return new DutchWords();
    }

    /** British English: "9:00–11:00", "Monday 30 November". */
    public static Words english() {
        return new EnglishWords(false, false);
    }

    /** English with a 12-hour clock ("9–11 am", "11 am–1 pm") and/or dates month first ("Monday, November 30"). */
    public static Words english(boolean twelveHour, boolean monthFirst) {
        return new EnglishWords(twelveHour, monthFirst);
    }

    /** Dutch for "nl"; otherwise English, American (12-hour, month first) for the US. */
    public static Words forLocale(Locale locale) {
        if ("nl".equals(locale.getLanguage())) {
            return dutch();
        }
        boolean us = twelveHourClock(locale);
        return english(us, us);
    }

    /** Whether {@link #forLocale} speaks the 12-hour clock: American English only. */
    public static boolean twelveHourClock(Locale locale) {
        return !"nl".equals(locale.getLanguage()) && "US".equals(locale.getCountry());
    }

    /** "nl" or "en". */
    public abstract String language();

    // ---- days -------------------------------------------------------------------------------

    /** "ma t/m vr", "ma, wo en vr", "za en zo", "elke dag"; empty for no days. */
    public String days(Set<DayOfWeek> days, DayStyle style) {
        if (days.size() == 7) {
            return everyDay();
        }
        List<String> words = new ArrayList<>();
        for (DayRuns.Part part : DayRuns.of(days)) {
            words.add(part.single() ? dayName(part.first(), style) : run(part, style));
        }
        return list(words);
    }

    /**
     * The days with the prepositions a sentence needs: "van maandag tot en met vrijdag", "op
     * maandag, woensdag en vrijdag", "elke dag"; "Monday to Friday", "on Monday and Wednesday".
     */
    public String daysInSentence(Set<DayOfWeek> days, DayStyle style) {
        if (days.size() == 7) {
            return everyDay();
        }
        List<String> groups = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        for (DayRuns.Part part : DayRuns.of(days)) {
            if (part.single()) {
                singles.add(dayName(part.first(), style));
                continue;
            }
            if (!singles.isEmpty()) {
                groups.add(onDays() + list(singles));
                singles.clear();
            }
            groups.add(fromDays() + run(part, style));
        }
        if (!singles.isEmpty()) {
            groups.add(onDays() + list(singles));
        }
        return list(groups);
    }

    private String run(DayRuns.Part part, DayStyle style) {
        return dayName(part.first(), style) + through(style) + dayName(part.last(), style);
    }

    /** "a", "a en b", "a, b en c". */
    public String list(List<String> items) {
        return join(items, and());
    }

    static String join(List<String> items, String and) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    // ---- written times ----------------------------------------------------------------------

    /** One time on its own: "9.00 uur", "9:00", "9:30 am". */
    public String time(LocalTime time) {
        return clock(ClockRange.minutes(time)) + hourSuffix();
    }

    /** "9.00–11.00 en 16.00–18.00 uur", "9:00–11:00 and 16:00–18:00", "9–11 am and 4–6 pm", "de hele dag". */
    public String times(List<ClockRange> ranges) {
        if (ranges.size() == 1 && ranges.get(0).isWholeDay()) {
            return wholeDay();
        }
        return list(ranges.stream().map(r -> rangeStart(r) + "–" + clock(r.to())).toList()) + hourSuffix();
    }

    /** For inside a sentence: "van 9.00 tot 11.00 en van 16.00 tot 18.00 uur", "from 9:00 to 11:00", "from 9 to 11 am". */
    public String timesInSentence(List<ClockRange> ranges) {
        if (ranges.size() == 1 && ranges.get(0).isWholeDay()) {
            return wholeDay();
        }
        return list(ranges.stream().map(r -> rangeFrom() + " " + rangeStart(r) + " " + rangeTo() + " "
                + clock(r.to())).toList()) + hourSuffix();
    }

    /** "ma t/m vr 9.00–11.00 en 16.00–18.00 uur", "Mon–Fri 9:00–11:00 and 16:00–18:00". */
    public String line(HoursLine line, DayStyle style) {
        return days(line.days(), style) + " " + times(line.ranges());
    }

    /** The lines of a week, separated by semicolons; empty for a week without hours. */
    public String summary(List<HoursLine> lines, DayStyle style) {
        return String.join("; ", lines.stream().map(l -> line(l, style)).toList());
    }

    /** The week in fewer characters when every time is a whole hour (see {@link ShortHours}). */
    public String shortSummary(List<HoursLine> lines, DayStyle style) {
        return ShortHours.summary(this, lines, style);
    }

    /** A range's start as written before its end: the time, unless the end says part of it ("9–11 am"). */
    String rangeStart(ClockRange range) {
        return clock(range.from());
    }

    /** A range of whole hours without minutes: "8–10", "15–17"; the 12-hour clock says am and pm. */
    String shortRange(ClockRange range) {
        return ShortHours.hour(range.from()) + "–" + ShortHours.hour(range.to());
    }

    // ---- spoken -----------------------------------------------------------------------------

    /** To be read aloud: "half tien", "negen uur", "acht uur 's avonds"; "half past nine". */
    public String spokenTime(LocalTime time) {
        return speech().time(ClockRange.minutes(time));
    }

    /** "van negen tot elf en van vier tot zes uur"; "from nine to eleven and from four to six". */
    public String spokenTimes(List<ClockRange> ranges) {
        return speech().ranges(ranges);
    }

    /** "van maandag tot en met vrijdag van negen tot elf uur"; "Monday to Friday from nine to eleven". */
    public String spokenLine(HoursLine line) {
        return daysInSentence(line.days(), DayStyle.SPOKEN) + " " + spokenTimes(line.ranges());
    }

    /** Every line of the week read aloud as one phrase; empty for a week without hours. */
    public String spokenSummary(List<HoursLine> lines) {
        return spokenSummary(lines, "");
    }

    /** The week read aloud, its clock named once after the first day ("… uur Britse tijd, en op woensdag …"). */
    public String spokenSummary(List<HoursLine> lines, String clock) {
        List<String> spoken = new ArrayList<>(lines.stream().map(this::spokenLine).toList());
        if (!clock.isEmpty() && !spoken.isEmpty()) {
            spoken.set(0, spoken.get(0) + " " + clock);
        }
        if (spoken.size() > 1 && (!clock.isEmpty() || lines.stream().anyMatch(l -> l.ranges().size() > 1))) {
            // "van vier tot zes uur en op woensdag …" is heard as one more range: a comma (a pause)
            // before the last day's "en" ends the day before it
            return String.join(", ", spoken.subList(0, spoken.size() - 1)) + ", " + and() + " "
                    + spoken.get(spoken.size() - 1);
        }
        return list(spoken);
    }

    // ---- dates and "when I answer" ----------------------------------------------------------

    /** "vandaag", "morgen", "maandag 30 november"; "today", "tomorrow", "Monday 30 November". */
    public String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return today();
        }
        if (date.equals(today.plusDays(1))) {
            return tomorrow();
        }
        return date(date, today);
    }

    /** Like {@link #day}, with the preposition a date needs in a sentence ("on Monday 30 November"). */
    public String onDay(LocalDate date, LocalDate today) {
        String day = day(date, today);
        return date.isAfter(today.plusDays(1)) || date.isBefore(today) ? onDate() + day : day;
    }

    /**
     * The date in full: "maandag 4 januari", "Monday 4 January". The year is added only for a
     * date half a year or more away, or in the past, where the reader could take the wrong year.
     */
    public String date(LocalDate date, LocalDate today) {
        boolean withYear = date.isBefore(today) || !date.isBefore(today.plusMonths(6));
        return dateText(date, withYear);
    }

    /**
     * A stretch of dates: "donderdag 24 december t/m vrijdag 1 januari 2027". When either date
     * needs its year, or the two lie in different years, both carry it, so the end of a stretch
     * is never read in the wrong year.
     */
    public String dateRange(LocalDate first, LocalDate last, LocalDate today) {
        if (first.equals(last)) {
            return date(first, today);
        }
        boolean withYear = first.getYear() != last.getYear() || first.isBefore(today)
                || !last.isBefore(today.plusMonths(6));
        return dateText(first, withYear) + (withYear ? afterYear() : "") + throughDates()
                + dateText(last, withYear);
    }

    /** The date with its year, for a text kept until a date: "maandag 4 januari 2027". */
    public String dateWithYear(LocalDate date) {
        return dateText(date, true);
    }

    /** A stretch with both years, for a dated text: "donderdag 24 december 2026 t/m vrijdag 1 januari 2027". */
    public String dateRangeWithYear(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return dateText(first, true);
        }
        return dateText(first, true) + afterYear() + throughDates() + dateText(last, true);
    }

    /** After a year that does not end a phrase: American English sets it off ("January 4, 2027, to …"). */
    String afterYear() {
        return "";
    }

    /** When one is reachable again: "morgen vanaf 9.00 uur", "on Monday 30 November from 9:00". */
    public String answerFrom(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        return onDay(local.toLocalDate(), LocalDate.ofInstant(now, zone)) + " " + fromTime() + " "
                + time(local.toLocalTime());
    }

    /**
     * When one is reachable again, said relative to {@code now}: "vandaag vanaf 16.00 uur", "morgen
     * vanaf 9.00 uur", "maandag vanaf 9.00 uur" within the coming six days; beyond that, or when
     * {@code dated} (a day off is in the way), the date: "maandag 4 januari vanaf 9.00 uur", with the
     * year only when it is not this year's. A seventh day would repeat today's weekday, so it is dated.
     */
    public String replyFrom(Instant at, ZoneId zone, Instant now, boolean dated) {
        return relative(at, zone, now, dated, fromTime());
    }

    /**
     * For an auto-reply, as {@link #replyFrom} but after the time, as a reply comes: "vandaag na
     * 17.00 uur", "morgen na 9.00 uur"; "today after 17:00".
     */
    public String replyAfter(Instant at, ZoneId zone, Instant now, boolean dated) {
        return relative(at, zone, now, dated, afterTime());
    }

    private String relative(Instant at, ZoneId zone, Instant now, boolean dated, String preposition) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalDate today = LocalDate.ofInstant(now, zone);
        String time = preposition + " " + time(local.toLocalTime());
        if (!dated && day.equals(today)) {
            return today() + " " + time;
        }
        if (!dated && day.equals(today.plusDays(1))) {
            return tomorrow() + " " + time;
        }
        if (!dated && day.isAfter(today) && !day.isAfter(today.plusDays(6))) {
            return onDate() + dayName(day.getDayOfWeek(), DayStyle.LONG) + " " + time;
        }
        // American English closes the date with a comma, year or not: "on Monday, January 4, from 9 am"
        return onDate() + dateText(day, day.getYear() != today.getYear()) + afterYear() + " " + time;
    }

    // ---- zones ------------------------------------------------------------------------------

    /** How a zone's clock is named after a time: "Nederlandse tijd", "in New York"; "London time". */
    public String zoneName(ZoneId zone) {
        return ZoneNames.label(zone, this instanceof DutchWords);
    }

    /** A zone's clock named on its own, as in brackets: "New York-tijd", "Britse tijd"; "New York time". */
    public String zoneClock(ZoneId zone) {
        return ZoneNames.clock(zone, this instanceof DutchWords);
    }

    /**
     * The ranges in the home zone, named, with the client's clock in brackets, on {@code on}:
     * "9.00–11.00 uur Nederlandse tijd (8.00–10.00 uur Britse tijd)". Where both clocks agree
     * that day, only the first part.
     */
    public String timesWithClientZone(List<ClockRange> ranges, ZoneId home, ZoneId client, LocalDate on) {
        return ClientZone.phrase(this, ranges, home, client, on);
    }

    /**
     * A public holiday's name as it stands after a preposition: "Koningsdag" ("Op Koningsdag ben ik
     * er niet"), but "de Nationale feestdag" and "the King's Feast", which take an article there.
     */
    public String holidayInSentence(String name) {
        return holidaysWithArticle().contains(name) ? article() + " " + name : name;
    }

    // ---- what each language supplies ---------------------------------------------------------

    /**
     * The holiday names, as HolidayNames writes them for the Dutch and Belgian calendars, that take
     * an article in a sentence.
     */
    abstract Set<String> holidaysWithArticle();

    /** "de", "the". */
    abstract String article();

    abstract String dayName(DayOfWeek day, DayStyle style);

    /** Between the first and last day of a run: " t/m ", "–", " to ". */
    abstract String through(DayStyle style);

    /** Between the two dates of a stretch: the long {@link #through} unless a language says otherwise. */
    String throughDates() {
        return through(DayStyle.LONG);
    }

    abstract String everyDay();

    abstract String and();

    /** Before single days in a sentence: "op ", "on ". */
    abstract String onDays();

    /** Before a run of days in a sentence: "van ", "". */
    abstract String fromDays();

    /** A time of day in minutes; 1440 is the midnight at the end of the day, above that the next day. */
    abstract String clock(int minutes);

    /** After the last written time: " uur" in Dutch. */
    abstract String hourSuffix();

    abstract String rangeFrom();

    abstract String rangeTo();

    abstract String wholeDay();

    abstract Speech speech();

    abstract String today();

    abstract String tomorrow();

    abstract String dateText(LocalDate date, boolean withYear);

    /** Before a date in a sentence: "", "on ". */
    abstract String onDate();

    /** Before the time one is reachable from: "vanaf", "from". */
    abstract String fromTime();

    /** Before the time a reply comes after: "na", "after". */
    abstract String afterTime();

    /** After a client's time that falls on another day: "de volgende dag", "the day before". */
    abstract String dayShift(int days);
}
