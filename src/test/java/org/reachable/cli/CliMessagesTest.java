package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.service.ExampleWeek;

/** What the command line says when something is wrong or away, in English and in Dutch. */
class CliMessagesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);
    /** Monday 28 December 2026, 10:00 in Amsterdam: in the Christmas days off. */
    private static final Clock CHRISTMAS = Clock.fixed(Instant.parse("2026-12-28T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;
    private Locale previous;

    @BeforeEach
    void remember() {
        previous = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    private CliHarness.Result run(Locale locale, String... args) {
        Locale.setDefault(locale);
        return CliHarness.run(MONDAY_10, dir, args);
    }

    @Test
    void aDataFolderThatDoesNotExistIsAnErrorNamingItInEnglish() {
        Path missing = dir.resolve("typo");
        CliHarness.Result r = run(Locale.ENGLISH, "--data-dir", missing.toString(), "status");
        assertEquals(1, r.code(), r.out());
        assertEquals("", r.out(), "no status of an empty schedule");
        assertEquals("reachable: the data folder " + missing + " does not exist; check the path, or make it with: "
                + "reachable --data-dir " + missing + " init", r.err().strip());
        assertFalse(Files.exists(missing), "nothing is created");
    }

    @Test
    void aDataFolderThatDoesNotExistIsAnErrorNamingItInDutch() {
        Path missing = dir.resolve("typo");
        for (String[] args : List.of(new String[] {"snippet", "website"}, new String[] {"focus", "1h"},
                new String[] {"agenda", "--from", "2026-11-23", "--to", "2026-11-24"}, new String[] {})) {
            List<String> all = new ArrayList<>(List.of("--data-dir", missing.toString()));
            all.addAll(List.of(args));
            CliHarness.Result r = run(Locale.forLanguageTag("nl-NL"), all.toArray(String[]::new));
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.err().startsWith("reachable: de gegevensmap " + missing + " bestaat niet"), r.err());
        }
        assertFalse(Files.exists(missing));
    }

    @Test
    void aDurationOutOfRangeSaysWhatIsAllowed() {
        run(Locale.ENGLISH, "init", "--example");
        CliHarness.Result en = run(Locale.ENGLISH, "focus", "99999h");
        assertEquals(1, en.code());
        assertEquals("reachable: '99999h' is out of range; give a time from 1 minute to 7 days, like 30m, 2h or 3d",
                en.err().strip());
        CliHarness.Result nl = run(Locale.forLanguageTag("nl-NL"), "available", "8d");
        assertEquals(1, nl.code());
        assertTrue(nl.err().contains("'8d' valt buiten het bereik; geef een tijd van 1 minuut tot 7 dagen"), nl.err());
        assertFalse(Files.exists(dir.resolve("override.json")));
    }

    @Test
    void aNegativeDurationSaysWhatIsAllowedNotThatAParameterIsMissing() {
        run(Locale.ENGLISH, "init", "--example");
        CliHarness.Result en = run(Locale.ENGLISH, "focus", "-5m");
        assertEquals(1, en.code(), en.err());
        assertEquals("reachable: '-5m' is negative; give a time from 1 minute to 7 days, like 30m, 2h or 3d",
                en.err().strip());
        CliHarness.Result nl = run(Locale.forLanguageTag("nl-NL"), "focus", "-5m");
        assertEquals(1, nl.code(), nl.err());
        assertTrue(nl.err().contains("'-5m' is negatief; geef een tijd van 1 minuut tot 7 dagen"), nl.err());
        CliHarness.Result unknown = run(Locale.forLanguageTag("nl-NL"), "focus", "banaan");
        assertTrue(unknown.err().contains("'banaan' is geen tijdsduur"), unknown.err());
        assertFalse(Files.exists(dir.resolve("override.json")));
    }

    @Test
    void aDayOffEndingOnFridayNamesTheMondayInWords() throws Exception {
        List<ScheduleEntry> entries = new ArrayList<>(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23), "en")
                .entries());
        entries.add(new DayOff("xmas", "Christmas", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                DayOffReason.HOLIDAY, "", null, false));
        Locale.setDefault(Locale.ENGLISH);
        CliHarness.run(MONDAY_10, dir, "init");
        new AppEnvironment(CHRISTMAS).workspace(Optional.of(dir.toString())).schedules()
                .save(new Schedule(AMSTERDAM, entries));

        String en = CliHarness.run(CHRISTMAS, dir, "status").out();
        assertTrue(en.contains("Christmas: back on Monday 4 January"), en);
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        String nl = CliHarness.run(CHRISTMAS, dir, "status").out();
        assertTrue(nl.contains("Christmas: weer terug op maandag 4 januari"), nl);
        assertFalse(nl.contains("2027-01-02") || en.contains("2027-01-02"), "no ISO date, no Saturday");
    }

    @Test
    void aMistypedZoneForInitSuggestsTheZoneMeant() {
        CliHarness.Result en = run(Locale.ENGLISH, "init", "--zone", "Europe/Amsterdm");
        assertEquals(1, en.code());
        assertEquals("reachable: --zone 'Europe/Amsterdm' is not a time zone — did you mean Europe/Amsterdam?",
                en.err().strip());
        CliHarness.Result nl = run(Locale.forLanguageTag("nl-NL"), "init", "--zone", "europe/london");
        assertEquals("reachable: --zone 'europe/london' is geen tijdzone — bedoel je Europe/London?", nl.err().strip());
        CliHarness.Result far = run(Locale.forLanguageTag("nl-NL"), "init", "--zone", "my kitchen");
        assertEquals("reachable: --zone 'my kitchen' is geen tijdzone; gebruik een IANA-naam zoals Europe/Amsterdam",
                far.err().strip());
        assertFalse(Files.exists(dir.resolve("schedule.ics")), "nothing made");
    }
}
