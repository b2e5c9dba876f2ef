package org.reachable.adapters.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {

    /** 18:19 in Amsterdam: the stamp must be UTC whatever the zone of the clock. */
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-26T17:19:00Z"), ZoneId.of("Europe/Amsterdam"));

    /** Not valid UTF-8 and with a CR: any re-encoding on the way aside would show. */
    private static final byte[] BROKEN = {'B', 'E', 'G', 'I', 'N', ':', (byte) 0xC3, '\r', '\n', 0, (byte) 0xFF};

    @TempDir
    Path dir;

    @Test
    void readingAMissingFileGivesNothingRatherThanAnError() throws IOException {
        DataFile file = new DataFile(dir.resolve("schedule.ics"), CLOCK);

        assertFalse(file.exists());
        assertEquals(Optional.empty(), file.read());
        assertEquals(Optional.empty(), file.readBackup());
    }

    @Test
    void writeThenReadGivesTheSameBytesAndTheBackupThePreviousOnes() throws IOException {
        DataFile file = new DataFile(dir.resolve("settings.json"), CLOCK);
        file.write(utf8("one"));

        file.write(utf8("two"));

        assertTrue(file.exists());
        assertEquals("two", new String(file.read().orElseThrow(), UTF_8));
        assertEquals("one", new String(file.readBackup().orElseThrow(), UTF_8));
    }

    @Test
    void aBrokenFileIsMovedAsideWithItsBytesIntactBeforeTheNextSave() throws IOException {
        Path path = dir.resolve("schedule.ics");
        Files.write(path, BROKEN);
        DataFile file = new DataFile(path, CLOCK);
        file.markBroken();

        file.write(utf8("BEGIN:VCALENDAR"));

        Path aside = dir.resolve("schedule.ics.broken-20261126T171900Z");
        assertEquals(Optional.of(aside), file.movedAside());
        assertArrayEquals(BROKEN, Files.readAllBytes(aside), "the user's broken text survives byte for byte");
        assertEquals("BEGIN:VCALENDAR", Files.readString(path));
    }

    @Test
    void theBackupKeepsTheLastGoodVersionWhenABrokenFileIsReplaced() throws IOException {
        Path path = dir.resolve("settings.json");
        DataFile file = new DataFile(path, CLOCK);
        file.write(utf8("good 1"));
        file.write(utf8("good 2"));
        Files.write(path, BROKEN); // the user edits it by hand and breaks it
        file.markBroken();

        file.write(utf8("good 3"));

        assertEquals("good 3", Files.readString(path));
        assertEquals("good 1", Files.readString(file.backupPath()), "the .bak is not replaced by broken text");
    }

    @Test
    void aFileNotMarkedBrokenIsReplacedWithoutMovingAnythingAside() throws IOException {
        Path path = dir.resolve("override.json");
        Files.writeString(path, "old");
        DataFile file = new DataFile(path, CLOCK);

        file.write(utf8("new"));

        assertEquals(Optional.empty(), file.movedAside());
        assertEquals(List.of("override.json", "override.json.bak"), AtomicFileTest.namesIn(dir));
    }

    @Test
    void onlyTheFirstSaveAfterABreakageMovesTheFileAside() throws IOException {
        Path path = dir.resolve("schedule.ics");
        Files.write(path, BROKEN);
        DataFile file = new DataFile(path, CLOCK);
        file.markBroken();

        file.write(utf8("fixed"));
        file.write(utf8("fixed again"));

        assertFalse(file.isBroken());
        assertEquals("fixed", Files.readString(file.backupPath()));
        assertEquals(
                List.of("schedule.ics", "schedule.ics.bak", "schedule.ics.broken-20261126T171900Z"),
                AtomicFileTest.namesIn(dir));
    }

    @Test
    void twoBreakagesInTheSameSecondKeepBothBrokenTexts() throws IOException {
        Path path = dir.resolve("schedule.ics");
        DataFile file = new DataFile(path, CLOCK);
        Files.writeString(path, "first broken");
        file.markBroken();
        file.write(utf8("ok"));
        Files.writeString(path, "second broken");
        file.markBroken();

        file.write(utf8("ok again"));

        assertEquals("first broken", Files.readString(dir.resolve("schedule.ics.broken-20261126T171900Z")));
        Path second = dir.resolve("schedule.ics.broken-20261126T171900Z-2");
        assertEquals(Optional.of(second), file.movedAside());
        assertEquals("second broken", Files.readString(second));
    }

    @Test
    void aBrokenFileThatIsGoneBySaveTimeIsSimplyWritten() throws IOException {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "broken");
        DataFile file = new DataFile(path, CLOCK);
        file.markBroken();
        Files.delete(path);

        file.write(utf8("new"));

        assertEquals("new", Files.readString(path));
        assertEquals(Optional.empty(), file.movedAside());
        assertFalse(file.isBroken());
    }

    @Test
    void aFileRepairedAndClearedIsNotMovedAside() throws IOException {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "repaired by the user");
        DataFile file = new DataFile(path, CLOCK);
        file.markBroken();
        file.clearBroken();

        file.write(utf8("new"));

        assertEquals(Optional.empty(), file.movedAside());
        assertEquals("repaired by the user", Files.readString(file.backupPath()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(UTF_8);
    }
}
