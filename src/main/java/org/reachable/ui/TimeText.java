package org.reachable.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.text.Words;

/**
 * Reads the times people type in a form or a table cell: "9", "9:00", "09.30", "930", "9 uur",
 * "9:30 am", "24:00" (midnight at the end of the day). Minutes are kept as typed; the grid snaps, a form does not.
 */
public final class TimeText {

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.h]?(\\d{2}))?(?:\\s*u(?:ur)?|\\s*([ap])\\.?\\s?m\\.?)?");
    private static final DateTimeFormatter AMERICAN = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private TimeText() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // U+202F is the narrow space newer JDKs put before AM/PM
        Matcher m = TIME.matcher(text.trim().toLowerCase(Locale.ROOT).replace('\u202f', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) { // "9 am", "12:30 PM": a 12-hour clock
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + ("p".equals(m.group(3)) ? 12 : 0);
        }
        if (hour == 24 && minute == 0) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Minutes after midnight as a time of day; 1440 and beyond wrap into the next day. */
    public static LocalTime ofMinute(int minute) {
        return LocalTime.MIDNIGHT.plusMinutes(Math.floorMod(minute, 24 * 60));
    }

    /**
     * A time as a field or an axis writes it: "09:00", or "9:00 AM" in American English; {@link #parse}
     * reads it back. The clock is the one {@link Words#forLocale} speaks in the prose beside it
     * ({@link Words#twelveHourClock}), not the locale's own short time: plain "en" (what Settings gives
     * a Dutch user who picks English; and en-AU, en-CA…) write "9:00 AM" there, which put a 12-hour
     * axis above "until tomorrow 9:00" on the status page.
     */
    public static String field(LocalTime time, Locale locale) {
        return (Words.twelveHourClock(locale) ? AMERICAN : DAY_CLOCK).format(time);
    }


    /**
     * An instant as prose in the screen language: "11.30 uur" today, "morgen 9.00 uur", "maandag
     * 30 november 9.00 uur" ("11:30", "tomorrow 9:00"; "11 am" in American English).
     */
    public static String prose(Words words, Instant at, Instant now,
            ZoneId zone) {
        var local = at.atZone(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        String time = words.time(local.toLocalTime());
        return local.toLocalDate().equals(today) ? time : words.day(local.toLocalDate(), today) + " " + time;
    }

    public static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
