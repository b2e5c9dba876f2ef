package org.reachable.adapters.ics;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * What of an event's repetition the schedule can hold: every week on some days (or every day),
 * without end, skipped dates or changed occurrences. Everything else gets a message saying what to
 * change, rather than a schedule that is silently wrong.
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
            String every = switch (frequency) {
                case MONTHLY -> "monthly";
                case YEARLY -> "yearly";
                case HOURLY -> "hourly";
                case MINUTELY -> "every minute";
                default -> "every second";
            };
            throw new EventProblem("RRULE", "the event repeats " + every + " (FREQ=" + frequency + "); Reachable can "
                    + "only hold events that repeat every week on some days (RRULE:FREQ=WEEKLY;BYDAY=MO,WE) "
                    + "or that happen once");
        }
        String unit = frequency == Frequency.WEEKLY ? "weeks" : "days";
        if (recur.getInterval() > 1) {
            throw new EventProblem("RRULE", "the event repeats every " + recur.getInterval() + " " + unit
                    + " (INTERVAL=" + recur.getInterval() + "); Reachable can only hold events that repeat "
                    + "every week: remove INTERVAL, or make one event per occurrence");
        }
        if (recur.getCount() > 0 || recur.getUntil() != null) {
            String part = recur.getCount() > 0 ? "COUNT" : "UNTIL";
            throw new EventProblem("RRULE", "the repeating event stops after a while (" + part + "); Reachable's "
                    + "weekly entries have no end: remove " + part + ", or delete the event if the series is over");
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
            throw new EventProblem("RRULE", "the repeat rule uses " + String.join(", ", extra)
                    + ", which Reachable cannot hold; it holds RRULE:FREQ=WEEKLY;BYDAY=… only");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (WeekDay day : recur.getDayList()) {
            if (day.getOffset() != 0) {
                throw new EventProblem("RRULE", "BYDAY=" + day + " picks a numbered weekday of the month or year; "
                        + "Reachable can only hold plain weekdays (MO, TU, WE, TH, FR, SA, SU)");
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
            throw new EventProblem("DTEND", "the repeating event lasts a day or more (" + from + " to " + to
                    + "); a weekly entry must be shorter than a day");
        }
        return new Weekly(days, new TimeRange(from.toLocalTime(), to.toLocalTime()), from.toLocalDate());
    }

    private static Recur<?> parse(String ruleText) {
        try {
            return new Recur<>(ruleText);
        } catch (DateTimeException e) {
            throw new EventProblem("RRULE", "RRULE:" + ruleText + " has a date that cannot be read (" + e.getMessage()
                    + ")");
        } catch (NumberFormatException e) {
            throw new EventProblem("RRULE", "RRULE:" + ruleText + " has a number that cannot be read (" + e.getMessage()
                    + ")");
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Matcher bad = BAD_VALUE.matcher(message);
            if (bad.find()) {
                if (bad.group(2).equals("BYDAY")) {
                    return fail("RRULE has an unknown weekday \"" + bad.group(1)
                            + "\" in BYDAY; use MO, TU, WE, TH, FR, SA or SU");
                }
                if (bad.group(2).equals("FREQ")) {
                    return fail("RRULE has an unknown frequency \"" + bad.group(1) + "\"; use FREQ=WEEKLY");
                }
                return fail("RRULE has \"" + bad.group(1) + "\" for " + bad.group(2) + ", which is not a valid value");
            }
            return fail("RRULE:" + ruleText + " cannot be read: " + message);
        }
    }

    private static Recur<?> fail(String reason) {
        throw new EventProblem("RRULE", reason);
    }

    private static void addIf(List<String> list, String name, boolean present) {
        if (present) {
            list.add(name);
        }
    }

    static String words(EntryKind kind) {
        return switch (kind) {
            case WINDOW -> "reachable window";
            case FOCUS -> "focus block";
            case DAY_OFF -> "day off";
            case EXTRA_WINDOW -> "extra window";
        };
    }

    static String unsupported(String property) {
        return switch (property.toUpperCase(Locale.ROOT)) {
            case "RECURRENCE-ID" -> "this event changes a single occurrence of a repeating event "
                    + "(RECURRENCE-ID); Reachable's weekly entries cannot have one occurrence changed: change the "
                    + "whole series, or delete this changed occurrence and add a one-off entry instead";
            case "EXDATE" -> "the repeating event skips some dates (EXDATE); Reachable's weekly entries cannot "
                    + "skip single dates: remove the EXDATE lines and add a day off or a one-off entry for those "
                    + "dates instead";
            case "RDATE" -> "the event lists extra dates (RDATE); Reachable cannot hold those: remove the RDATE "
                    + "lines and add a one-off entry for each date instead";
            default -> "the event uses EXRULE, which RFC 5545 retired and Reachable cannot hold; remove it";
        };
    }
}
