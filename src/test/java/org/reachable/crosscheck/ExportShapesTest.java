package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.CalendarReader;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;
import org.reachable.testing.NeededTool;

/**
 * Calendar files shaped like what Google Calendar, Outlook (Exchange, Windows zone names), Apple
 * Calendar and Thunderbird really export (src/test/resources/ics/exports, README.md there names
 * the public files each shape comes from), imported as the Import… dialog does, give over 2027
 * the occurrences written here by hand, and exactly the occurrences two independent parsers read:
 * ical.js (Node) and Python's icalendar + recurring_ical_events. With CI=true a missing Node or
 * Python fails these tests instead of skipping them.
 */
class ExportShapesTest {

    static final ZoneId HOME = ZoneId.of("Europe/Amsterdam");
    static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

    /**
     * What each file must give, by hand from the file: occurrences per event (the UID's last six
     * characters), and the ones that show an exception was understood.
     */
    static final Map<String, List<String>> MUST = Map.of(
            // Mon+Thu 9:00-11:30 until 30 June (26 Mondays + 25 Thursdays) minus two EXDATEs, 11 Feb moved to 14:00
            "google.ics", List.of("pfocus x49", "review x1", "kantie x1",
                    "pfocus 2027-02-11T13:00Z/2027-02-11T15:30Z", "kantie 2027-08-02..2027-08-16",
                    "review 2027-03-16T13:00Z/2027-03-16T15:00Z"),
            // every other Monday 14:00 (W. Europe Standard Time) 11 Jan - 29 Nov = 24, one EXDATE, one moved
            "outlook.ics", List.of("0C1F5A x23", "E80CB0 x1", "E80CB1 x1",
                    "0C1F5A 2027-05-18T07:30Z/2027-05-18T08:30Z", "E80CB0 2027-09-13..2027-09-15",
                    "E80CB1 2027-10-31T09:30Z/2027-10-31T10:30Z"),
            // COUNT=10 with one EXDATE and one moved; UNTIL across the end of summer time
            "apple.ics", List.of("5756B5 x9", "D8E9F0 x1", "6789AB x3",
                    "5756B5 2027-04-14T13:00Z/2027-04-14T15:00Z", "D8E9F0 2027-05-27..2027-05-28",
                    "6789AB 2027-10-24T10:00Z/2027-10-24T12:00Z", "6789AB 2027-10-31T11:00Z/2027-10-31T13:00Z"),
            // DAILY until Friday with one moved; every other week COUNT=8, an EXDATE in UTC and an RDATE
            "thunderbird.ics", List.of("0ebabd x5", "UD7K x8",
                    "0ebabd 2027-03-23T10:00Z/2027-03-23T11:00Z", "UD7K 2027-05-02T22:30Z/2027-05-02T23:00Z"));

    static IcalJs icalJs;
    static String icalJsNote;
    static PythonIcal python;
    static String pythonNote;

    @BeforeAll
    static void findOracles() {
        IcalJs.Found js = IcalJs.find();
        icalJs = js.runner();
        icalJsNote = js.note();
        PythonIcal.Found py = PythonIcal.find();
        python = py.runner();
        pythonNote = py.note();
        System.out.println("export shapes: " + icalJsNote + "; " + pythonNote);
    }

    static Path fixture(String name) {
        return IcalJs.projectDir().resolve("src/test/resources/ics/exports").resolve(name);
    }

    /** What the import makes of the file, as the agenda over 2027 lists it, one key per occurrence. */
    static List<String> ours(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(fixture(name));
        CalendarReader.Read read = new IcsImport().read(bytes, name, HOME, ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertEquals(List.of(), read.skipped(), name + ": every event is one the schedule can hold");
        Schedule schedule = new Schedule(HOME, read.entries().entries());
        List<String> keys = new ArrayList<>();
        for (Occurrence o : new StatusResolver(schedule, IcalJsCrossCheckTest.CHANNELS, Optional.empty())
                .agenda(FROM, TO)) {
            keys.add(o.entry() instanceof DayOff d
                    ? key(o.entry().uid(), d.first(), d.last().plusDays(1))
                    : key(o.entry().uid(), o.start(), o.end()));
        }
        return keys.stream().sorted().toList();
    }

    static String key(String uid, Instant start, Instant end) {
        return uid + " " + start.toString().replace(":00Z", "Z") + "/" + end.toString().replace(":00Z", "Z");
    }

    static String key(String uid, LocalDate first, LocalDate endExclusive) {
        return uid + " " + first + ".." + endExclusive;
    }

    /** Where a parser puts a date's midnight: the calendar's X-WR-TIMEZONE, else UTC (both scripts say so). */
    static ZoneId dateZone(String name) throws Exception {
        Matcher m = Pattern.compile("(?m)^X-WR-TIMEZONE:(.+)\\r?$").matcher(Files.readString(fixture(name)));
        return m.find() ? ZoneId.of(m.group(1).strip()) : ZoneOffset.UTC;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"})
    void givesTheOccurrencesWrittenByHand(String name) throws Exception {
        List<String> ours = ours(name);
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : MUST.get(name)) {
            if (line.matches("\\S+ x\\d+")) {
                String suffix = line.substring(0, line.indexOf(' '));
                long n = ours.stream().filter(k -> k.substring(0, k.indexOf(" ")).contains(suffix)).count();
                assertEquals(Integer.parseInt(line.substring(line.indexOf('x') + 1)), (int) n,
                        name + " " + suffix + " occurrences:\n" + String.join("\n", ours));
                counts.merge("all", (int) n, Integer::sum);
            } else {
                String suffix = line.substring(0, line.indexOf(' '));
                String rest = line.substring(line.indexOf(' '));
                assertTrue(ours.stream().anyMatch(k -> k.substring(0, k.indexOf(" ")).contains(suffix)
                        && k.endsWith(rest)), name + " lacks " + line + ":\n" + String.join("\n", ours));
            }
        }
        assertEquals(counts.get("all"), ours.size(), name + ": nothing beyond the events counted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"})
    void icalJsReadsTheSameOccurrences(String name) throws Exception {
        NeededTool.require(icalJs != null, icalJsNote);
        List<PythonIcal.Occurrence> theirs = icalJs.occurrences(fixture(name), List.<Instant[]>of(new Instant[] {FROM, TO}))
                .stream().map(o -> new PythonIcal.Occurrence(o.uid(), o.start(), o.end(), !o.recurrenceId().contains("T")))
                .toList();
        assertEquals(ours(name), keys(name, theirs), name + " as ical.js reads it");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"google.ics", "outlook.ics", "apple.ics", "thunderbird.ics"})
    void pythonReadsTheSameOccurrences(String name) throws Exception {
        NeededTool.require(python != null, pythonNote);
        assertEquals(ours(name), keys(name, python.occurrences(fixture(name), FROM, TO)),
                name + " as Python's icalendar reads it");
    }

    /** An oracle's occurrences as {@link #ours} writes them: a date by its days, a time by its instants. */
    static List<String> keys(String name, List<PythonIcal.Occurrence> occurrences) throws Exception {
        ZoneId dates = dateZone(name);
        return occurrences.stream().map(o -> o.allDay()
                ? key(o.uid(), LocalDate.ofInstant(o.start(), dates), LocalDate.ofInstant(o.end(), dates))
                : key(o.uid(), o.start(), o.end())).sorted().toList();
    }
}
