package org.reachable.adapters.ics;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Reading DATE and DATE-TIME values and TZIDs with java.time, with messages that say what is wrong
 * in words ("there is no month 13") rather than java.time's ("Invalid value for MonthOfYear").
 */
final class IcsValues {

    static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    static final Pattern DATE_TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)");
    static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private IcsValues() {
    }

    /** Why {@code value} of property {@code name} is no valid date (or date-time); null when it is. */
    static Problem problem(String name, String value, boolean isDate) {
        Matcher m = (isDate ? DATE : DATE_TIME).matcher(value);
        if (!m.matches()) {
            return Problem.of(isDate ? ProblemKind.ICS_NOT_A_DATE : ProblemKind.ICS_NOT_A_DATE_TIME, name, value);
        }
        Problem problem = dateProblem(m);
        if (problem == null && !isDate) {
            if (group(m, 4) > 23) {
                problem = Problem.of(ProblemKind.NO_HOUR, group(m, 4));
            } else if (group(m, 5) > 59) {
                problem = Problem.of(ProblemKind.NO_MINUTE, group(m, 5));
            } else if (group(m, 6) > 59) {
                problem = Problem.of(ProblemKind.NO_SECOND, group(m, 6));
            }
        }
        return problem == null ? null : Problem.of(isDate ? ProblemKind.ICS_INVALID_DATE
                : ProblemKind.ICS_INVALID_DATE_TIME, name, value, problem);
    }

    /** Why the year, month and day in groups 1 to 3 are no date; null when they are. */
    static Problem dateProblem(Matcher m) {
        int year = group(m, 1);
        int month = group(m, 2);
        int day = group(m, 3);
        if (month < 1 || month > 12) {
            return Problem.of(ProblemKind.NO_MONTH, month);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return Problem.of(ProblemKind.NO_DAY_IN_MONTH, Month.of(month), year, day);
        }
        return null;
    }

    /** The date in a matched (and checked) DATE or ISO_DATE. */
    static LocalDate date(Matcher m) {
        return LocalDate.of(group(m, 1), group(m, 2), group(m, 3));
    }

    /** The wall-clock date-time in a matched (and checked) DATE_TIME. */
    static LocalDateTime dateTime(Matcher m) {
        return LocalDateTime.of(group(m, 1), group(m, 2), group(m, 3), group(m, 4), group(m, 5), group(m, 6));
    }

    static boolean isUtc(Matcher dateTime) {
        return !dateTime.group(7).isEmpty();
    }

    private static int group(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * The java.time zone a TZID names: an IANA id ("Europe/Amsterdam"), an offset id ("+02:00"),
     * or an IANA id behind an old vendor prefix ("/mozilla.org/20050126_1/Europe/Berlin"); null
     * when it names none of these.
     */
    static ZoneId javaZone(String tzid) {
        try {
            return ZoneId.of(tzid.trim());
        } catch (DateTimeException e) {
            // not a java.time id as it stands
        }
        String windows = WindowsZones.ianaFor(tzid.trim());
        if (windows != null) {
            return ZoneId.of(windows);
        }
        if (tzid.startsWith("/")) {
            String[] parts = tzid.split("/");
            for (int take = Math.min(3, parts.length); take >= 1; take--) {
                String candidate = String.join("/", List.of(parts).subList(parts.length - take, parts.length));
                try {
                    return ZoneId.of(candidate);
                } catch (DateTimeException e) {
                    // a shorter suffix next
                }
            }
        }
        return null;
    }
}
