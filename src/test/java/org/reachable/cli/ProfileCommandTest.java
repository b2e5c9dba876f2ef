package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.testing.UserLocale;

/** {@code reachable profile}: shown, changed option by option, and a wrong option changes nothing. */
class ProfileCommandTest {

    /** Monday 23 November 2026, 10:00 in Amsterdam: inside the example week's phone window. */
    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("nl");


    private CliHarness.Result run(String... args) {
        return CliHarness.run(MONDAY_10, dir, args);
    }

    @Test
    void withoutOptionsItShowsTheProfileAndSaysTheNameIsMissing() {
        run("init", "--example");
        CliHarness.Result r = run("profile");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Naam:             (niet ingevuld)"), r.out());
        assertTrue(r.out().contains("Nederlandse tekst: je (informeel)"), r.out());
        assertTrue(r.out().contains("reachable profile --name"), r.out());
    }

    @Test
    void aNameAndTheFormalRegisterReachEveryDutchText() {
        run("init", "--example");
        CliHarness.Result r = run("profile", "--name", "Anne de Vries", "--business", "Vertaalbureau Noord",
                "--register", "u");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Naam:             Anne de Vries"), r.out());
        assertTrue(r.out().contains("u (formeel)"), r.out());
        CliHarness.Result voicemail = run("snippet", "voicemail", "--lang", "nl");
        assertTrue(voicemail.out().startsWith("Goedendag, u spreekt met Anne de Vries van Vertaalbureau Noord.\n"),
                voicemail.out());
        assertTrue(voicemail.out().contains("Wilt u na de piep uw naam en nummer inspreken? Binnen mijn telefoontijden"
                + " bel ik u binnen een uur terug"), voicemail.out());
        CliHarness.Result reply = run("snippet", "autoreply", "--lang", "nl", "--at", "2026-11-27T19:00");
        assertTrue(reply.out().startsWith("Bedankt voor uw bericht."), reply.out());
        CliHarness.Result website = run("snippet", "website", "--lang", "nl", "--format", "text");
        assertTrue(website.out().startsWith("Zo bereikt u Anne de Vries\n"), website.out());
    }

    @Test
    void americanEnglishWritesTheTwelveHourClock() {
        run("init", "--example");
        assertEquals(0, run("profile", "--english", "american").code());
        CliHarness.Result website = run("snippet", "website", "--lang", "en", "--format", "text");
        assertTrue(website.out().contains("9 am"), website.out());
        assertEquals(0, run("profile", "--english", "british").code());
        assertTrue(run("snippet", "website", "--lang", "en", "--format", "text").out().contains("9:00"));
    }

    @Test
    void aWrongOptionIsRefusedInTheUsersLanguageAndNothingIsWritten() throws Exception {
        run("init", "--example");
        String before = Files.readString(dir.resolve("settings.json"));
        CliHarness.Result r = run("profile", "--name", "Anne", "--register", "jij");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--register 'jij' bestaat niet; kies je (informeel) of u (formeel)"), r.err());
        assertEquals(before, Files.readString(dir.resolve("settings.json")), "the name is not saved either");
        CliHarness.Result zone = run("profile", "--client-zone", "Europe/Londen");
        assertEquals(1, zone.code());
        assertTrue(zone.err().contains("'Europe/Londen' is geen tijdzone"), zone.err());
        CliHarness.Result languages = run("profile", "--languages", "nl,de");
        assertEquals(1, languages.code());
        assertTrue(languages.err().contains("'de' is geen teksttaal"), languages.err());
        assertEquals(before, Files.readString(dir.resolve("settings.json")));
    }

    @Test
    void aClientZoneIsSetAndRemoved() {
        run("init", "--example");
        assertTrue(run("profile", "--client-zone", "Europe/London").out().contains("Tijdzone klanten: Europe/London"));
        CliHarness.Result none = run("profile", "--client-zone", "none");
        assertFalse(none.out().contains("Europe/London"), none.out());
    }

