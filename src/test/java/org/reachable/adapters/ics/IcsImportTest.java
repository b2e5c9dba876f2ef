package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Translations;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.service.ImportPlan;

/** Importing another calendar: what it becomes, and that a second import updates the first. */
class IcsImportTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final List<Channel> CHANNELS = List.of(
            Channel.of("phone", ChannelType.PHONE, Translations.of("Telefoon", "Phone")),
            Channel.of("email", ChannelType.EMAIL, Translations.of("E-mail", "E-mail")));

    /** Files by name, served as a file or URL would be. */
    private final Map<String, String> files = new HashMap<>();
    private final CalendarSource source = fileOrUrl -> new CalendarSource.Fetched(
            files.get(fileOrUrl).getBytes(StandardCharsets.UTF_8), fileOrUrl, fileOrUrl, fileOrUrl.startsWith("https"));
    private final CalendarImporter importer = new CalendarImporter(source, new IcsImport());

    private static String calendar(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Team\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VCALENDAR\r\n";
    }

    private static final String CHRISTMAS = String.join("\r\n", "BEGIN:VEVENT", "UID:xmas@example.com",
            "SUMMARY:Christmas", "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227",
            "TRANSP:TRANSPARENT", "END:VEVENT");
    private static final String REVIEW = String.join("\r\n", "BEGIN:VEVENT", "UID:review@example.com",
            "SUMMARY:Design review", "DTSTART;TZID=Europe/Amsterdam:20261210T140000",
            "DTEND;TZID=Europe/Amsterdam:20261210T160000", "END:VEVENT");
    private static final String STANDUP = String.join("\r\n", "BEGIN:VEVENT", "UID:standup@example.com",
            "SUMMARY:Standup", "DTSTART;TZID=Europe/Amsterdam:20261207T090000",
            "DTEND;TZID=Europe/Amsterdam:20261207T091500", "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "END:VEVENT");
    private static final String FREE_LUNCH = String.join("\r\n", "BEGIN:VEVENT", "UID:lunch@example.com",
            "SUMMARY:Lunch (free)", "DTSTART;TZID=Europe/Amsterdam:20261211T120000",
            "DTEND;TZID=Europe/Amsterdam:20261211T130000", "TRANSP:TRANSPARENT", "END:VEVENT");
    private static final String LAST_YEAR = String.join("\r\n", "BEGIN:VEVENT", "UID:old@example.com",
            "SUMMARY:Old holiday", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251227", "END:VEVENT");

    private ImportPlan preview(Schedule current, String name, ImportAs as, Set<String> chosen) throws StoreException {
        return importer.preview(current, name, as, chosen, CHANNELS, NOW);
    }

    private static ScheduleEntry only(List<ScheduleEntry> entries, EntryKind kind) {
        List<ScheduleEntry> found = entries.stream().filter(e -> e.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " in " + entries);
        return found.get(0);
    }

    @Test
    void allDayEventsBecomeDaysOffAndTimedOnesFocusBlocksOnTheChosenChannels() throws StoreException {
        files.put("team.ics", calendar(CHRISTMAS, REVIEW, STANDUP, FREE_LUNCH, LAST_YEAR));
        ImportPlan plan = preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of("phone"));

        DayOff christmas = (DayOff) only(plan.added(), EntryKind.DAY_OFF);
        assertEquals(LocalDate.of(2026, 12, 24), christmas.first());
        assertEquals(LocalDate.of(2026, 12, 26), christmas.last());
        assertEquals("Christmas", christmas.summary());
        List<FocusBlock> focus = plan.added().stream().filter(e -> e instanceof FocusBlock).map(e -> (FocusBlock) e)
                .toList();
        assertEquals(2, focus.size());
        FocusBlock review = focus.stream().filter(f -> f.summary().equals("Design review")).findFirst().orElseThrow();
        assertEquals(new Dated(LocalDateTime.of(2026, 12, 10, 14, 0), LocalDateTime.of(2026, 12, 10, 16, 0)),
                review.when());
        assertEquals(Set.of("phone"), review.channels());
        FocusBlock standup = focus.stream().filter(f -> f.summary().equals("Standup")).findFirst().orElseThrow();
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), ((Weekly) standup.when()).days());

        assertEquals(1, plan.past(), "last year's holiday is left out");
        assertEquals(1, plan.skipped().size(), "the free lunch is left out");
        Problem why = (Problem) plan.skipped().get(0).args().get(1);
        assertEquals(ProblemKind.IMPORT_LEFT_OUT_FREE, why.kind());
        assertTrue(plan.added().stream().allMatch(ImportPlan::isImported));
    }

    @Test
    void noChannelsChosenMeansFocusOnEveryChannel() throws StoreException {
        files.put("team.ics", calendar(REVIEW));
        ImportPlan plan = preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertTrue(((FocusBlock) plan.added().get(0)).coversAllChannels());
    }

    @Test
    void reimportingUpdatesByUidAddsAndRemovesWithoutDuplicating() throws StoreException {
        files.put("team.ics", calendar(CHRISTMAS, REVIEW));
        Schedule mine = new Schedule(AMSTERDAM, List.of(DayOff.of("own-holiday", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 8), null)));
        ImportPlan first = preview(mine, "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        Schedule once = first.edit().applyTo(mine);
        assertEquals(3, once.entries().size());

        // the calendar moves the review, drops Christmas and adds a standup; exported again as another file
        files.put("team (1).ics", calendar(REVIEW.replace("T140000", "T150000").replace("T160000", "T170000"),
                STANDUP));
        ImportPlan second = preview(once, "team (1).ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertEquals(1, second.added().size());
        assertEquals("Standup", second.added().get(0).summary());
        assertEquals(1, second.changed().size());
        assertEquals("Design review", second.changed().get(0).after().summary());
        assertEquals(second.changed().get(0).before().uid(), second.changed().get(0).after().uid());
        assertEquals(1, second.removed().size());
        assertEquals("Christmas", second.removed().get(0).summary());

        Schedule twice = second.edit().applyTo(once);
        assertEquals(3, twice.entries().size(), "own holiday, the moved review, the standup");
        assertTrue(twice.entries().stream().anyMatch(e -> e.uid().equals("own-holiday")));

        ImportPlan third = preview(twice, "team (1).ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertTrue(third.isEmpty(), "the same calendar again changes nothing");
        assertEquals(2, third.unchanged());
    }

    @Test
    void anImportedEntryEditedByTheUserShowsAsAChangeOnReimport() throws StoreException {
        files.put("team.ics", calendar(REVIEW));
        Schedule once = preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of())
                .edit().applyTo(Schedule.empty(AMSTERDAM));
        FocusBlock imported = (FocusBlock) once.entries().get(0);
        FocusBlock edited = new FocusBlock(imported.uid(), "Review (phone off)", imported.when(), Set.of("phone"));
        Schedule afterEdit = new Schedule(AMSTERDAM, List.of(edited));

        ImportPlan again = preview(afterEdit, "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertEquals(1, again.changed().size());
        assertEquals(edited, again.changed().get(0).before());
    }

    @Test
    void anotherCalendarsEntriesAreNotRemoved() throws StoreException {
        files.put("team.ics", calendar(CHRISTMAS));
        files.put("https://example.com/other.ics", calendar(REVIEW).replace("X-WR-CALNAME:Team", "X-WR-CALNAME:Other"));
        Schedule once = preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of()).edit()
                .applyTo(Schedule.empty(AMSTERDAM));
        ImportPlan other = preview(once, "https://example.com/other.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertEquals(1, other.added().size());
        assertTrue(other.removed().isEmpty());
    }

    @Test
    void daysOffOnlyLeavesTimedEventsOutAndKeepsImportedFocusBlocks() throws StoreException {
        files.put("team.ics", calendar(CHRISTMAS, REVIEW));
        Schedule once = preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of()).edit()
                .applyTo(Schedule.empty(AMSTERDAM));
        ImportPlan daysOff = preview(once, "team.ics", ImportAs.DAYS_OFF, Set.of());
        assertTrue(daysOff.isEmpty(), "the focus block is not this import's kind, so it is not removed");
        assertEquals(1, daysOff.skipped().size());
    }

    @Test
    void vavailabilityAvailableBlocksBecomeWindowsOnEveryChannel() throws StoreException {
        ReachableWindow window = new ReachableWindow("w1", "Mornings", Weekly.of(Set.of(DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY), new TimeRange(LocalTime.of(9, 0), LocalTime.of(11, 0))), Set.of("phone"));
        ExtraWindow saturday = new ExtraWindow("x1", "Saturday", new Dated(LocalDateTime.of(2026, 12, 12, 10, 0),
                LocalDateTime.of(2026, 12, 12, 12, 0)), Set.of("phone"));
        files.put("avail.ics", IcsCodec.writeAvailability(new Schedule(AMSTERDAM, List.of(window, saturday))));

        ImportPlan plan = preview(Schedule.empty(AMSTERDAM), "avail.ics", ImportAs.WINDOWS, Set.of());
        ReachableWindow read = (ReachableWindow) only(plan.added(), EntryKind.WINDOW);
        assertEquals(window.when().days(), read.when().days());
        assertEquals(window.when().times(), read.when().times());
        assertEquals(Set.of("phone", "email"), read.channels());
        ExtraWindow extra = (ExtraWindow) only(plan.added(), EntryKind.EXTRA_WINDOW);
        assertEquals(saturday.when(), extra.when());
    }

    @Test
    void anUnknownChannelIsRefusedByName() {
        files.put("team.ics", calendar(REVIEW));
        StoreException e = assertThrows(StoreException.class,
                () -> preview(Schedule.empty(AMSTERDAM), "team.ics", ImportAs.FOCUS, Set.of("fax")));
        assertEquals(ProblemKind.IMPORT_UNKNOWN_CHANNEL, e.problem().kind());
        assertTrue(e.getMessage().contains("'fax'") && e.getMessage().contains("phone, email"), e.getMessage());
    }

    @Test
    void googlesExportImports() throws Exception {
        files.put("google.ics", IcsFixtures.resource("google-weekly.ics"));
        ImportPlan plan = preview(Schedule.empty(AMSTERDAM), "google.ics", ImportAs.DAYS_OFF_AND_FOCUS, Set.of());
        assertFalse(plan.added().isEmpty());
    }

    /**
     * Whether an entry from another zone has ended is asked in its own zone: a New York call on
     * 6 December 18:00-19:30 (Amsterdam 00:00-01:30 on the 7th) has not ended at 7 December 01:00
     * Amsterdam, and a London series that ended on 6 December has.
     */
    @Test
    void whatHasEndedIsAskedInTheEntrysOwnZone() throws StoreException {
        files.put("zones.ics", calendar(
                "BEGIN:VEVENT", "UID:ny-late@example.com", "SUMMARY:Late call",
                "DTSTART;TZID=America/New_York:20261206T180000", "DTEND;TZID=America/New_York:20261206T193000",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:london-ended@example.com", "SUMMARY:Ended series",
                "DTSTART;TZID=Europe/London:20261103T140000", "DTEND;TZID=Europe/London:20261103T150000",
                "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261201T140000Z", "END:VEVENT"));
        ImportPlan plan = importer.preview(Schedule.empty(AMSTERDAM), "zones.ics", ImportAs.FOCUS, Set.of(), CHANNELS,
                LocalDateTime.of(2026, 12, 7, 1, 0));
        assertEquals(1, plan.added().size(), plan.added().toString());
        assertTrue(plan.added().get(0).uid().endsWith("-ny-late@example.com"), plan.added().toString());
        assertEquals(1, plan.past());
    }
}
