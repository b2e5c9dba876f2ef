package org.reachable.ui.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.TimeText;

/**
 * The blocks of one dated week: each weekly entry on the days it really occurs that week (one that
 * ends, or skips every other week, drops out), a skipped occurrence as a placeholder where it would
 * have been, an occurrence moved "only this week" where it now lies, plus the dated entries — days
 * off, extra windows, one-off focus blocks — each cut into days. Dated blocks are drawn where they
 * fall; the Days off page edits them.
 */
final class DatedBlocks {

    /** The sentence of one occurrence that is not as the pattern has it (moved or skipped). */
    interface OnceWords {
        String describe(WeekBlock usual, WeekBlock.Once how, LocalDateTime start, LocalDateTime end);
    }

    private DatedBlocks() {
    }

    /**
     * @param pattern the weekly blocks as the pattern shows them (worded, warnings marked)
     * @param worded  a dated entry's kind, channels and description: label, initials, sentence
     */
    static List<WeekBlock> of(Schedule schedule, LocalDate weekStart, List<WeekBlock> pattern,
            Function<Occurrence, String[]> worded, OnceWords once) {
        Map<String, List<WeekBlock>> byUid = new LinkedHashMap<>();
        for (WeekBlock b : pattern) {
            byUid.computeIfAbsent(b.uid(), k -> new ArrayList<>()).add(b);
        }
        List<WeekBlock> shown = new ArrayList<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (WeekEdits.isWeekly(entry) && byUid.containsKey(entry.uid())) {
                weekly(WeekEdits.weekly(entry), weekStart, byUid.get(entry.uid()), once, shown);
            }
        }
        shown.addAll(dated(schedule, weekStart, worded));
        return shown;
    }

    /** One weekly entry's blocks in the week of {@code weekStart}, day by day as the series has them. */
    private static void weekly(Weekly when, LocalDate weekStart, List<WeekBlock> usual, OnceWords once,
            List<WeekBlock> out) {
        for (int i = 0; i < 7; i++) {
            LocalDate date = weekStart.plusDays(i);
            WeekBlock base = usual.stream().filter(b -> b.day() == date.getDayOfWeek()).findFirst()
                    .orElse(usual.get(0)); // an added date (RDATE) may fall on a day the pattern has not
            int start = TimeText.minuteOf(when.times().start());
            int end = start + (int) when.times().length().toMinutes();
            if (when.occursOn(date)) {
                // the pattern's block, unless this week has other home times (a series of another zone)
                out.add(base.day() == date.getDayOfWeek() && base.startMinute() == start && base.endMinute() == end
                        ? base : base.withTimes(date.getDayOfWeek(), start, end));
            } else if (when.inPattern(date) && when.series().skipped().contains(date)) {
                LocalDateTime from = date.atTime(when.times().start());
                out.add(base.once(WeekBlock.Once.SKIPPED, date.getDayOfWeek(), start, end,
                        once.describe(base, WeekBlock.Once.SKIPPED, from, from.plus(when.times().length()))));
            }
            for (Dated moved : when.movedTo(date)) {
                LocalDateTime from = moved.start();
                int minute = TimeText.minuteOf(from.toLocalTime());
                int length = (int) Duration.between(from, moved.end()).toMinutes();
                WeekBlock original = usual.stream().filter(b -> b.day() == movedFrom(when, moved).getDayOfWeek())
                        .findFirst().orElse(base);
                out.add(original.once(WeekBlock.Once.MOVED, date.getDayOfWeek(), minute, minute + length,
                        once.describe(original, WeekBlock.Once.MOVED, from, moved.end())).from(movedFrom(when, moved)));
            }
        }
    }

    private static LocalDate movedFrom(Weekly when, Dated to) {
        return when.series().moved().entrySet().stream().filter(e -> e.getValue().equals(to))
                .map(Map.Entry::getKey).findFirst().orElse(to.start().toLocalDate());
    }

    /** Days off, extra windows and one-off focus blocks, each cut into the days of the week it covers. */
    private static List<WeekBlock> dated(Schedule schedule, LocalDate weekStart, Function<Occurrence, String[]> worded) {
        ZoneId zone = schedule.zone();
        LocalDate weekEnd = weekStart.plusDays(7);
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekEnd.atStartOfDay(zone).toInstant();
        List<Occurrence> agenda = new StatusResolver(schedule, List.of(), Optional.empty())
                .agenda(from.minus(Duration.ofDays(1)), to);
        List<WeekBlock> out = new ArrayList<>();
        for (Occurrence o : agenda) {
            if (WeekEdits.isWeekly(o.entry())) {
                continue;
            }
            ZonedDateTime start = o.start().atZone(zone);
            ZonedDateTime end = o.end().atZone(zone);
            String[] words = worded.apply(o);
            EntryKind kind = o.entry().kind();
            for (LocalDate day = start.toLocalDate(); day.isBefore(weekEnd) && !day.isAfter(end.toLocalDate());
                    day = day.plusDays(1)) {
                if (day.isBefore(weekStart)) {
                    continue;
                }
                int startMinute = day.equals(start.toLocalDate()) ? TimeText.minuteOf(start.toLocalTime()) : 0;
                int endMinute = day.equals(end.toLocalDate()) ? TimeText.minuteOf(end.toLocalTime()) : WeekBlock.DAY;
                if (endMinute > startMinute) {
                    out.add(new WeekBlock(o.entry().uid(), day.getDayOfWeek(), startMinute, endMinute, kind, words[0],
                            words[1], words[2], false, words[3]));
                }
            }
        }
        return out;
    }
}
