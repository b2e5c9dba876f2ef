package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;

/**
 * DESIGN.md, Time: an entry that arrives from elsewhere with a zone of its own keeps that zone and
 * its instants; a home-zone change moves the user's own entries (they keep their wall-clock times)
 * and leaves it alone. Here for one-off (dated) entries, the ones an import makes from meetings.
 */
class ZonePerEntryTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** A call at 14:00 London time, and one in Amsterdam time, as a calendar app exports them. */
    static final String CALLS = IcsFixtures.calendar(
            "BEGIN:VEVENT", "UID:london-call", "SUMMARY:Call with the London office",
            "DTSTART;TZID=Europe/London:20270115T140000", "DTEND;TZID=Europe/London:20270115T150000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:local-call", "SUMMARY:Call",
            "DTSTART;TZID=Europe/Amsterdam:20270115T100000", "DTEND;TZID=Europe/Amsterdam:20270115T110000",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:outlook-call", "SUMMARY:Overleg",
            "DTSTART;TZID=W. Europe Standard Time:20270115T120000",
            "DTEND;TZID=W. Europe Standard Time:20270115T130000", "END:VEVENT");

    static Schedule imported() throws Exception {
        return new IcsImport().read(CALLS.getBytes(StandardCharsets.UTF_8), "calls.ics", AMSTERDAM,
                ImportAs.FOCUS, Set.of()).entries();
    }

    static Dated when(Schedule schedule, String uid) {
        return (Dated) ((FocusBlock) schedule.entries().stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow()).when();
    }

    static Instant start(Schedule schedule, String uid) {
        return new StatusResolver(schedule, List.of(), Optional.empty())
                .agenda(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z")).stream()
                .filter(o -> o.entry().uid().equals(uid)).map(Occurrence::start).findFirst().orElseThrow();
    }

    @Test
    void aMeetingInLondonTimeKeepsItsZoneAndInstant() throws Exception {
        Schedule schedule = imported();
        assertEquals(new Dated(LocalDateTime.parse("2027-01-15T14:00"), LocalDateTime.parse("2027-01-15T15:00"),
                LONDON), when(schedule, "london-call"));
        assertEquals(Instant.parse("2027-01-15T14:00:00Z"), start(schedule, "london-call"));
        assertNull(when(schedule, "local-call").zone(), "the home zone's own times have no zone of their own");
        assertNull(when(schedule, "outlook-call").zone(),
                "Outlook's W. Europe Standard Time (Europe/Berlin) keeps Amsterdam's clocks: no zone of its own");
    }

    @Test
    void aHomeZoneChangeLeavesItAloneAndMovesTheUsersOwnEntries() throws Exception {
        ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM, imported().entries()));
        document.rezone(NEW_YORK);
        Schedule moved = document.current();
        assertEquals(Instant.parse("2027-01-15T14:00:00Z"), start(moved, "london-call"), "its instant stays");
        assertEquals(Instant.parse("2027-01-15T15:00:00Z"), start(moved, "local-call"),
                "10:00 stays 10:00, now New York time");
    }

    @Test
    void schedulIcsWritesItsZoneAndReadsItBack() throws Exception {
        Schedule schedule = imported();
        String written = IcsCodec.write(schedule);
        assertTrue(written.contains("DTSTART;TZID=Europe/London:20270115T140000"), written);
        assertTrue(written.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"), "its VTIMEZONE is in the file");
        Schedule back = IcsCodec.read(written, "schedule.ics", AMSTERDAM);
        assertEquals(when(schedule, "london-call"), when(back, "london-call"));
        assertEquals(schedule.entries().size(), back.entries().size());
        // and a calendar app's parser finds the zone it names
        new CalendarBuilder().build(new java.io.StringReader(written));
        Schedule inNewYork = IcsCodec.read(written, "schedule.ics", NEW_YORK);
        assertEquals(Instant.parse("2027-01-15T14:00:00Z"), start(inNewYork, "london-call"),
                "read in another home zone: still its own zone and instant");
    }

    @Test
    void shownAndEditedInTheHomeZone() throws Exception {
        Dated london = when(imported(), "london-call");
        assertEquals(new Dated(LocalDateTime.parse("2027-01-15T15:00"), LocalDateTime.parse("2027-01-15T16:00")),
                london.at(AMSTERDAM));
    }
}
