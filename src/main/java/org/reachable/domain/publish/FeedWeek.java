package org.reachable.domain.publish;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reachable.domain.port.FeedFormat;

/**
 * A channel's reachable stretches (the feed's, over its 92 days) as a week that repeats, for the
 * VAVAILABILITY variant: per weekday the day's pieces most of those weekdays have (a day off, a
 * moved entry or a clock change is then the odd one out), each piece one weekly slot on the days
 * that share it, and every date that differs from its weekday left out of the slots and written
 * as it is. Read back and expanded over the feed's range, it gives exactly the feed's stretches
 * (cut at midnight): the week for a reader that wants the rule, the dates for one that wants truth.
 */
final class FeedWeek {

    /** A wall-clock piece of one day; an end of midnight is the end of the day. */
    private record Piece(LocalTime start, LocalTime end) implements Comparable<Piece> {
        @Override
        public int compareTo(Piece o) {
            int c = start.compareTo(o.start);
            return c != 0 ? c : Integer.compare(endSecond(), o.endSecond());
        }

        int endSecond() {
            return end.equals(LocalTime.MIDNIGHT) ? 86_400 : end.toSecondOfDay();
        }
    }

    private FeedWeek() {
    }

    /** The week of one channel whose stretches ({@code start, end} pairs) lie in [{@code first}, {@code first + days}). */
    static FeedFormat.Week of(String channelId, String summary, List<Instant[]> stretches, ZoneId zone,
            LocalDate first, int days) {
        Map<LocalDate, List<Piece>> byDate = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            byDate.put(first.plusDays(i), new ArrayList<>());
        }
        for (Instant[] s : stretches) {
            for (LocalDate d = LocalDate.ofInstant(s[0], zone); d.atStartOfDay(zone).toInstant().isBefore(s[1]);
                    d = d.plusDays(1)) {
                Instant dayStart = d.atStartOfDay(zone).toInstant();
                Instant dayEnd = d.plusDays(1).atStartOfDay(zone).toInstant();
                Instant from = s[0].isAfter(dayStart) ? s[0] : dayStart;
                Instant to = s[1].isBefore(dayEnd) ? s[1] : dayEnd;
                if (byDate.containsKey(d) && from.isBefore(to)) {
                    byDate.get(d).add(new Piece(local(from, zone), to.equals(dayEnd) ? LocalTime.MIDNIGHT : local(to, zone)));
                }
            }
        }
        Map<DayOfWeek, List<Piece>> pattern = usual(byDate);
        Map<Piece, Set<DayOfWeek>> shared = new TreeMap<>();
        pattern.forEach((day, pieces) -> pieces.forEach(p -> shared.computeIfAbsent(p, x -> EnumSet.noneOf(DayOfWeek.class))
                .add(day)));
        List<LocalDate> except = new ArrayList<>();
        List<FeedFormat.Stretch> extra = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Piece>> e : byDate.entrySet()) {
            LocalDate date = e.getKey();
            List<Piece> usual = pattern.get(date.getDayOfWeek());
            if (e.getValue().equals(usual) && !clockChanges(date, usual, zone)) {
                continue;
            }
            if (!usual.isEmpty()) {
                except.add(date);
            }
            for (Piece p : e.getValue()) {
                extra.add(new FeedFormat.Stretch(channelId, summary, instant(date, p.start(), zone),
                        p.end().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
                                : instant(date, p.end(), zone)));
            }
        }
        List<FeedFormat.Slot> slots = new ArrayList<>();
        shared.forEach((piece, on) -> {
            LocalDate firstOn = first;
            while (!on.contains(firstOn.getDayOfWeek())) {
                firstOn = firstOn.plusDays(1);
            }
            slots.add(new FeedFormat.Slot(on, firstOn, piece.start(), piece.end()));
        });
        return new FeedFormat.Week(channelId, summary, slots, except, extra);
    }

    /** Per weekday the pieces most of its dates have (the earliest such date's, on a tie). */
    private static Map<DayOfWeek, List<Piece>> usual(Map<LocalDate, List<Piece>> byDate) {
        Map<DayOfWeek, Map<List<Piece>, Integer>> counts = new LinkedHashMap<>();
        for (Map.Entry<LocalDate, List<Piece>> e : byDate.entrySet()) {
            List<Piece> sorted = new ArrayList<>(new TreeSet<>(e.getValue()));
            e.setValue(sorted);
            counts.computeIfAbsent(e.getKey().getDayOfWeek(), d -> new LinkedHashMap<>()).merge(sorted, 1, Integer::sum);
        }
        Map<DayOfWeek, List<Piece>> pattern = new TreeMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Piece> best = List.of();
            int most = 0;
            for (Map.Entry<List<Piece>, Integer> c : counts.getOrDefault(day, Map.of()).entrySet()) {
                if (c.getValue() > most) {
                    best = c.getKey();
                    most = c.getValue();
                }
            }
            pattern.put(day, best);
        }
        return pattern;
    }

    /**
     * Whether the clock changes inside one of the day's usual pieces: a weekly slot keeps its
     * length in hours (RFC 5545 reads DTEND - DTSTART as exact), so that day is written as it is.
     */
    private static boolean clockChanges(LocalDate date, List<Piece> pieces, ZoneId zone) {
        for (Piece p : pieces) {
            ZonedDateTime start = date.atTime(p.start()).atZone(zone);
            ZonedDateTime end = p.end().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone)
                    : date.atTime(p.end()).atZone(zone);
            if (!start.getOffset().equals(end.getOffset())
                    || java.time.Duration.between(start, end).toSeconds() != p.endSecond() - p.start().toSecondOfDay()) {
                return true;
            }
        }
        return false;
    }

    private static LocalTime local(Instant instant, ZoneId zone) {
        return LocalTime.ofInstant(instant, zone);
    }

    private static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
