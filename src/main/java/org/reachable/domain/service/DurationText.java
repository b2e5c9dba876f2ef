package org.reachable.domain.service;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.model.InvalidScheduleException;

/** Reads the durations people type: "30m", "1h", "90m", "2h", "1h30m", "1.5h". */
public final class DurationText {

    private static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,4})m(?:in)?)?");
    private static final Pattern DECIMAL_HOURS = Pattern.compile("(\\d{1,3})[.,](\\d{1,2})h");
    private static final Duration MAX = Duration.ofDays(7);

    private DurationText() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        Duration d = null;
        Matcher decimal = DECIMAL_HOURS.matcher(t);
        Matcher hm = HOURS_MINUTES.matcher(t);
        if (decimal.matches()) {
            double hours = Double.parseDouble(decimal.group(1) + "." + decimal.group(2));
            d = Duration.ofMinutes(Math.round(hours * 60));
        } else if (!t.isEmpty() && hm.matches() && (hm.group(1) != null || hm.group(2) != null)) {
            long hours = hm.group(1) == null ? 0 : Long.parseLong(hm.group(1));
            long minutes = hm.group(2) == null ? 0 : Long.parseLong(hm.group(2));
            d = Duration.ofHours(hours).plusMinutes(minutes);
        }
        if (d == null) {
            throw new InvalidScheduleException("'" + text + "' is not a duration; write it like 30m, 1h, 90m or 1h30m");
        }
        if (d.isZero() || d.compareTo(MAX) > 0) {
            throw new InvalidScheduleException("'" + text + "' must be more than 0 minutes and at most 7 days");
        }
        return d;
    }
}
