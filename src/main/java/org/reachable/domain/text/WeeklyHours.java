package org.reachable.domain.text;

import static org.reachable.domain.text.ClockRange.DAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;

/**
 * The hours of a usual week, as a client should read them: each channel's weekly windows minus
 * the weekly focus blocks that cover it, days with equal ranges merged into one line.
 *
 * <p>The week is worked out as one bit per minute (10,080 bits): adding windows, cutting focus
 * blocks, merging touching windows and wrapping Sunday night into Monday then all come for free,
 * and the result cannot depend on the order of the entries. Dated entries (days off, extra
 * windows, one-off focus) are exceptions to the week and are left to the texts that name dates;
 * {@code since} is ignored too, because the texts describe the week as it stands. Seconds in a
 * window's times are dropped.
 */
public final class WeeklyHours {

    private static final int WEEK = 7 * DAY;
    private static final DayOfWeek[] DAYS = DayOfWeek.values();

    private WeeklyHours() {
    }

    /** When {@code channelId} is reachable in a usual week; empty when it has no window. */
    public static List<HoursLine> forChannel(Schedule schedule, String channelId) {
        return lines(reachable(schedule, channelId));
    }

    /** When at least one channel is reachable in a usual week. */
    public static List<HoursLine> forAnyChannel(Schedule schedule) {
        BitSet any = new BitSet(WEEK);
        for (String id : channelIds(schedule)) {
            any.or(reachable(schedule, id));
        }
        return lines(any);
    }

    /**
     * When at least one of {@code channelIds} is reachable in a usual week: the channels a client
     * can use, not a window left behind for a channel the settings no longer have.
     */
    public static List<HoursLine> forChannels(Schedule schedule, java.util.Collection<String> channelIds) {
        BitSet any = new BitSet(WEEK);
        for (String id : channelIds) {
            any.or(reachable(schedule, id));
        }
        return lines(any);
    }

    /**
     * The same hours on the clocks of {@code client}, for the week containing {@code on}: the two
     * zones' offsets differ through the year (summer time starts on other dates in the US), so the
     * answer belongs to a date. A shift can move ranges to other days; the lines are regrouped.
     */
    public static List<HoursLine> inZone(List<HoursLine> lines, ZoneId home, ZoneId client, LocalDate on) {
        ZonedDateTime noon = ZonedDateTime.of(on, LocalTime.NOON, home);
        int shift = (noon.withZoneSameInstant(client).getOffset().getTotalSeconds()
                - noon.getOffset().getTotalSeconds()) / 60;
        BitSet bits = new BitSet(WEEK);
        for (HoursLine line : lines) {
            for (DayOfWeek day : line.days()) {
                for (ClockRange range : line.ranges()) {
                    mark(bits, dayStart(day) + range.from() + shift, range.lengthMinutes(), true);
                }
            }
        }
        return lines(bits);
    }

    private static Set<String> channelIds(Schedule schedule) {
        Set<String> ids = new TreeSet<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof ReachableWindow window) {
                ids.addAll(window.channels());
            }
        }
        return ids;
    }

    private static BitSet reachable(Schedule schedule, String channelId) {
        BitSet bits = new BitSet(WEEK);
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof ReachableWindow window && window.channels().contains(channelId)) {
                mark(bits, window.when(), true);
            }
        }
        // focus wins over windows whatever their order in the schedule, so it is cut afterwards
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof FocusBlock focus && focus.when() instanceof Weekly weekly
                    && (focus.coversAllChannels() || focus.channels().contains(channelId))) {
                mark(bits, weekly, false);
            }
        }
        return bits;
    }

    private static void mark(BitSet bits, Weekly weekly, boolean value) {
        ClockRange range = ClockRange.of(weekly.times().start(), weekly.times().end());
        for (DayOfWeek day : weekly.days()) {
            mark(bits, dayStart(day) + range.from(), range.lengthMinutes(), value);
        }
    }

    /** Sets or clears {@code length} minutes from {@code start}, wrapping round the week. */
    private static void mark(BitSet bits, int start, int length, boolean value) {
        int from = Math.floorMod(start, WEEK);
        int first = Math.min(length, WEEK - from);
        bits.set(from, from + first, value);
        if (first < length) {
            bits.set(0, length - first, value);
        }
    }

    private static int dayStart(DayOfWeek day) {
        return (day.getValue() - 1) * DAY;
    }

    private static List<HoursLine> lines(BitSet bits) {
        List<List<ClockRange>> perDay = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            perDay.add(new ArrayList<>());
        }
        for (int[] run : runs(bits)) {
            place(perDay, run[0], run[1]);
        }
        // days with equal ranges share a line; a LinkedHashMap keeps the lines in week order
        Map<List<ClockRange>, Set<DayOfWeek>> byRanges = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            List<ClockRange> ranges = perDay.get(i).stream().sorted().toList();
            if (!ranges.isEmpty()) {
                byRanges.computeIfAbsent(ranges, r -> EnumSet.noneOf(DayOfWeek.class)).add(DAYS[i]);
            }
        }
        List<HoursLine> result = new ArrayList<>();
        byRanges.forEach((ranges, days) -> result.add(new HoursLine(days, ranges)));
        return List.copyOf(result);
    }

    /** The set stretches as {start, length}, a stretch over Sunday midnight joined into one. */
    private static List<int[]> runs(BitSet bits) {
        List<int[]> runs = new ArrayList<>();
        if (bits.cardinality() == WEEK) {
            runs.add(new int[] {0, WEEK});
            return runs;
        }
        for (int s = bits.nextSetBit(0); s >= 0 && s < WEEK; s = bits.nextSetBit(s)) {
            int e = bits.nextClearBit(s);
            runs.add(new int[] {s, e - s});
            s = e;
        }
        if (runs.size() > 1 && runs.get(0)[0] == 0) {
            int[] last = runs.get(runs.size() - 1);
            if (last[0] + last[1] == WEEK) {
                last[1] += runs.remove(0)[1];
            }
        }
        return runs;
    }

    /**
     * Puts a stretch on the day it starts. Shorter than a day, it stays one range even past
     * midnight (a night shift is one shift); a day or longer is cut at each midnight, so that a
     * line never claims more than one day's worth of time.
     */
    private static void place(List<List<ClockRange>> perDay, int start, int length) {
        if (length < DAY) {
            perDay.get(start / DAY).add(new ClockRange(start % DAY, start % DAY + length));
            return;
        }
        int pos = start;
        int left = length;
        while (left > 0) {
            int offset = pos % DAY;
            int piece = Math.min(left, DAY - offset);
            perDay.get(pos / DAY).add(new ClockRange(offset, offset + piece));
            pos = (pos + piece) % WEEK;
            left -= piece;
        }
    }
}
