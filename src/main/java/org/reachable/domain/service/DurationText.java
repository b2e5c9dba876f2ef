package org.reachable.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** Reads the durations people type: "30m", "1h", "90m", "2h", "1h30m", "1.5h", "2d". */
public final class DurationText {

    /*
     * Any number of digits and a sign are read, so that "99999h" and "-5m" are answered with the
     * allowed range rather than "not a duration": the user wrote a duration, just not one we take.
     */
    private static final Pattern PARTS = Pattern.compile("([+-]?)(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?");
    private static final Pattern DECIMAL_HOURS = Pattern.compile("([+-]?)(\\d+[.,]\\d+)h");
    public static final Duration MIN = Duration.ofMinutes(1);
    public static final Duration MAX = Duration.ofDays(7);

    private DurationText() {
    }

    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        Matcher decimal = DECIMAL_HOURS.matcher(t);
        Matcher parts = PARTS.matcher(t);
        BigDecimal minutes;
        String sign;
        if (decimal.matches()) {
            sign = decimal.group(1);
            minutes = new BigDecimal(decimal.group(2).replace(',', '.')).multiply(BigDecimal.valueOf(60));
        } else if (parts.matches() && (parts.group(2) != null || parts.group(3) != null || parts.group(4) != null)) {
            sign = parts.group(1);
            minutes = number(parts.group(2)).multiply(BigDecimal.valueOf(24 * 60))
                    .add(number(parts.group(3)).multiply(BigDecimal.valueOf(60)))
                    .add(number(parts.group(4)));
        } else {
            throw new InvalidScheduleException(Problem.of(ProblemKind.DURATION_UNREADABLE, text));
        }
        if (sign.equals("-") && minutes.signum() > 0) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.DURATION_NEGATIVE, text));
        }
        long rounded = minutes.setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(MAX.toMinutes() + 1))
                .longValueExact();
        Duration d = Duration.ofMinutes(rounded);
        if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.DURATION_OUT_OF_RANGE, text));
        }
        return d;
    }

    private static BigDecimal number(String digits) {
        return digits == null ? BigDecimal.ZERO : new BigDecimal(digits);
    }
}
