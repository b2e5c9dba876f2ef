package org.reachable.adapters.ics;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.ProblemKind;

/**
 * What of an event's repetition the schedule can hold: every week or every few weeks on some days
 * (or every day), until a date or for a count. Skipped, added and moved occurrences are read by
 * {@link SeriesReader}. Everything else gets a message saying what to change, rather than a
 * schedule that is silently wrong.
 */
final class EventRules {

    private static final Pattern BAD_VALUE = Pattern.compile("Invalid value (.*) for (\\w+)");

    private EventRules() {
    }

    /**
     * The weekly recurrence for an RRULE whose event runs from {@code from} to {@code to} (home
     * wall-clock) and was written starting on {@code writtenDate} (in its own zone). When the zone
     * change moves the start to another day, the weekdays move with it.
     */
    static Weekly weekly(String ruleText, LocalDate writtenDate, LocalDateTime from, LocalDateTime to) {
        Recur<?> recur = parse(ruleText.trim());
        Frequency frequency = recur.getFrequency();
        if (frequency != Frequency.WEEKLY && frequency != Frequency.DAILY) {
            ProblemKind every = switch (frequency) {
                case MONTHLY -> ProblemKind.EVERY_MONTH;
                case YEARLY -> ProblemKind.EVERY_YEAR;
                case HOURLY -> ProblemKind.EVERY_HOUR;
                case MINUTELY -> ProblemKind.EVERY_MINUTE;
                default -> ProblemKind.EVERY_SECOND;
            };
            throw new EventProblem("RRULE", ProblemKind.ICS_REPEATS_OTHERWISE, every, frequency.toString());
        }
        if (recur.getInterval() > 1 && frequency == Frequency.DAILY) {
            // every other day drifts through the weekdays: no weekly pattern holds it
            throw new EventProblem("RRULE", ProblemKind.ICS_INTERVAL_DAYS, recur.getInterval());
        }
        List<String> extra = new ArrayList<>();
        addIf(extra, "BYMONTH", !recur.getMonthList().isEmpty());
        addIf(extra, "BYMONTHDAY", !recur.getMonthDayList().isEmpty());
        addIf(extra, "BYYEARDAY", !recur.getYearDayList().isEmpty());
        addIf(extra, "BYWEEKNO", !recur.getWeekNoList().isEmpty());
        addIf(extra, "BYHOUR", !recur.getHourList().isEmpty());
        addIf(extra, "BYMINUTE", !recur.getMinuteList().isEmpty());
        addIf(extra, "BYSECOND", !recur.getSecondList().isEmpty());
        addIf(extra, "BYSETPOS", !recur.getSetPosList().isEmpty());
        if (!extra.isEmpty()) {
            throw new EventProblem("RRULE", ProblemKind.ICS_RULE_PARTS, String.join(", ", extra));
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (WeekDay day : recur.getDayList()) {
            if (day.getOffset() != 0) {
                throw new EventProblem("RRULE", ProblemKind.ICS_NUMBERED_WEEKDAY, day.toString());
            }
            days.add(WeekDay.getDayOfWeek(day));
        }
        if (days.isEmpty()) {
            if (frequency == Frequency.DAILY) {
                days = EnumSet.allOf(DayOfWeek.class);
            } else {
                days.add(writtenDate.getDayOfWeek());
            }
        }
        long shift = ChronoUnit.DAYS.between(writtenDate, from.toLocalDate());
        if (shift != 0) {
            Set<DayOfWeek> shifted = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : days) {
                shifted.add(day.plus(shift));
            }
            days = shifted;
        }
        if (!to.isBefore(from.plusDays(1))) {
            throw new EventProblem("DTEND", ProblemKind.ICS_LONG_REPEATING, from.toString(), to.toString());
        }
        Weekly weekly = new Weekly(days, new TimeRange(from.toLocalTime(), to.toLocalTime()), from.toLocalDate());
        return recur.getInterval() > 1 ? weekly.withSeries(weekly.series().withWeeks(recur.getInterval())) : weekly;
    }

    /** COUNT occurrences of {@code weekly} as the date of the last one (COUNT counts before EXDATE, RFC 5545 3.8.5.1). */
    static LocalDate lastOf(Weekly weekly, int count) {
        LocalDate date = weekly.since();
        int found = 0;
        for (int i = 0; i < 366 * 100; i++, date = date.plusDays(1)) {
            if (weekly.inPattern(date) && ++found == count) {
                return date;
            }
        }
        return date;
    }

    private static final Pattern UNTIL = Pattern.compile("(?i)(?:^|;)UNTIL=([0-9]{8}(?:T[0-9]{6}Z?)?)");
    private static final Pattern COUNT = Pattern.compile("(?i)(?:^|;)COUNT=([0-9]+)");

    /** The rule's UNTIL value as written, or null. */
    static String until(String ruleText) {
        Matcher m = UNTIL.matcher(ruleText.trim());
        return m.find() ? m.group(1) : null;
    }

    /** The rule's COUNT, or 0. */
    static int count(String ruleText) {
        Matcher m = COUNT.matcher(ruleText.trim());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static Recur<?> parse(String ruleText) {
        try {
            return new Recur<>(ruleText);
        } catch (DateTimeException e) {
            throw new EventProblem("RRULE", ProblemKind.ICS_RULE_BAD_DATE, ruleText, e.getMessage());
        } catch (NumberFormatException e) {
            throw new EventProblem("RRULE", ProblemKind.ICS_RULE_BAD_NUMBER, ruleText, e.getMessage());
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher bad = BAD_VALUE.matcher(message);
            if (bad.find()) {
                if (bad.group(2).equals("BYDAY")) {
                    return fail(ProblemKind.ICS_RULE_BAD_WEEKDAY, bad.group(1));
                }
                if (bad.group(2).equals("FREQ")) {
                    return fail(ProblemKind.ICS_RULE_BAD_FREQ, bad.group(1));
                }
                return fail(ProblemKind.ICS_RULE_BAD_VALUE, bad.group(1), bad.group(2));
            }
            return fail(ProblemKind.ICS_RULE_UNREADABLE, ruleText, message);
        }
    }

    private static Recur<?> fail(ProblemKind kind, Object... args) {
        throw new EventProblem("RRULE", kind, args);
    }

    private static void addIf(List<String> list, String name, boolean present) {
        if (present) {
            list.add(name);
        }
    }

    static ProblemKind words(EntryKind kind) {
        return switch (kind) {
            case WINDOW -> ProblemKind.ICS_WINDOW;
            case FOCUS -> ProblemKind.ICS_FOCUS;
            case DAY_OFF -> ProblemKind.ICS_DAY_OFF;
            case EXTRA_WINDOW -> ProblemKind.ICS_EXTRA_WINDOW;
        };
    }


}
