package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.CalendarReader;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;
import org.reachable.testing.NeededTool;

/**
 * Series that keep a zone of their own, read by the two independent parsers: a calendar app's export
 * of a London and a New York series with UNTIL, EXDATE and RECURRENCE-ID together, imported into an
 * Amsterdam home, lists over 2027 exactly what ical.js and Python's icalendar list; and Reachable's
 * own schedule.ics of it (plus a New York night window across both American clock changes) reads
 * the same in both, the DST nights and the weeks only one zone keeps summer time included.
 */
class ZonedSeriesCrossCheckTest {

    static final ZoneId HOME = ZoneId.of("Europe/Amsterdam");
    static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @BeforeAll
    static void findOracles() {
        ExportShapesTest.findOracles(); // the same two runners, found the same way
    }

    static Path fixture() {
        return IcalJs.projectDir().resolve("src/test/resources/ics/zones/foreign-series.ics");
    }

    static Schedule imported() throws Exception {
        CalendarReader.Read read = new IcsImport().read(Files.readAllBytes(fixture()), "foreign-series.ics", HOME,
                ImportAs.FOCUS, Set.of());
        assertEquals(List.of(), read.skipped());
        return new Schedule(HOME, read.entries().entries());
    }

    /** The import plus a window kept in New York time across midnight: Saturdays 22:00 to Sunday 06:00. */
    static Schedule withNight() throws Exception {
        List<ScheduleEntry> entries = new ArrayList<>(imported().entries());
        entries.add(new ReachableWindow("ny-night", "On call for New York", new Weekly(EnumSet.of(DayOfWeek.SATURDAY),
                TimeRange.of("22:00", "06:00"), LocalDate.of(2027, 1, 2), null, ZoneId.of("America/New_York")),
                Set.of("phone")));
        return new Schedule(HOME, entries);
    }

    static List<String> ours(Schedule schedule) {
        List<String> keys = new ArrayList<>();
        for (Occurrence o : new StatusResolver(schedule, IcalJsCrossCheckTest.CHANNELS, Optional.empty())
                .agenda(FROM, TO)) {
            keys.add(ExportShapesTest.key(o.entry().uid(), o.start(), o.end()));
        }
        return keys.stream().sorted().toList();
    }

    static List<String> keys(List<PythonIcal.Occurrence> occurrences) {
        return occurrences.stream().map(o -> ExportShapesTest.key(o.uid(), o.start(), o.end())).sorted().toList();
    }

    List<String> icalJs(Path file) throws Exception {
        NeededTool.require(ExportShapesTest.icalJs != null, ExportShapesTest.icalJsNote);
        return keys(ExportShapesTest.icalJs.occurrences(file, List.<Instant[]>of(new Instant[] {FROM, TO})).stream()
                .map(o -> new PythonIcal.Occurrence(o.uid(), o.start(), o.end(), false)).toList());
    }

    List<String> python(Path file) throws Exception {
        NeededTool.require(ExportShapesTest.python != null, ExportShapesTest.pythonNote);
        return keys(ExportShapesTest.python.occurrences(file, FROM, TO));
    }

    @Test
    void theImportKeepsEachSeriesInItsZoneWithItsEndSkippedAndMovedWeeks() throws Exception {
        Schedule schedule = imported();
        Weekly london = (Weekly) ((FocusBlock) schedule.entries().get(0)).when();
        assertEquals(ZoneId.of("Europe/London"), london.zone());
        assertEquals(LocalDate.of(2027, 12, 21), london.series().until());
        assertEquals(Set.of(LocalDate.of(2027, 3, 30)), london.series().skipped());
        List<String> ours = ours(schedule);
        assertEquals(50, ours.stream().filter(k -> k.startsWith("london")).count(), String.join("\n", ours));
        assertTrue(ours.contains("london-weekly@zones.test 2027-10-26T15:00Z/2027-10-26T16:00Z"), "moved: 16:00 BST");
        assertTrue(ours.contains("london-weekly@zones.test 2027-11-02T14:00Z/2027-11-02T15:00Z"), "14:00 GMT");
        assertTrue(ours.contains("ny-standup@zones.test 2027-03-16T16:00Z/2027-03-16T16:30Z"),
                "moved, written in Amsterdam time: 17:00 CET");
        assertTrue(ours.contains("ny-standup@zones.test 2027-03-23T14:00Z/2027-03-23T14:30Z"),
                "10:00 EDT in the week Amsterdam keeps winter time (15:00 there)");
        assertFalse(ours.stream().anyMatch(k -> k.contains("2027-03-18T")), "cancelled");
        assertFalse(ours.stream().anyMatch(k -> k.contains("2027-11-04T")), "skipped");
    }

    @Test
    void icalJsReadsTheCalendarAppsFileAsTheImportDoes() throws Exception {
        assertEquals(ours(imported()), icalJs(fixture()));
    }

    @Test
    void pythonReadsTheCalendarAppsFileAsTheImportDoes() throws Exception {
        assertEquals(ours(imported()), python(fixture()));
    }

    @Test
    void bothReadScheduleIcsAsTheAgendaListsItTheNightsOfTheClockChangesIncluded() throws Exception {
        Schedule schedule = withNight();
        Path file = dir.resolve("schedule.ics");
        Files.writeString(file, IcsCodec.write(schedule), StandardCharsets.UTF_8);
        List<String> ours = ours(schedule);
        assertTrue(ours.contains("ny-night 2027-03-14T03:00Z/2027-03-14T10:00Z"),
                "22:00 EST to 06:00 EDT: seven hours on the night the clocks go forward");
        assertTrue(ours.contains("ny-night 2027-11-07T02:00Z/2027-11-07T11:00Z"),
                "22:00 EDT to 06:00 EST: nine hours on the night they go back");
        assertEquals(ours, icalJs(file), "ical.js");
        assertEquals(ours, python(file), "Python");
        assertEquals(schedule, IcsCodec.read(Files.readString(file), "schedule.ics", HOME), "and it reads back equal");
    }
}
