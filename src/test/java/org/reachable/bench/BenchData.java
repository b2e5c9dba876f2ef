package org.reachable.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/** The schedules, channels and instants the benchmarks share. Everything is seeded: same data every run. */
final class BenchData {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Start of the benchmarked year (and of the agenda). */
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

    static final Instant FROM = YEAR_START.atStartOfDay(ZONE).toInstant();

    /** Size of the instant tables; a power of two so cycling is a mask. */
    static final int INSTANTS = 4096;

    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final DayOfWeek MO = DayOfWeek.MONDAY;
    private static final DayOfWeek TU = DayOfWeek.TUESDAY;
    private static final DayOfWeek WE = DayOfWeek.WEDNESDAY;
    private static final DayOfWeek TH = DayOfWeek.THURSDAY;
    private static final DayOfWeek FR = DayOfWeek.FRIDAY;
    private static final DayOfWeek SA = DayOfWeek.SATURDAY;
    private static final DayOfWeek SU = DayOfWeek.SUNDAY;

    private BenchData() {
    }

    static List<Channel> channels() {
        return Settings.defaultChannels();
    }

    /** The default channels plus one ("signal") that no window opens: status() then looks a whole year ahead. */
    static List<Channel> channelsWithOneNeverReachable() {
        List<Channel> list = new ArrayList<>(Settings.defaultChannels());
        list.add(Channel.of("signal", ChannelType.CUSTOM, "Signal"));
        return list;
    }

    /**
     * A busy week: 12 weekly reachable windows (several a day, every default channel used), 4 weekly
     * focus blocks that cut into them, and 20 days off (single holidays and longer vacations) over
     * 2026 and early 2027.
     */
    static Schedule busyWeek() {
        List<ScheduleEntry> e = new ArrayList<>();
        e.add(window(1, WORKDAYS, "08:30", "09:00", "email"));
        e.add(window(2, WORKDAYS, "09:00", "11:00", "phone", "email"));
        e.add(window(3, EnumSet.of(MO, WE, FR), "11:30", "12:30", "whatsapp"));
        e.add(window(4, EnumSet.of(TU, TH), "11:00", "12:00", "phone", "whatsapp"));
        e.add(window(5, WORKDAYS, "13:00", "14:00", "email", "sms"));
        e.add(window(6, EnumSet.of(MO, TU), "14:30", "15:30", "phone"));
        e.add(window(7, EnumSet.of(WE), "14:00", "16:00", "phone", "email", "whatsapp", "sms"));
        e.add(window(8, EnumSet.of(TH, FR), "15:00", "16:00", "sms"));
        e.add(window(9, WORKDAYS, "16:00", "18:00", "phone", "email", "whatsapp"));
        e.add(window(10, EnumSet.of(MO, TH), "19:00", "20:00", "whatsapp"));
        e.add(window(11, EnumSet.of(SA), "10:00", "12:00", "email"));
        e.add(window(12, EnumSet.of(SU), "23:30", "00:30", "email", "whatsapp"));
        e.add(focus(1, EnumSet.of(TU, TH), "09:30", "10:30"));
        e.add(focus(2, WORKDAYS, "13:30", "14:00", "phone"));
        e.add(focus(3, EnumSet.of(WE), "10:00", "12:00"));
        e.add(focus(4, EnumSet.of(FR), "15:00", "17:00", "phone", "sms"));
        int[][] off = {
            {2026, 1, 1, 0}, {2026, 1, 2, 0}, {2026, 2, 16, 4}, {2026, 4, 3, 0}, {2026, 4, 6, 0},
            {2026, 4, 27, 0}, {2026, 5, 5, 0}, {2026, 5, 14, 1}, {2026, 5, 25, 0}, {2026, 6, 12, 0},
            {2026, 7, 20, 18}, {2026, 8, 28, 0}, {2026, 9, 21, 1}, {2026, 10, 19, 4}, {2026, 11, 11, 0},
            {2026, 12, 7, 0}, {2026, 12, 24, 8}, {2027, 2, 15, 4}, {2027, 3, 26, 0}, {2027, 3, 29, 0},
        };
        DayOffReason[] reasons = DayOffReason.values();
        for (int i = 0; i < off.length; i++) {
            LocalDate first = LocalDate.of(off[i][0], off[i][1], off[i][2]);
            e.add(DayOff.of("off-" + (i + 1), first, first.plusDays(off[i][3]), reasons[i % reasons.length]));
        }
        return new Schedule(ZONE, e);
    }

