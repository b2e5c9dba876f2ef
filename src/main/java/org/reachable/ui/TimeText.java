package org.reachable.ui;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times people type in a form or a table cell: "9", "9:00", "09.30", "930", "24:00"
 * (midnight at the end of the day). Minutes are kept as typed; the grid snaps, a form does not.
 */
public final class TimeText {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?(?:\\s*u(?:ur)?)?");

    private TimeText() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
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

    public static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
