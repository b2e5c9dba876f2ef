package org.reachable.domain.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * English, British by default ("9:00–11:00", "Monday 30 November") or American ("9–11 am",
 * "Monday, November 30"). On the 12-hour clock 12:00 and 0:00 are written "noon" and
 * "midnight", because "12 am" and "12 pm" are the times readers most often get wrong.
 */
final class EnglishWords extends Words {

    private static final String[] SHORT = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final boolean twelveHour;
    private final boolean monthFirst;
    private final Speech speech = new EnglishSpeech();

    @Override
    String afterYear() {
        return monthFirst ? "," : "";
    }

    EnglishWords(boolean twelveHour, boolean monthFirst) {
        this.twelveHour = twelveHour;
        this.monthFirst = monthFirst;
    }

    /** "on the King's Feast"; "on King's Day", "on Belgian National Day", "on Boxing Day". */
    private static final Set<String> WITH_ARTICLE = Set.of("King's Feast");

    @Override
    public String language() {
        return "en";
    }

    @Override
    Set<String> holidaysWithArticle() {
        return WITH_ARTICLE;
    }

    /** American English's name for 26 December (HolidayNames_en_US), a description rather than a name. */
    private static final String DAY_AFTER_CHRISTMAS = "Day after Christmas";

    /** "on the day after Christmas": the American description reads in lower case in a sentence. */
    @Override
    public String holidayInSentence(String name) {
        return DAY_AFTER_CHRISTMAS.equals(name) ? "the day after Christmas" : super.holidayInSentence(name);
    }

    @Override
    String article() {
        return "the";
    }

    @Override
    String dayName(DayOfWeek day, DayStyle style) {
        return (style == DayStyle.SHORT ? SHORT : LONG)[day.getValue() - 1];
    }

    @Override
    String through(DayStyle style) {
        return style == DayStyle.SHORT ? "–" : " to ";
    }

    @Override
    String throughDates() {
        // American English says a stretch of dates includes its last day with "through"
        return monthFirst ? " through " : " to ";
    }

    @Override
    String everyDay() {
        return "every day";
    }

    @Override
    String and() {
        return "and";
    }

    @Override
    String onDays() {
        return "on ";
    }

    @Override
    String fromDays() {
        // "reachable Monday to Friday from 9:00": a second "from" before the days would clash
        return "";
    }

    @Override
    String clock(int minutes) {
        if (!twelveHour) {
            int m = minutes == ClockRange.DAY ? minutes : minutes % ClockRange.DAY;
            return (m / 60) + ":" + (m % 60 < 10 ? "0" : "") + (m % 60);
        }
        return twelveHourClock(minutes);
    }

    /** "9 am", "4:30 pm", "noon", "midnight". */
    private static String twelveHourClock(int minutes) {
        int m = minutes % ClockRange.DAY;
        if (m == 0) {
            return "midnight";
        }
        if (m == 12 * 60) {
            return "noon";
        }
        int hour = m / 60 % 12 == 0 ? 12 : m / 60 % 12;
        String mins = m % 60 == 0 ? "" : ":" + (m % 60 < 10 ? "0" : "") + (m % 60);
        return hour + mins + (m < 12 * 60 ? " am" : " pm");
    }

    /**
     * American English says am or pm once for a range within one half of the day: "9–11 am",
     * "9:30–11 am", but "11 am–1 pm" and "10 am–noon" say each end. "9 am–11 am" repeats what the
     * end already says.
     */
    @Override
    String rangeStart(ClockRange range) {
        return twelveHour ? twelveHourStart(range) : super.rangeStart(range);
    }

    private static String twelveHourStart(ClockRange range) {
        int from = range.from() % ClockRange.DAY;
        int to = range.to() % ClockRange.DAY;
        boolean sameHalf = from != 0 && to != 0 && from != 12 * 60 && to != 12 * 60 && to > from
                && (from < 12 * 60) == (to < 12 * 60);
        String start = twelveHourClock(from);
        return sameHalf ? start.substring(0, start.length() - " am".length()) : start;
    }

    /**
     * A range of whole hours said short on the 12-hour clock, as both Englishes write hours in few
     * characters: "8–10 am", but "11 am–1 pm" and "10 am–noon" say each end. British English closes
     * am and pm up ("8–10am and 3–5pm"); "8–10 and 15–17" read as a score, not hours.
     */
    @Override
    String shortRange(ClockRange range) {
        String said = twelveHourStart(range) + "–" + twelveHourClock(range.to());
        return twelveHour ? said : said.replace(" am", "am").replace(" pm", "pm");
    }

    @Override
    String hourSuffix() {
        return "";
    }

    @Override
    String rangeFrom() {
        return "from";
    }

    @Override
    String rangeTo() {
        return "to";
    }

    @Override
    String wholeDay() {
        return "all day";
    }

    @Override
    Speech speech() {
        return speech;
    }

    @Override
    String today() {
        return "today";
    }

    @Override
    String tomorrow() {
        return "tomorrow";
    }

    @Override
    String dateText(LocalDate date, boolean withYear) {
        String day = LONG[date.getDayOfWeek().getValue() - 1];
        String month = MONTHS[date.getMonthValue() - 1];
        if (monthFirst) {
            return day + ", " + month + " " + date.getDayOfMonth() + (withYear ? ", " + date.getYear() : "");
        }
        return day + " " + date.getDayOfMonth() + " " + month + (withYear ? " " + date.getYear() : "");
    }

    @Override
    String onDate() {
        return "on ";
    }

    @Override
    String fromTime() {
        return "from";
    }

    @Override
    String afterTime() {
        return "after";
    }

    @Override
    String dayShift(int days) {
        return days > 0 ? "the next day" : "the day before";
    }
}