    @Test
    void aNewHomeZoneKeepsTheWindowsOnTheClock() throws Exception {
        run("init", "--example"); // Amsterdam: phone and e-mail 9:00-11:00, WhatsApp 9:00-17:00
        assertTrue(run("status", "--at", "2026-11-23T08:30:00Z", "--json").out().contains("\"state\":\"AVAILABLE\""),
                "9:30 in Amsterdam");

        CliHarness.Result r = run("profile", "--zone", "Europe/London");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Tijdzone:         Europe/London"), r.out());
        assertTrue(r.out().contains("9:00–11:00 blijft 9:00–11:00, voortaan in Europe/London in plaats van "
                + "Europe/Amsterdam"), r.out());
        assertTrue(Files.readString(dir.resolve("schedule.ics")).contains("TZID=Europe/London"),
                "the file's copy of the zone follows, for calendar apps");

        assertTrue(run("status", "--at", "2026-11-23T08:30:00Z", "--json").out().contains("\"state\":\"OFF\""),
                "8:30 in London: before the windows");
        assertTrue(run("status", "--at", "2026-11-23T09:30:00Z", "--json").out().contains("\"state\":\"AVAILABLE\""),
                "9:30 in London");
    }

    @Test
    void anUnknownHomeZoneChangesNothing() throws Exception {
        run("init", "--example");
        String before = Files.readString(dir.resolve("settings.json"));
        CliHarness.Result r = run("profile", "--zone", "Mars/Olympus_Mons", "--name", "Anne");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--zone 'Mars/Olympus_Mons' is geen tijdzone"), r.err());
        assertEquals(before, Files.readString(dir.resolve("settings.json")));
    }

    /** Monday 23 March 2026, 8:00 in Amsterdam: Europe's clocks go forward on Sunday the 29th, New York's went on the 8th. */
    private static final Clock DST_WEEK = Clock.fixed(Instant.parse("2026-03-23T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    /** Every occurrence from Monday to the Monday after the clock change, as wall-clock times in the home zone. */
    private List<String> wallClockWeek() {
        CliHarness.Result agenda = CliHarness.run(DST_WEEK, dir, "agenda", "--from", "2026-03-23", "--to", "2026-03-31",
                "--json");
        assertEquals(0, agenda.code(), agenda.err());
        List<String> seen = new ArrayList<>();
        Matcher m = Pattern.compile("\"summary\":\"([^\"]*)\".*?\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\"")
                .matcher(agenda.out());
        while (m.find()) {
            seen.add(m.group(1) + " " + OffsetDateTime.parse(m.group(2)).toLocalDateTime() + " - "
                    + OffsetDateTime.parse(m.group(3)).toLocalDateTime());
        }
        return seen;
    }

    @Test
    void aNewHomeZoneKeepsWallClockTimesAmsterdamLondonNewYorkInTheWeekTheClocksChange() {
        assertEquals(0, CliHarness.run(DST_WEEK, dir, "init", "--example").code());
        List<String> amsterdam = wallClockWeek();
        assertTrue(amsterdam.stream().anyMatch(line -> line.endsWith(" 2026-03-30T09:00 - 2026-03-30T11:00")),
                "9:00-11:00 after the clocks went forward: " + amsterdam);
        assertEquals(6 * 3 + 1, amsterdam.size(), "three windows a weekday and Wednesday's focus: " + amsterdam);
        for (String zone : List.of("Europe/London", "America/New_York")) {
            CliHarness.Result r = CliHarness.run(DST_WEEK, dir, "profile", "--zone", zone);
            assertEquals(0, r.code(), r.err());
            assertEquals(amsterdam, wallClockWeek(), "the same wall-clock week in " + zone);
            assertTrue(CliHarness.run(DST_WEEK, dir, "agenda", "--from", "2026-03-30", "--to", "2026-03-31", "--json")
                    .out().contains("\"start\":\"2026-03-30T09:00:00" + (zone.equals("Europe/London") ? "+01:00" : "-04:00")),
                    "9:00 on the Monday after, at " + zone + "'s own summer-time offset");
        }
    }
}
