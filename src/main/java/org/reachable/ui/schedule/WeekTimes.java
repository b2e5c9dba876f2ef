package org.reachable.ui.schedule;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.reachable.domain.text.Words;

/**
 * Times on a calendar in the screen's clock ({@link Words#twelveHourClock}: the one the prose beside
 * the grid speaks): "09:00–11:00" and an axis of "09:00"; in American English "9–11 AM",
 * "11:30 AM – 1 PM" and an axis of "9 AM", the way calendar apps shorten them. Midnight at the end of a day is "24:00" (or "12 AM"), never "00:00", so a block to
 * midnight does not read as ending before it starts.
 */
final class WeekTimes {

    private final boolean twelveHour;
    private final DateTimeFormatter full;
    private final DateTimeFormatter hour;
    private final DateTimeFormatter marker;

    WeekTimes(Locale locale) {
        twelveHour = Words.twelveHourClock(locale);
        full = DateTimeFormatter.ofPattern(twelveHour ? "h:mm" : "HH:mm", locale);
        hour = DateTimeFormatter.ofPattern(twelveHour ? "h a" : "HH:mm", locale);
        marker = DateTimeFormatter.ofPattern("a", locale);
    }

    boolean twelveHour() {
        return twelveHour;
    }

    /** The label of an hour line, 0..23. */
    String hour(int h) {
        return hour.format(LocalTime.of(h, 0));
    }

    /** One time of day in minutes (any value; wraps at 24 h, and 1440 is "24:00"). */
    String time(int minute) {
        if (twelveHour) {
            LocalTime t = at(minute);
            return shortTwelve(t) + " " + marker.format(t);
        }
        return twentyFour(minute);
    }

    /** "09:00–11:00", or "9–11 AM" / "11:30 AM – 1 PM" in a 12-hour locale; end may exceed 1440. */
    String range(int start, int end) {
        if (!twelveHour) {
            return twentyFour(start) + "–" + twentyFour(end);
        }
        LocalTime s = at(start);
        LocalTime e = at(end);
        String sm = marker.format(s);
        String em = marker.format(e);
        boolean sameHalfOfTheDay = sm.equals(em) && start % WeekBlock.DAY < end % WeekBlock.DAY
                && end - start < WeekBlock.DAY / 2;
        if (sameHalfOfTheDay) {
            return shortTwelve(s) + "–" + shortTwelve(e) + " " + em;
        }
        return shortTwelve(s) + " " + sm + " – " + shortTwelve(e) + " " + em;
    }

    /**
     * Shorter forms of {@link #range} for narrow columns, longest first: hours without ":00" and
     * without the AM/PM marker ("9–11", "9:30–11"), then the start alone ("09:30", "9:30 AM"), then
     * the start as short as it goes ("9:30").
     */
    String[] shorter(int start, int end) {
        return new String[] {bare(start) + "–" + bare(end), time(start), bare(start)};
    }

    private String bare(int minute) {
        LocalTime t = at(minute);
        int h = minute > 0 && minute % WeekBlock.DAY == 0 && !twelveHour ? 24
                : twelveHour ? t.get(ChronoField.CLOCK_HOUR_OF_AMPM) : t.getHour();
        return t.getMinute() == 0 ? Integer.toString(h) : h + full.format(t).substring(full.format(t).indexOf(':'));
    }

    private String twentyFour(int minute) {
        if (minute > 0 && minute % WeekBlock.DAY == 0) {
            return full.format(LocalTime.MIDNIGHT).replace("00:", "24:").replace("0:", "24:");
        }
        return full.format(at(minute));
    }

    private String shortTwelve(LocalTime t) {
        return t.getMinute() == 0 ? Integer.toString(t.get(ChronoField.CLOCK_HOUR_OF_AMPM))
                : full.format(t);
    }

    private static LocalTime at(int minute) {
        return LocalTime.ofSecondOfDay(Math.floorMod(minute, WeekBlock.DAY) * 60L);
    }
}
