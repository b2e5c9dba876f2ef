package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.RandomSchedules;
import org.reachable.domain.status.StatusResolver;
import org.reachable.testing.NeededTool;

/**
 * The property test of issue 14 against the second parser: random schedules with exceptions (every
 * other week, end dates, skipped, added and moved occurrences) in five zones, written by export-ics
 * and read by Python's icalendar + recurring_ical_events, list over their year exactly the
 * occurrences the agenda lists, by entry, start and end, also the nights a clock change touches
 * (export-ics spells those out, see ExactOccurrences: Python adds a length as exact time, and
 * ended them an hour off while the export wrote only DURATION). Python's zoneinfo reads a time in a DST gap with the offset
 * before it and a doubled time with the earlier one, which gives the same instants as java.time's
 * rule: unlike ical.js, no start differs on clock-change days.
 */
class PythonRandomSchedulesTest {

    static PythonIcal python;
    static String note;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPython() {
        PythonIcal.Found found = PythonIcal.find();
        python = found.runner();
        note = found.note();
    }

    @BeforeEach
    void needsPython() {
        NeededTool.require(python != null, note);
    }

    /** 20 seeds (about 0.4 s each, most of it starting Python); {@code -Dreachable.python.seeds=200} tries more. */
    static LongStream seeds() {
        return LongStream.range(0, Integer.getInteger("reachable.python.seeds", 20)).map(i -> 0x9F_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSchedulesWithExceptionsListTheSameOccurrences(long seed) throws Exception {
        RandomSchedules gen = new RandomSchedules(seed).withExceptions();
        Schedule schedule = IcalJsCrossCheckTest.startingLater(gen.schedule());
        Instant from = LocalDate.of(gen.base.getYear(), 1, 1).atStartOfDay(schedule.zone()).toInstant();
        Instant to = LocalDate.of(gen.base.getYear() + 1, 1, 1).atStartOfDay(schedule.zone()).toInstant();
        List<Occurrence> agenda = new StatusResolver(schedule, gen.channels(), Optional.empty()).agenda(from, to);
        Path file = dir.resolve("schedule-" + seed + ".ics");
        Files.writeString(file, IcsCodec.write(schedule), StandardCharsets.UTF_8);
        Map<String, Instant> theirs = new HashMap<>();
        for (PythonIcal.Occurrence o : python.occurrences(file, from, to)) {
            theirs.put(o.uid() + " " + o.start(), o.end());
        }
        List<String> unexplained = new ArrayList<>();
        for (Occurrence o : agenda) {
            Instant end = theirs.remove(o.entry().uid() + " " + o.start());
            if (!o.end().equals(end)) {
                unexplained.add(o.entry().uid() + " " + o.start() + "/" + o.end() + ", Python's end " + end);
            }
        }
        theirs.forEach((slot, end) -> unexplained.add(slot + "/" + end + " only in Python"));
        assertEquals(List.of(), unexplained, "seed " + seed + " in " + schedule.zone() + ", base " + gen.base
                + "\nschedule: " + schedule);
    }
}
