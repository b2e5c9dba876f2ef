package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.Workspace;

/**
 * DESIGN.md "Files": a file that fails to parse is named with its line and reason, in the reader's
 * language; the app runs on the backup and moves the broken file aside before it next saves.
 */
class BrokenFileWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    @Test
    void aBrokenScheduleIsNamedWithItsLineInDutchAndKeptAsideBeforeTheNextSave() throws Exception {
        Workspace workspace = new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString()));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, CLOCK.instant().atZone(AMSTERDAM).toLocalDate(), "nl"));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, CLOCK.instant().atZone(AMSTERDAM).toLocalDate(), "nl"));
        Path ics = dir.resolve("schedule.ics");
        String broken = Files.readString(ics).replaceFirst("DTSTART;TZID=Europe/Amsterdam:\\d{8}T\\d{6}",
                "DTSTART;TZID=Europe/Amsterdam:20261301T090000");
        Files.writeString(ics, broken);
        int line = broken.substring(0, broken.indexOf("20261301T090000")).split("\r\n|\n", -1).length;

        Workspace.Recovered recovered = workspace.loadOrRecover();
        Problem problem = recovered.problem().orElseThrow();
        assertEquals(ProblemKind.ICS_EVENT, problem.kind());
        assertEquals(line, problem.line());
        assertEquals("DTSTART", problem.field());
        String dutch = ProblemWords.in(Locale.forLanguageTag("nl-NL")).words(problem);
        assertTrue(dutch.startsWith(ics + " regel " + line + ": afspraak "), dutch);
        assertTrue(dutch.endsWith("DTSTART \"20261301T090000\" is geen geldige datum met tijd: er is geen maand 13"), dutch);
        String english = ProblemWords.english().words(problem);
        assertTrue(english.startsWith(ics + " line " + line + ": event "), english);
        assertTrue(english.endsWith("is not a valid date-time: there is no month 13"), english);
        assertTrue(!recovered.data().schedule().entries().isEmpty(), "running on the backup");

        workspace.schedules().save(recovered.data().schedule());
        try (var files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("schedule.ics.broken-")).toList();
            assertEquals(1, aside.size(), "the broken file is kept aside");
            assertEquals(broken, Files.readString(aside.get(0)), "as it was, for the user to repair");
        }
    }
}
