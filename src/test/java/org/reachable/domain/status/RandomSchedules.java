package org.reachable.domain.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;

/**
 * Random schedules for property tests, drawn from a seeded {@link Random} so a failure can be
 * replayed. Times fall on quarter hours and dates around the DST changes of 2026, so the
 * interesting days come up often.
 */
public final class RandomSchedules {

    public static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("UTC"));
    private static final List<LocalDate> BASES = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 10, 4),
            LocalDate.of(2026, 7, 1));
    private static final String[] CHANNEL_IDS = {"phone", "email", "whatsapp", "urgent"};

    private final Random random;
    private boolean exceptions;
    public final LocalDate base;
    public final ZoneId zone;

    public RandomSchedules(long seed) {
        this.random = new Random(seed);
        this.zone = ZONES.get(random.nextInt(ZONES.size()));
        this.base = BASES.get(random.nextInt(BASES.size())).plusDays(random.nextInt(7) - 3);
    }

    /**
     * From now on about a third of the weekly entries carry exceptions as calendar apps write them:
     * every 2 or 3 weeks, an end date, skipped, added and moved occurrences near {@link #base}.
     * Off by default, so the draws (and the schedules) of the other property tests stay as they were.
     */
    public RandomSchedules withExceptions() {
        this.exceptions = true;
        return this;
    }

    public List<Channel> channels() {
        List<Channel> list = new ArrayList<>();
        list.add(Channel.of("phone", ChannelType.PHONE, "Phone"));
        list.add(Channel.of("email", ChannelType.EMAIL, "E-mail"));
        list.add(Channel.of("whatsapp", ChannelType.WHATSAPP, "WhatsApp"));
        if (random.nextBoolean()) {
            list.add(Channel.of("urgent", ChannelType.PHONE, "Urgent").withUrgentOnly("emergencies"));
        }
        return list;
    }

    public Schedule schedule() {
        List<ScheduleEntry> entries = new ArrayList<>();
        int windows = random.nextInt(7);
        for (int i = 0; i < windows; i++) {
            entries.add(new ReachableWindow("w" + i, "Window " + i, weekly(), someChannels(false)));
        }
        int focus = random.nextInt(4);
        for (int i = 0; i < focus; i++) {
            entries.add(new FocusBlock("f" + i, "Focus " + i, random.nextInt(3) == 0 ? dated() : weekly(),
                    someChannels(true)));
        }
        int extras = random.nextInt(3);
        for (int i = 0; i < extras; i++) {
            entries.add(new ExtraWindow("x" + i, "Extra " + i, dated(), someChannels(false)));
        }
        int daysOff = random.nextInt(3);
        for (int i = 0; i < daysOff; i++) {
            LocalDate first = base.plusDays(random.nextInt(30) - 10);
            entries.add(new DayOff("d" + i, "Off " + i, first, first.plusDays(random.nextInt(6)),
                    DayOffReason.values()[random.nextInt(4)], random.nextBoolean() ? "Anna" : "", null,
                    random.nextInt(4) == 0));
        }
        return new Schedule(zone, entries);
    }

    public ManualOverride overrideOrNull() {
        if (random.nextInt(3) != 0) {
            return null;
        }
        Instant setAt = instant();
        OverrideState state = random.nextBoolean() ? OverrideState.FOCUS : OverrideState.AVAILABLE;
        if (random.nextInt(4) == 0) {
            return new ManualOverride(state, ExpiryKind.UNTIL_CLEARED, setAt, null);
        }
        return new ManualOverride(state, ExpiryKind.DURATION, setAt, setAt.plusSeconds(60L * 15 * (1 + random.nextInt(16))));
    }

    /** An instant on a whole minute, within a few weeks of the base date. */
    public Instant instant() {
        return base.plusDays(random.nextInt(24) - 8).atStartOfDay(zone).toInstant()
                .plusSeconds(60L * random.nextInt(24 * 60));
    }

    private Weekly weekly() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            days.add(DayOfWeek.of(1 + random.nextInt(7)));
        }
        LocalDate since = random.nextInt(4) == 0 ? base.plusDays(random.nextInt(14) - 7) : null;
        Weekly weekly = new Weekly(days, timeRange(), since);
        return exceptions && random.nextInt(3) == 0 ? weekly.withSeries(series(weekly)) : weekly;
    }

    private Series series(Weekly weekly) {
        Series series = Series.EVERY_WEEK.withWeeks(1 + random.nextInt(3));
        if (random.nextBoolean()) {
            series = series.withUntil(base.plusDays(random.nextInt(40) - 5));
        }
        Weekly pattern = weekly.withSeries(series);
        for (int i = random.nextInt(3); i > 0; i--) {
            LocalDate date = dateIn(pattern);
            if (date != null) {
                series = series.skipping(date);
            }
        }
        if (random.nextInt(3) == 0) {
            series = new Series(series.weeks(), series.until(), series.skipped(),
                    Set.of(base.plusDays(random.nextInt(20) - 8)), series.moved());
        }
        LocalDate moved = random.nextInt(3) == 0 ? dateIn(pattern) : null;
        if (moved != null) {
            LocalDateTime start = moved.plusDays(random.nextInt(2)).atTime(quarter());
            series = series.moving(moved, new Dated(start, start.plusMinutes(15L * (1 + random.nextInt(16)))));
        }
        return series;
    }

    /** A date near {@link #base} on which the pattern has an occurrence, or null. */
    private LocalDate dateIn(Weekly pattern) {
        LocalDate from = base.plusDays(random.nextInt(28) - 14);
        for (int i = 0; i < 28; i++) {
            if (pattern.inPattern(from.plusDays(i))) {
                return from.plusDays(i);
            }
        }
        return null;
    }

    private TimeRange timeRange() {
        LocalTime start = quarter();
        LocalTime end = quarter();
        while (end.equals(start)) {
            end = quarter();
        }
        return new TimeRange(start, end);
    }

    private Dated dated() {
        LocalDateTime start = base.plusDays(random.nextInt(20) - 8).atTime(quarter());
        return new Dated(start, start.plusMinutes(15L * (1 + random.nextInt(40))));
    }

    private LocalTime quarter() {
        return LocalTime.of(0, 0).plusMinutes(15L * random.nextInt(96));
    }

    private Set<String> someChannels(boolean mayBeEmpty) {
        Set<String> set = new TreeSet<>();
        for (String id : CHANNEL_IDS) {
            if (random.nextInt(3) == 0) {
                set.add(id);
            }
        }
        if (set.isEmpty() && !mayBeEmpty) {
            set.add(CHANNEL_IDS[random.nextInt(CHANNEL_IDS.length)]);
        }
        return set;
    }
}
