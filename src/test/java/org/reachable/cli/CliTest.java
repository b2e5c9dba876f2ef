package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.testing.UserLocale;

/** The command-line contract of DESIGN.md, end to end over a temp data folder and a fixed clock. */
class CliTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("en");
    private final ObjectMapper json = new ObjectMapper();



    private CliHarness.Result run(String... args) {
        return CliHarness.run(MONDAY_10, dir, args);
    }

    @Test
    void statusOnAnEmptyDataFolderSaysOffAndWritesNothing() throws Exception {
        CliHarness.Result r = run("status");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Not reachable (outside hours)"), r.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "status must not create files");
        }
    }

    @Test
    void initExampleGivesTheStarterWeekAndStatusFollowsIt() throws Exception {
        assertEquals(0, run("init", "--example").code());
        JsonNode status = json.readTree(run("status", "--json").out());
        assertEquals("AVAILABLE", status.get("state").asText());
        assertEquals("window", status.get("reason").asText());
        assertEquals("2026-11-23T10:00:00+01:00", status.get("at").asText());
        assertEquals("2026-11-23T11:00:00+01:00", status.get("until").asText());
        JsonNode phone = status.get("channels").get(0);
        assertEquals("phone", phone.get("id").asText());
        assertTrue(phone.get("reachable").asBoolean());
        assertEquals("2026-11-23T11:00:00+01:00", phone.get("until").asText());
        JsonNode sms = status.get("channels").get(3);
        assertFalse(sms.get("reachable").asBoolean());
        assertTrue(sms.get("nextReachable").isNull(), "sms has no window in the example week");
    }

    @Test
    void statusAtWednesdayAfternoonIsFocusUntilFive() throws Exception {
        run("init", "--example");
        JsonNode status = json.readTree(run("status", "--at", "2026-11-25T14:00", "--json").out());
        assertEquals("FOCUS", status.get("state").asText());
        assertEquals("focus", status.get("reason").asText());
        assertEquals("2026-11-25T17:00:00+01:00", status.get("until").asText());
    }

    @Test
    void agendaListsEveryOccurrenceOfTheWeekAsJsonLinesSortedByStart() throws Exception {
        run("init", "--example");
        CliHarness.Result r = run("agenda", "--from", "2026-11-23", "--to", "2026-11-30", "--json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(16, lines.size(), "3 windows on 5 days and the Wednesday focus block");
        String previousStart = "";
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            for (String field : new String[] {"uid", "kind", "summary", "channels", "start", "end"}) {
                assertTrue(o.has(field), field + " in " + line);
            }
            assertTrue(o.get("start").asText().compareTo(previousStart) >= 0, "sorted by start");
            previousStart = o.get("start").asText();
        }
        // Wednesday: the 9:00 window and WhatsApp, then the focus block at 13:00
        assertEquals("focus", json.readTree(lines.get(8)).get("kind").asText(), r.out());
        assertEquals("2026-11-25T13:00:00+01:00", json.readTree(lines.get(8)).get("start").asText());
    }

    @Test
    void initCreatesADataFolderThatDoesNotExistYet() throws Exception {
        Path fresh = dir.resolve("new/nested");
        CliHarness.Result r = run("--data-dir", fresh.toString(), "init", "--example");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(fresh.resolve("schedule.ics")));
        assertTrue(Files.exists(fresh.resolve("settings.json")));
    }

    @Test
    void initRefusesToOverwriteAnExistingSchedule() throws Exception {
        run("init", "--example");
        byte[] before = Files.readAllBytes(dir.resolve("schedule.ics"));
        CliHarness.Result again = run("init");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("schedule.ics")));
    }

    @Test
    void focusForTwoHoursThenBackToSchedule() throws Exception {
        run("init", "--example");
        CliHarness.Result focus = run("focus", "2h");
        assertEquals(0, focus.code(), focus.err());
        assertEquals("Focus until 12:00.", focus.out().trim());
        JsonNode status = json.readTree(run("status", "--json").out());
        assertEquals("FOCUS", status.get("state").asText());
        assertEquals("override", status.get("reason").asText());
        assertEquals("2026-11-23T12:00:00+01:00", status.get("until").asText());
        assertEquals(0, run("focus", "off").code());
        assertEquals("AVAILABLE", json.readTree(run("status", "--json").out()).get("state").asText());
    }

    @Test
    void focusUntilNextWindowEndsWhenTheAfternoonWindowOpens() throws Exception {
        run("init", "--example");
        CliHarness.Result r = run("focus", "until-next");
        assertEquals(0, r.code(), r.err());
        // phone and e-mail close at 11:00 and open again at 16:00
        assertEquals("Focus until 16:00.", r.out().trim());
    }

    @Test
    void availableUntilNextChangeEndsAtTheNextScheduledChange() throws Exception {
        run("init", "--example");
        CliHarness.Result r = run("available", "until-next");
        assertEquals(0, r.code(), r.err());
        assertEquals("Available until 11:00.", r.out().trim());
    }

    @Test
    void aWrongDurationIsAUserErrorOnOneLine() {
        CliHarness.Result r = run("focus", "banana");
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'banana' is not a duration"), r.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("status", "--bogus").code());
        assertEquals(2, run("agenda").code(), "--from and --to are required");
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void aBrokenScheduleStopsTheCliAndTouchesNothing() throws Exception {
        run("init", "--example");
        Path ics = dir.resolve("schedule.ics");
        String broken = Files.readString(ics).replaceFirst("DTSTART;TZID=Europe/Amsterdam:\\d{8}T\\d{6}",
                "DTSTART;TZID=Europe/Amsterdam:20261301T090000");
        Files.writeString(ics, broken);
        CliHarness.Result r = run("focus", "1h");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("reachable: " + ics + " line "), r.err());
        assertEquals(broken, Files.readString(ics));
        assertFalse(Files.exists(dir.resolve("override.json")), "nothing written after a parse error");
    }

    @Test
    void exportWritesAnIcsFileWithTheSameUidsAsTheAgenda() throws Exception {
        run("init", "--example");
        Path out = dir.resolve("export.ics");
        CliHarness.Result r = run("export-ics", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String ics = Files.readString(out);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR"));
        for (String line : run("agenda", "--from", "2026-11-23", "--to", "2026-11-30", "--json").lines()) {
            assertTrue(ics.contains("UID:" + json.readTree(line).get("uid").asText()), line);
        }
    }

    @Test
    void exportToAMissingFolderIsAUserError() {
        CliHarness.Result r = run("export-ics", "--out", dir.resolve("nope/x.ics").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void helpSpeaksTheUsersLanguage() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        CliHarness.Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Gebruik: reachable"), r.out());
        assertTrue(r.out().contains("focus       Nu focussen: alle kanalen uit tot het tijdstip dat je opgeeft."), r.out());
        Locale.setDefault(Locale.ENGLISH);
        CliHarness.Result focus = run("focus", "--help");
        assertEquals(0, focus.code(), "help needs no WHEN");
        assertTrue(focus.out().contains("until-next (the next window)"), focus.out());
    }

    @Test
    void dutchUsersGetDutchWords() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        run("init", "--example");
        CliHarness.Result r = run("status");
        assertTrue(r.out().startsWith("Bereikbaar (bereikbaarheidsvenster) tot 11:00"), r.out());
    }
}
