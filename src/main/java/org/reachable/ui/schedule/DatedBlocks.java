package org.reachable.ui.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.TimeText;

/**
 * The blocks of one dated week: the pattern's blocks on the days they really occur that week (a
 * weekly entry that ends, skips a week or has an exception drops out, as the agenda expands it),
 * plus the dated entries — days off, extra windows, one-off focus blocks — each cut into days.
 * Dated blocks are drawn where they fall; the Days off page edits them.
 */
final class DatedBlocks {

    private DatedBlocks() {
    }

    /**
     * @param pattern the weekly blocks as the pattern shows them (worded, warnings marked)
     * @param worded  a dated entry's kind, channels and description: label, initials, sentence
     */
    static List<WeekBlock> of(Schedule schedule, LocalDate weekStart, List<WeekBlock> pattern,
            Function<Occurrence, String[]> worded) {
        ZoneId zone = schedule.zone();
        LocalDate weekEnd = weekStart.plusDays(7);
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekEnd.atStartOfDay(zone).toInstant();
        List<Occurrence> agenda = new StatusResolver(schedule, List.of(), Optional.empty())
                .agenda(from.minus(Duration.ofDays(1)), to);
        Set<BlockKey> occurring = new HashSet<>();
        List<WeekBlock> out = new ArrayList<>();
        for (Occurrence o : agenda) {
            ZonedDateTime start = o.start().atZone(zone);
            ZonedDateTime end = o.end().atZone(zone);
            if (WeekEdits.isWeekly(o.entry())) {
                LocalDate day = start.toLocalDate();
                if (!day.isBefore(weekStart) && day.isBefore(weekEnd)) {
                    occurring.add(new BlockKey(o.entry().uid(), day.getDayOfWeek()));
                }
                continue;
            }
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
        List<WeekBlock> shown = new ArrayList<>(pattern.stream().filter(b -> occurring.contains(b.key())).toList());
        shown.addAll(out);
        return shown;
    }
}