    /**
     * {@link #busyWeek()} as a calendar app leaves it after a busy year: every weekly entry has
     * about one occurrence in five skipped and one in twelve moved to other times (a day later, an
     * hour earlier) over 2026 and early 2027, every third runs every other week, and every fourth
     * ends in October 2027 (seeded, so every run measures the same schedule).
     */
    static Schedule busyYearOfExceptions() {
        Random random = new Random(20261207L);
        List<ScheduleEntry> entries = new ArrayList<>();
        int n = 0;
        for (ScheduleEntry entry : busyWeek().entries()) {
            if (!(entry instanceof ReachableWindow || entry instanceof FocusBlock f && f.when() instanceof Weekly)) {
                entries.add(entry);
                continue;
            }
            Weekly weekly = entry instanceof ReachableWindow w ? w.when() : (Weekly) ((FocusBlock) entry).when();
            Series series = Series.EVERY_WEEK.withWeeks(n % 3 == 2 ? 2 : 1);
            if (n % 4 == 3) {
                series = series.withUntil(LocalDate.of(2027, 10, 1));
            }
            Weekly pattern = weekly.withSeries(series);
            for (LocalDate d = YEAR_START; d.isBefore(YEAR_START.plusMonths(15)); d = d.plusDays(1)) {
                if (!pattern.inPattern(d)) {
                    continue;
                }
                int roll = random.nextInt(60);
                if (roll < 12) {
                    series = series.skipping(d);
                } else if (roll < 17) {
                    LocalDateTime start = d.plusDays(1).atTime(weekly.times().start()).minusHours(1);
                    series = series.moving(d, new Dated(start, start.plus(weekly.times().length())));
                }
            }
            Weekly busy = weekly.withSeries(series);
            entries.add(entry instanceof ReachableWindow w
                    ? new ReachableWindow(w.uid(), w.summary(), busy, w.channels())
                    : new FocusBlock(entry.uid(), entry.summary(), busy, entry.channels()));
            n++;
        }
        return new Schedule(ZONE, entries);
    }

    private static ReachableWindow window(int n, Set<DayOfWeek> days, String from, String to, String... channels) {
        return new ReachableWindow("window-" + n, "Window " + n, Weekly.of(days, TimeRange.of(from, to)),
                Set.of(channels));
    }

    private static FocusBlock focus(int n, Set<DayOfWeek> days, String from, String to, String... channels) {
        return new FocusBlock("focus-" + n, "Focus " + n, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    /** {@code count} instants spread uniformly over {@link #YEAR_START}'s year, seeded. */
    static Instant[] instantsOverAYear(long seed) {
        Random random = new Random(seed);
        long span = 365L * 24 * 3600;
        Instant[] result = new Instant[INSTANTS];
        for (int i = 0; i < result.length; i++) {
            result[i] = FROM.plusSeconds((long) (random.nextDouble() * span));
        }
        return result;
    }

    /**
     * {@code count} entries of all kinds, seeded: a quarter weekly windows, a quarter focus blocks
     * (half weekly, half once), a quarter days off, a quarter extra windows; summaries with commas,
     * semicolons and accents so escaping and folding are exercised, some long enough to fold.
     */
    static Schedule many(int count, long seed) {
        Random random = new Random(seed);
        List<ScheduleEntry> entries = new ArrayList<>(count);
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < count; i++) {
            String uid = "entry-" + i + "@reachable";
            Set<DayOfWeek> on = EnumSet.noneOf(DayOfWeek.class);
            on.add(days[random.nextInt(7)]);
            on.add(days[random.nextInt(7)]);
            int startMinute = random.nextInt(24 * 4) * 15;
            int length = (1 + random.nextInt(12)) * 15;
            TimeRange times = new TimeRange(LocalTime.ofSecondOfDay(startMinute * 60L),
                    LocalTime.ofSecondOfDay((startMinute + length) % (24 * 60) * 60L));
            LocalDate date = YEAR_START.plusDays(random.nextInt(700));
            LocalDateTime start = date.atTime(times.start());
            String summary = switch (random.nextInt(3)) {
                case 0 -> "Entry " + i;
                case 1 -> "Entry " + i + ", met komma; en é";
                default -> "Entry " + i + ": een lange omschrijving die over de vijfenzeventig octetten gaat, "
                        + "zodat de regel gevouwen wordt – één keer";
            };
            entries.add(switch (i % 4) {
                case 0 -> new ReachableWindow(uid, summary, new Weekly(on, times, date), Set.of("phone", "email"));
                case 1 -> random.nextBoolean()
                        ? new FocusBlock(uid, summary, new Weekly(on, times, date), Set.of())
                        : new FocusBlock(uid, summary, new Dated(start, start.plusMinutes(length)), Set.of("phone"));
                case 2 -> new DayOff(uid, summary, date, date.plusDays(random.nextInt(14)), DayOffReason.SICK,
                        random.nextBoolean() ? "Stand-in " + i : "", null, random.nextBoolean());
                default -> new ExtraWindow(uid, summary, new Dated(start, start.plusMinutes(length)), Set.of("sms"));
            });
        }
        return new Schedule(ZONE, entries);
    }

    /** For baselines: the wall-clock start of a weekly entry on a date as an instant, the way java.time does it. */
    static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant();
    }
}
