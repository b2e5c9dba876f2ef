package org.reachable.domain.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Recurrence;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.testing.Rfc5545;

/**
 * For random schedules and instants: the status equals what the schedule's entries imply, and
 * the next change is the first instant after which the status differs. The oracle below decides
 * which entries are on at an instant by itself, with a plain loop over the days around it and the
 * RFC 5545 reading of a wall-clock time worked out from the zone's rules (a time in a DST gap moves
 * forward by the gap, a time in an overlap takes the earlier offset), so that a mistake in the
 * resolver's occurrence expansion (a DST day, a window past midnight) cannot agree with itself;
 * then it applies the precedence rules, written independently of the resolver.
 */
class StatusPropertiesTest {

    /** 300 seeds; {@code -Dreachable.status.seeds=N} runs fewer (mutation testing) or more. */
    static LongStream seeds() {
        return LongStream.range(0, Integer.getInteger("reachable.status.seeds", 300)).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void statusEqualsWhatTheAgendaImplies(long seed) {
        RandomSchedules gen = new RandomSchedules(seed);
        List<Channel> channels = gen.channels();
        Schedule schedule = gen.schedule();
        ManualOverride override = gen.overrideOrNull();
        StatusResolver resolver = new StatusResolver(schedule, channels, Optional.ofNullable(override));
        for (int i = 0; i < 20; i++) {
            Instant t = gen.instant();
            Snapshot expected = oracle(schedule, channels, override, t);
            assertEquals(expected, resolver.snapshotAt(t), "seed " + seed + " at " + t + " in " + gen.zone);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nextChangeIsTheFirstMinuteWhereTheStatusDiffers(long seed) {
        RandomSchedules gen = new RandomSchedules(seed);
        List<Channel> channels = gen.channels();
        StatusResolver resolver = new StatusResolver(gen.schedule(), channels,
                Optional.ofNullable(gen.overrideOrNull()));
        for (int i = 0; i < 5; i++) {
            Instant t = gen.instant();
            Snapshot now = resolver.snapshotAt(t);
            Optional<Instant> next = resolver.nextChange(t);
            Instant checkUntil = next.orElse(t.plus(Duration.ofDays(10)));
            if (checkUntil.isAfter(t.plus(Duration.ofDays(10)))) {
                checkUntil = t.plus(Duration.ofDays(10));
            }
            for (Instant m = t.plusSeconds(60); m.isBefore(checkUntil); m = m.plusSeconds(60)) {
                assertEquals(now, resolver.snapshotAt(m), "seed " + seed + ": changed at " + m
                        + " before the reported next change " + next + " (from " + t + ")");
            }
            next.ifPresent(c -> assertNotEquals(now, resolver.snapshotAt(c), "seed " + seed + " at " + c));
            Status full = resolver.status(t);
            assertEquals(next.orElse(null), full.until(), "seed " + seed);
            for (int c = 0; c < channels.size(); c++) {
                ChannelStatus channel = full.channels().get(c);
                String id = channel.channel().id();
                assertEquals(resolver.nextReachable(id, t).orElse(null), channel.nextReachable(),
                        "seed " + seed + ": next reachable of " + id + " from " + t);
                Instant channelUntil = channel.until() == null ? t.plus(Duration.ofDays(3))
                        : min(channel.until(), t.plus(Duration.ofDays(3)));
                for (Instant m = t.plusSeconds(60); m.isBefore(channelUntil); m = m.plusSeconds(60)) {
                    assertTrue(now.sameChannel(resolver.snapshotAt(m), c), "seed " + seed + ": " + id
                            + " changed at " + m + " before its reported until " + channel.until());
                }
                if (channel.until() != null) {
                    assertFalse(now.sameChannel(resolver.snapshotAt(channel.until()), c), "seed " + seed);
                }
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Whether {@code entry} is on at {@code t}: [start, end) of one of its occurrences holds t. */
    static boolean onAt(ScheduleEntry entry, ZoneId zone, Instant t) {
        if (entry instanceof DayOff off) { // whole local days, first to last
            LocalDate day = LocalDate.ofInstant(t, zone);
            return !day.isBefore(off.first()) && !day.isAfter(off.last());
        }
        Recurrence when = entry instanceof ReachableWindow w ? w.when()
                : entry instanceof ExtraWindow x ? x.when() : ((FocusBlock) entry).when();
        if (when instanceof Dated dated) {
            return between(Rfc5545.wallClock(dated.start(), zone), t, Rfc5545.wallClock(dated.end(), zone));
        }
        Weekly weekly = (Weekly) when;
        // an occurrence starts on its own local day and lasts less than two days: look two days back
        LocalDate today = LocalDate.ofInstant(t, zone);
        for (LocalDate day = today.minusDays(2); !day.isAfter(today); day = day.plusDays(1)) {
            if (!weekly.days().contains(day.getDayOfWeek()) || day.isBefore(weekly.since())) {
                continue;
            }
            LocalTime from = weekly.times().start();
            LocalTime to = weekly.times().end();
            LocalDate endDay = to.isBefore(from) ? day.plusDays(1) : day;
            if (between(Rfc5545.wallClock(day.atTime(from), zone), t, Rfc5545.wallClock(endDay.atTime(to), zone))) {
                return true;
            }
        }
        return false;
    }

    private static boolean between(Instant start, Instant t, Instant end) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** Precedence applied to the entries that are on at t, one channel at a time. */
    private static Snapshot oracle(Schedule schedule, List<Channel> channels, ManualOverride override,
            Instant t) {
        List<ScheduleEntry> active = schedule.entries().stream().filter(e -> onAt(e, schedule.zone(), t)).toList();
        List<DayOff> daysOff = active.stream().filter(e -> e instanceof DayOff).map(e -> (DayOff) e).toList();
        DayOff dayOff = daysOff.isEmpty() ? null : daysOff.get(0);
        // DESIGN.md: the urgent line stays on through a day off "unless the user switched it off for
        // a day off": any day off that is on now and says so
        boolean urgentLineOff = daysOff.stream().anyMatch(DayOff::urgentLineOff);
        boolean overrideOn = override != null && override.activeAt(t);
        boolean anyFocus = active.stream().anyMatch(e -> e.kind() == org.reachable.domain.model.EntryKind.FOCUS);
        Reason[] reasons = new Reason[channels.size()];
        long reachable = 0;
        boolean ordinaryExtra = false;
        boolean ordinaryWindow = false;
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            String id = c.id();
            Reason reason;
            if (c.urgentOnly()) {
                reason = urgentLineOff ? Reason.DAY_OFF : Reason.URGENT_LINE;
            } else if (overrideOn) {
                reason = Reason.OVERRIDE;
            } else if (dayOff != null) {
                reason = Reason.DAY_OFF;
            } else if (active.stream().anyMatch(e -> e.kind() == org.reachable.domain.model.EntryKind.FOCUS
                    && (e.channels().isEmpty() || e.channels().contains(id)))) {
                reason = Reason.FOCUS;
            } else if (active.stream().anyMatch(e -> e.kind() == org.reachable.domain.model.EntryKind.EXTRA_WINDOW
                    && e.channels().contains(id))) {
                reason = Reason.EXTRA_WINDOW;
            } else if (active.stream().anyMatch(e -> e.kind() == org.reachable.domain.model.EntryKind.WINDOW
                    && e.channels().contains(id))) {
                reason = Reason.WINDOW;
            } else {
                reason = Reason.OUTSIDE_HOURS;
            }
            boolean on = reason == Reason.URGENT_LINE || reason == Reason.WINDOW || reason == Reason.EXTRA_WINDOW
                    || (reason == Reason.OVERRIDE && override.state() == OverrideState.AVAILABLE);
            reasons[i] = reason;
            if (on) {
                reachable |= 1L << i;
                if (!c.urgentOnly()) {
                    ordinaryExtra |= reason == Reason.EXTRA_WINDOW;
                    ordinaryWindow |= reason == Reason.WINDOW;
                }
            }
        }
        State state;
        Reason reason;
        if (overrideOn) {
            state = override.state() == OverrideState.FOCUS ? State.FOCUS : State.AVAILABLE;
            reason = Reason.OVERRIDE;
        } else if (ordinaryExtra || ordinaryWindow) {
            state = State.AVAILABLE;
            reason = ordinaryWindow ? Reason.WINDOW : Reason.EXTRA_WINDOW;
        } else if (dayOff != null) {
            state = State.OFF;
            reason = Reason.DAY_OFF;
        } else if (anyFocus) {
            state = State.FOCUS;
            reason = Reason.FOCUS;
        } else {
            state = State.OFF;
            reason = Reason.OUTSIDE_HOURS;
        }
        return new Snapshot(state, reason, reachable, reasons);
    }
}
