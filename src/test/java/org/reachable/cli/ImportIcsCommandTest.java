package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.http.CalendarDownload;
import org.reachable.adapters.http.TestHttpsServer;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.testing.UserLocale;

/** {@code reachable import-ics} as a user runs it: what it prints, what it writes, its exit codes. */
class ImportIcsCommandTest {

    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    private static final String TEAM = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "X-WR-CALNAME:Team", "BEGIN:VEVENT", "UID:xmas@example.com", "SUMMARY:Christmas",
            "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261227", "END:VEVENT", "BEGIN:VEVENT",
            "UID:review@example.com", "SUMMARY:Design review", "DTSTART;TZID=Europe/Amsterdam:20261210T140000",
            "DTEND;TZID=Europe/Amsterdam:20261210T160000", "END:VEVENT", "END:VCALENDAR", "");

    @TempDir
    Path dir;
    private Path calendar;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("en");

    @BeforeEach
    void setUp() throws Exception {
        calendar = dir.resolve("team.ics");
        Files.writeString(calendar, TEAM);
        Files.createDirectories(dir.resolve("data"));
        assertEquals(0, run("init").code());
    }

    private CliHarness.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliHarness.run(MONDAY_10, dir.resolve("data"), all);
    }

    private byte[] scheduleBytes() throws Exception {
        return Files.readAllBytes(dir.resolve("data").resolve("schedule.ics"));
    }

    @Test
    void importsOnceAndSaysWhatItAdded() throws Exception {
        CliHarness.Result r = run("import-ics", calendar.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 to add, 0 to change, 0 to remove, 0 unchanged"), r.out());
        assertTrue(r.out().contains("+ day off  Thu 24 Dec 2026 – Sat 26 Dec 2026  Christmas"), r.out());
        assertTrue(r.out().contains("+ focus  Thu 10 Dec 2026 14:00–16:00  Design review"), r.out());
        String agenda = run("agenda", "--from", "2026-12-07", "--to", "2026-12-28").out();
        assertTrue(agenda.contains("Christmas") && agenda.contains("Design review"), agenda);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        byte[] before = scheduleBytes();
        CliHarness.Result r = run("import-ics", calendar.toString(), "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 to add"), r.out());
        assertTrue(r.out().contains("Dry run: nothing written."), r.out());
        assertArrayEquals(before, scheduleBytes());
    }

    @Test
    void importingTheSameCalendarAgainUpdatesInsteadOfDuplicating() throws Exception {
        assertEquals(0, run("import-ics", calendar.toString()).code());
        Files.writeString(calendar, TEAM.replace("T140000", "T150000").replace("T160000", "T170000"));
        CliHarness.Result r = run("import-ics", calendar.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0 to add, 1 to change, 0 to remove, 1 unchanged"), r.out());
        assertTrue(r.out().contains("~ focus  Thu 10 Dec 2026 15:00–17:00  Design review"), r.out());
        String agenda = run("agenda", "--from", "2026-12-07", "--to", "2026-12-28").out();
        assertEquals(1, agenda.lines().filter(l -> l.contains("Design review")).count(), agenda);
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(2, run("import-ics", calendar.toString(), "--as", "holidays").code(), "unknown --as is usage");
        assertEquals(2, run("import-ics").code(), "no file is usage");
        CliHarness.Result unknownChannel = run("import-ics", calendar.toString(), "--channels", "fax");
        assertEquals(1, unknownChannel.code());
        assertTrue(unknownChannel.err().contains("there is no channel 'fax'"), unknownChannel.err());
        CliHarness.Result missing = run("import-ics", dir.resolve("nope.ics").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), "one line: " + missing.err());
        Files.writeString(dir.resolve("page.ics"), "<html>not a calendar</html>");
        assertEquals(1, run("import-ics", dir.resolve("page.ics").toString()).code());
        assertEquals(1, run("import-ics", "http://example.com/cal.ics").code(), "plain http is refused");
    }

    @Test
    void aMissingFileIsSaidInDutchForADutchUser() {
        Locale.setDefault(Locale.forLanguageTag("nl"));
        CliHarness.Result r = run("import-ics", dir.resolve("nope.ics").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bestand bestaat niet"), r.err());
    }

    @Test
    void aSubscriptionUrlIsImportedAndItsFailuresExitOne() throws Exception {
        try (TestHttpsServer server = new TestHttpsServer(dir)) {
            server.serve("/team.ics", e -> {
                byte[] body = TEAM.getBytes(StandardCharsets.UTF_8);
                e.sendResponseHeaders(200, body.length);
                e.getResponseBody().write(body);
                e.close();
            });
            CalendarImporter importer = new CalendarImporter(
                    new CalendarDownload(server.clientTls(), Duration.ofSeconds(5), CalendarDownload.MAX_BYTES),
                    new IcsImport());
            String webcal = server.url("/team.ics").replace("https://", "webcal://");
            CliHarness.Result ok = runWith(importer, "import-ics", webcal, "--dry-run");
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().contains("2 to add"), ok.out());
            CliHarness.Result gone = runWith(importer, "import-ics", server.url("/gone.ics"));
            assertEquals(1, gone.code());
            assertTrue(gone.err().contains("(404)"), gone.err());
        }
    }

    private CliHarness.Result runWith(CalendarImporter importer, String... args) {
        return CliHarness.run(MONDAY_10, dir.resolve("data"), importer, args);
    }
}
