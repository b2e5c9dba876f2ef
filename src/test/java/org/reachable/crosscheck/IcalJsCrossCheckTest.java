package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.RandomSchedules;
import org.reachable.testing.NeededTool;

/**
 * export-ics read by an independent parser: ical.js (the iCalendar library Thunderbird uses, from
 * npm, run by {@code src/test/js/occurrences.mjs}). Its occurrences over 2026 (and over the first
 * weeks of each entry) must equal the agenda, DST days included, except for the disagreements
 * listed here. Each is of a known {@link CrossCheck.Kind}, which says who is right: mostly ical.js
 * reading a wall-clock time in a DST gap or overlap against RFC 5545 §3.3.5, but also the export's
 * own fault ({@link CrossCheck.Kind#WHOLLY_IN_GAP}).
 * When the export changes so that a listed disagreement goes away, remove it from the list.
 *
 * <p>Skipped (an assumption, with the reason) when Node.js or {@code src/test/js/node_modules} is
 * missing; {@code .ci/run} installs both, and with {@code CI=true} a missing one fails the test.
 */
class IcalJsCrossCheckTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final List<Channel> CHANNELS = List.of(Channel.of("phone", ChannelType.PHONE, "Phone"),
            Channel.of("email", ChannelType.EMAIL, "E-mail"), Channel.of("whatsapp", ChannelType.WHATSAPP, "WhatsApp"));
    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    /** Where {@link #startingLater} moves weekly entries that start in 2000: an ordinary Monday. */
    static final LocalDate LATER_START = LocalDate.of(2025, 12, 1);

    static IcalJs icalJs;
    static String icalJsNote;

    @TempDir
    Path dir;

    @BeforeAll
    static void findNodeAndIcalJs() {
        IcalJs.Found found = IcalJs.find();
        icalJs = found.runner();
        icalJsNote = found.note();
        System.out.println(icalJs != null ? "ical.js cross-check: " + icalJsNote : icalJsNote);
    }

    /** Per test rather than in {@code @BeforeAll}, so that Surefire counts and reports the skipped tests. */
    @BeforeEach
    void needsNodeAndIcalJs() {
        NeededTool.require(icalJs != null, icalJsNote);
    }

    // ------------------------------------------------------------- the example week: no difference

    @ParameterizedTest(name = "{0}, today {1}")
    @CsvSource({
        "Europe/Amsterdam, 2026-03-29", "Europe/Amsterdam, 2026-10-25", "Europe/Amsterdam, 2026-06-17",
        "America/New_York, 2026-03-08", "America/New_York, 2026-11-01",
        "Australia/Lord_Howe, 2026-04-05", "Australia/Lord_Howe, 2026-10-04"})
    void theExampleWeekReadsTheSame(String zone, String today) throws Exception {
        Schedule schedule = ExampleWeek.create(ZoneId.of(zone), LocalDate.parse(today));
        assertEquals(List.of(), mismatches(schedule));
    }

    // ---------------------------------------------- windows on DST-sensitive times: the known list

    /**
     * Windows and blocks at the times a DST change moves, entries dated on the change days, days off
     * across them. The weekly entries have no {@code since}, so they start in 2000, an ordinary day.
     */
    static Schedule dstSensitive(ZoneId zone) {
        ChangeDays c = ChangeDays.of(zone, 2026);
        List<ScheduleEntry> e = new ArrayList<>();
        e.add(window("night", "22:00", "02:00", null, "phone"));
        e.add(window("early", "01:30", "03:30", null, "email"));
        e.add(window("gap-start", "02:30", "04:00", null, "phone"));
        e.add(window("in-gap", "02:00", "02:30", null, "whatsapp"));
        e.add(new FocusBlock("sunday-focus", null,
                Weekly.of(EnumSet.of(DayOfWeek.SUNDAY), TimeRange.of("01:00", "03:00")), Set.of()));
        // dated on the change days: starting in the gap, ending in it, filling it; the same for the overlap
        e.add(new ExtraWindow("x-gap", null, new Dated(c.gapMiddle(), c.gapMiddle().plusMinutes(150)),
                Set.of("phone")));
        e.add(new FocusBlock("f-gap", null, new Dated(c.gapDay().atTime(0, 30), c.gapMiddle()), Set.of("email")));
        e.add(new ExtraWindow("x-wholly", null, new Dated(c.gap().getDateTimeBefore(), c.gap().getDateTimeAfter()),
                Set.of("phone")));
        e.add(new ExtraWindow("x-overlap", null, new Dated(c.overlapMiddle(), c.overlapMiddle().plusHours(1)),
                Set.of("phone")));
        e.add(new FocusBlock("f-overlap", null, new Dated(c.overlapDay().atStartOfDay(), c.overlapMiddle()),
                Set.of()));
        e.add(new DayOff("off-gap", null, c.gapDay().minusDays(1), c.gapDay().plusDays(1), DayOffReason.VACATION,
                "", null, false));
        e.add(new DayOff("off-overlap", null, c.overlapDay(), c.overlapDay().plusDays(2), DayOffReason.SICK, "",
                null, false));
        return new Schedule(zone, e);
    }

    /**
     * Every disagreement in 2026 for {@link #dstSensitive}: "uid wall-clock-slot [kinds]: reachable
     * start/end, ical.js start/end" (UTC). In all of them Reachable follows RFC 5545 §3.3.5 on the
     * times that lie in the gap or overlap, ical.js does not (see {@link CrossCheck.Kind}); for
     * WHOLLY_IN_GAP, Reachable drops a slot the file still holds. Only dated entries are left here (and
     * a weekly slot wholly in a gap): export-ics spells out each occurrence of a weekly entry that a
     * clock change touches as UTC instants (ExactOccurrences), so ical.js reads the weekly "night",
     * "early", "gap-start" and "sunday-focus" right on the change days too. Days off, the example week
     * and every other occurrence of the year agree.
     */
    static final Map<String, List<String>> KNOWN = Map.of(
            "Europe/Amsterdam", List.of(
                    // 2026-03-29, 02:00 CET -> 03:00 CEST
                    "f-gap 2026-03-29T00:30 [END_IN_GAP]: reachable 03-28T23:30Z/03-29T01:30Z, ical.js 03-28T23:30Z/03-29T00:30Z",
                    "x-wholly 2026-03-29T02:00 [WHOLLY_IN_GAP]: reachable none, ical.js 03-29T00:00Z/03-29T01:00Z",
                    "x-gap 2026-03-29T02:30 [START_IN_GAP]: reachable 03-29T01:30Z/03-29T03:00Z, ical.js 03-29T00:30Z/03-29T03:00Z",
                    // 2026-10-25, 03:00 CEST -> 02:00 CET
                    "f-overlap 2026-10-25T00:00 [END_IN_OVERLAP]: reachable 10-24T22:00Z/10-25T00:30Z, ical.js 10-24T22:00Z/10-25T01:30Z",
                    "x-overlap 2026-10-25T02:30 [START_IN_OVERLAP]: reachable 10-25T00:30Z/10-25T02:30Z, ical.js 10-25T01:30Z/10-25T02:30Z"),
            "America/New_York", List.of(
                    // 2026-03-08, 02:00 EST -> 03:00 EDT
                    "f-gap 2026-03-08T00:30 [END_IN_GAP]: reachable 03-08T05:30Z/03-08T07:30Z, ical.js 03-08T05:30Z/03-08T06:30Z",
                    "x-wholly 2026-03-08T02:00 [WHOLLY_IN_GAP]: reachable none, ical.js 03-08T06:00Z/03-08T07:00Z",
                    "x-gap 2026-03-08T02:30 [START_IN_GAP]: reachable 03-08T07:30Z/03-08T09:00Z, ical.js 03-08T06:30Z/03-08T09:00Z",
                    // 2026-11-01, 02:00 EDT -> 01:00 EST
                    "f-overlap 2026-11-01T00:00 [END_IN_OVERLAP]: reachable 11-01T04:00Z/11-01T05:30Z, ical.js 11-01T04:00Z/11-01T06:30Z",
                    "x-overlap 2026-11-01T01:30 [START_IN_OVERLAP]: reachable 11-01T05:30Z/11-01T07:30Z, ical.js 11-01T06:30Z/11-01T07:30Z"),
            "Australia/Lord_Howe", List.of(
                    // 2026-04-05, 02:00 +11:00 -> 01:30 +10:30
                    "f-overlap 2026-04-05T00:00 [END_IN_OVERLAP]: reachable 04-04T13:00Z/04-04T14:45Z, ical.js 04-04T13:00Z/04-04T15:15Z",
                    "x-overlap 2026-04-05T01:45 [START_IN_OVERLAP]: reachable 04-04T14:45Z/04-04T16:15Z, ical.js 04-04T15:15Z/04-04T16:15Z",
                    // 2026-10-04, 02:00 +10:30 -> 02:30 +11:00
                    "f-gap 2026-10-04T00:30 [END_IN_GAP]: reachable 10-03T14:00Z/10-03T15:45Z, ical.js 10-03T14:00Z/10-03T15:15Z",
                    "in-gap 2026-10-04T02:00 [WHOLLY_IN_GAP]: reachable none, ical.js 10-03T15:00Z/10-03T15:30Z",
                    "x-wholly 2026-10-04T02:00 [WHOLLY_IN_GAP]: reachable none, ical.js 10-03T15:00Z/10-03T15:30Z",
                    "x-gap 2026-10-04T02:15 [START_IN_GAP]: reachable 10-03T15:45Z/10-03T17:45Z, ical.js 10-03T15:15Z/10-03T17:45Z"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe"})
    void dstSensitiveTimesDifferOnlyWhereKnown(String zone) throws Exception {
        List<String> found = mismatches(startingLater(dstSensitive(ZoneId.of(zone)))).stream()
                .map(Object::toString).toList();
        assertEquals(KNOWN.get(zone), found, "disagreements in " + zone + ", one a line:\n" + String.join("\n", found));
    }

    /** {@link #startingLater} changes nothing that ical.js or the agenda says, only how long ical.js takes. */
    @Test
    void weeklyEntriesStartingIn2000ReadTheSameAsStartingLater() throws Exception {
        Set<String> some = Set.of("night", "gap-start", "sunday-focus", "x-gap", "f-overlap"); // fewer: faster
        Schedule schedule = new Schedule(AMSTERDAM, dstSensitive(AMSTERDAM).entries().stream()
                .filter(e -> some.contains(e.uid())).toList());
        List<CrossCheck.Mismatch> later = mismatches(startingLater(schedule));
        assertEquals(2, later.size(), later.toString()); // x-gap and f-overlap: dated, so not spelled out
        assertEquals(later.toString(), mismatches(schedule).toString());
    }

    // ------------------------------------------ weekly entries whose first instance is a change day

    /**
     * Weekly entries whose {@code since} is a change day (or the evening before), so the file's first
     * instance (DTSTART, and DTSTART plus DURATION) straddles or touches the change. With DTEND, the
     * export gave every occurrence of the year that first instance's odd length (RFC 5545 repeats
     * DTEND - DTSTART exactly), and ical.js, misreading a DTEND in the gap or overlap, a wrong one;
     * the export now writes DURATION, the usual length, instead.
     */
    static Schedule startingOnChangeDays(ZoneId zone) {
        ChangeDays c = ChangeDays.of(zone, 2026);
        return new Schedule(zone, List.of(
                window("night-from-gap-eve", "22:00", "02:00", c.gapDay().minusDays(1), "phone"),
                window("early-from-gap-day", "01:30", "03:30", c.gapDay(), "phone"),
                window("early-from-overlap-day", "01:30", "03:30", c.overlapDay(), "phone"),
                window("night-from-overlap-eve", "22:00", "02:30", c.overlapDay().minusDays(1), "phone")));
    }

    /**
     * Every disagreement in 2026 (and the entries' first two weeks) for {@link #startingOnChangeDays}:
     * none. Until the export wrote DURATION, hundreds of occurrences a year differed in length here;
     * until it spelled out the occurrences a clock change touches (ExactOccurrences), the change
     * days' own slots still did (a night ending in the gap or the overlap, 01:30 read in the overlap).
     */
    static final Map<String, List<String>> KNOWN_FROM_CHANGE_DAYS = Map.of(
            "Europe/Amsterdam", List.of(), "America/New_York", List.of(), "Australia/Lord_Howe", List.of());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York", "Australia/Lord_Howe"})
    void weeklyEntriesStartingOnAChangeDayDifferOnlyOnChangeDays(String zone) throws Exception {
        List<String> found = mismatches(startingOnChangeDays(ZoneId.of(zone))).stream()
                .map(Object::toString).toList();
        assertEquals(KNOWN_FROM_CHANGE_DAYS.get(zone), found,
                "disagreements in " + zone + ", the first 30:\n" + String.join("\n", found.stream().limit(30).toList()));
    }

    // ------------------------------------------------------- random schedules: only known kinds

    /** 30 seeds (about 0.3 s each); {@code -Dreachable.icaljs.seeds=300} tries more. */
    static LongStream seeds() {
        return LongStream.range(0, Integer.getInteger("reachable.icaljs.seeds", 30)).map(i -> 0x1CA1_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSchedulesDifferOnlyInKnownWays(long seed) throws Exception {
        RandomSchedules gen = new RandomSchedules(seed);
        List<Channel> channels = gen.channels();
        Schedule schedule = startingLater(gen.schedule());
        List<CrossCheck.Mismatch> found = new CrossCheck(icalJs, dir).run(schedule, channels);
        List<CrossCheck.Mismatch> unexplained = found.stream().filter(m -> !m.explained()).toList();
        assertEquals(List.of(), unexplained, "seed " + seed + " in " + gen.zone + ", base " + gen.base
                + "; all disagreements: " + found);
    }

    /**
     * Exceptions as calendar apps write them (every other week, an end, skipped, added and moved
     * occurrences) expand in ical.js exactly as in the agenda, across both 2026 clock changes.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Amsterdam", "America/New_York"})
    void seriesWithExceptionsReadTheSame(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        org.reachable.domain.model.Series series = new org.reachable.domain.model.Series(2, LocalDate.of(2026, 11, 30),
                Set.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 10, 27)),
                Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 11, 6)),
                java.util.Map.of(LocalDate.of(2026, 6, 9), new org.reachable.domain.model.Dated(
                        java.time.LocalDateTime.of(2026, 6, 10, 14, 0), java.time.LocalDateTime.of(2026, 6, 10, 16, 0))));
        Schedule schedule = new Schedule(zone, List.of(
                new ReachableWindow("fortnight", null, new Weekly(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                        TimeRange.of("09:00", "11:00"), LocalDate.of(2026, 1, 6), series), Set.of("phone")),
                new FocusBlock("until", "Schrijven", new Weekly(EnumSet.of(DayOfWeek.MONDAY),
                        TimeRange.of("13:00", "15:00"), LocalDate.of(2026, 1, 5),
                        org.reachable.domain.model.Series.EVERY_WEEK.withUntil(LocalDate.of(2026, 5, 25))
                                .skipping(LocalDate.of(2026, 4, 6))), Set.of())));
        assertEquals(List.of(), mismatches(schedule));
    }

    /** As {@link #randomSchedulesDifferOnlyInKnownWays}, a third of the weekly entries with exceptions. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSchedulesWithExceptionsDifferOnlyInKnownWays(long seed) throws Exception {
        RandomSchedules gen = new RandomSchedules(seed).withExceptions();
        List<Channel> channels = gen.channels();
        Schedule schedule = startingLater(gen.schedule());
        List<CrossCheck.Mismatch> found = new CrossCheck(icalJs, dir).run(schedule, channels);
        List<CrossCheck.Mismatch> unexplained = found.stream().filter(m -> !m.explained()).toList();
        assertEquals(List.of(), unexplained, "seed " + seed + " in " + gen.zone + ", base " + gen.base
                + "; all disagreements: " + found + "; schedule: " + schedule);
    }

    // ------------------------------------------------------------------------------- helpers

    private List<CrossCheck.Mismatch> mismatches(Schedule schedule) throws Exception {
        return new CrossCheck(icalJs, dir).run(schedule, CHANNELS);
    }

    /**
     * The schedule with each weekly entry that starts in 2000 (no {@code since} given) starting on
     * {@link #LATER_START} instead: the same occurrences from then on, but ical.js need not step
     * through 26 years of them first (about 25 µs each, a second or more per schedule). Those
     * entries' first instances are ordinary days either way
     * ({@link #weeklyEntriesStartingIn2000ReadTheSameAsStartingLater}).
     */
    static Schedule startingLater(Schedule schedule) {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (ScheduleEntry e : schedule.entries()) {
            Weekly w = CrossCheck.weeklyOf(e);
            if (w != null && w.since().isBefore(Weekly.EPOCH.plusWeeks(1))) {
                Weekly later = new Weekly(w.days(), w.times(), LATER_START, w.series());
                e = e instanceof ReachableWindow r ? new ReachableWindow(r.uid(), r.summary(), later, r.channels())
                        : new FocusBlock(e.uid(), e.summary(), later, e.channels());
            }
            entries.add(e);
        }
        return new Schedule(schedule.zone(), entries);
    }

    static ReachableWindow window(String uid, String from, String to, LocalDate since, String channel) {
        return new ReachableWindow(uid, null, new Weekly(EVERY_DAY, TimeRange.of(from, to), since), Set.of(channel));
    }

    /** A zone's DST changes in a year: the one with a gap (spring) and the one with an overlap (autumn). */
    record ChangeDays(ZoneOffsetTransition gap, ZoneOffsetTransition overlap) {

        static ChangeDays of(ZoneId zone, int year) {
            ZoneOffsetTransition gap = null;
            ZoneOffsetTransition overlap = null;
            ZoneOffsetTransition t = zone.getRules()
                    .nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
            while (t != null && t.getDateTimeBefore().getYear() == year) {
                if (t.isGap() && gap == null) {
                    gap = t;
                } else if (t.isOverlap() && overlap == null) {
                    overlap = t;
                }
                t = zone.getRules().nextTransition(t.getInstant());
            }
            return new ChangeDays(gap, overlap);
        }

        LocalDate gapDay() {
            return gap.getDateTimeBefore().toLocalDate();
        }

        /** Halfway through the gap: 02:30 in Amsterdam and New York, 02:15 on Lord Howe. */
        LocalDateTime gapMiddle() {
            return gap.getDateTimeBefore().plus(gap.getDuration().dividedBy(2));
        }

        LocalDate overlapDay() {
            return overlap.getDateTimeAfter().toLocalDate();
        }

        /** Halfway through the time that happens twice: 02:30 Amsterdam, 01:30 New York, 01:45 Lord Howe. */
        LocalDateTime overlapMiddle() {
            return overlap.getDateTimeAfter().plus(overlap.getDuration().negated().dividedBy(2));
        }
    }
}
