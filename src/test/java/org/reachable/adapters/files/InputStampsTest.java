package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One stamp rule for the tray's freshness and the command's kept answer: device, inode, size,
 * modification and change time, in .status-cache's layout; settled only when neither time lies within
 * 100 ms of the moment they were taken (or after it).
 */
class InputStampsTest {

    @TempDir
    Path dir;

    private DataFolder folder;

    @BeforeEach
    void aScheduleAndSettings() throws IOException {
        folder = DataFolder.at(dir);
        Files.writeString(folder.schedule(), "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        Files.writeString(folder.settings(), "{\"version\": 2}\n");
    }

    private InputStamps.Taken takenAt(Instant wall) {
        return new InputStamps(folder, Clock.fixed(wall, ZoneOffset.UTC)).take().orElseThrow();
    }

    private static Instant changed(Path file) throws IOException {
        return ((FileTime) Files.getAttribute(file, "unix:ctime")).toInstant();
    }

    /** A stamp as .status-cache's format 1 holds it, from the file's attributes read here. */
    private static String formatOne(Path file) throws IOException {
        Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
        return a.get("dev") + ":" + a.get("ino") + ":" + a.get("size") + ":"
                + ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS) + ":"
                + ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
    }

    @Test
    void eachInputInReadingOrderWithNoneForAMissingOneInTheLayoutAnOlderCacheHolds() throws IOException {
        InputStamps.Taken taken = takenAt(Instant.now().plusSeconds(1));
        assertEquals(List.of("schedule.ics", "settings.json", "override.json"), List.copyOf(taken.files().keySet()));
        assertEquals(formatOne(folder.schedule()), taken.files().get("schedule.ics"));
        assertEquals(formatOne(folder.settings()), taken.files().get("settings.json"));
        assertEquals("none", taken.files().get("override.json"));
        assertFalse(taken.noFile());
    }

    @Test
    void aFileChangedWithinTheSettleWindowLeavesThemUnsettledThoughItsModificationTimeIsOld() throws IOException {
        Files.setLastModifiedTime(folder.settings(), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Instant changed = changed(folder.settings());
        assertFalse(takenAt(changed.plusMillis(50)).settled(), "changed 50 ms before");
        assertTrue(takenAt(changed.plusMillis(150)).settled(), "changed 150 ms before");
    }

    @Test
    void aFileModifiedWithinTheSettleWindowOrAfterLeavesThemUnsettled() throws IOException {
        Instant later = Instant.now().plusSeconds(10); // a clock that runs ahead of the one taking the stamps
        assertTrue(takenAt(later).settled());
        Files.setLastModifiedTime(folder.schedule(), FileTime.from(later.minusMillis(50)));
        assertFalse(takenAt(later).settled(), "modified 50 ms before");
        Files.setLastModifiedTime(folder.schedule(), FileTime.from(later.plusSeconds(5)));
        assertFalse(takenAt(later).settled(), "modified after");
    }

    @Test
    void aFileOfTheSameSizeAndTimeSavedAgainInPlaceHasAnotherStamp() throws Exception {
        Instant wall = Instant.now().plusSeconds(10);
        FileTime modified = Files.getLastModifiedTime(folder.settings());
        InputStamps.Taken before = takenAt(wall);
        Thread.sleep(20); // a later tick of the clock the OS stamps change times by
        Files.writeString(folder.settings(), "{\"version\": 3}\n");
        Files.setLastModifiedTime(folder.settings(), modified);
        assertNotEquals(before.files(), takenAt(wall).files());
    }

    @Test
    void aFolderWithNoneOfTheFilesHasNoFileAndNothingUnsettled() throws IOException {
        Files.delete(folder.schedule());
        Files.delete(folder.settings());
        InputStamps.Taken taken = takenAt(Instant.now().minusSeconds(60));
        assertTrue(taken.noFile());
        assertTrue(taken.settled(), "a file made later has a stamp other than none");
    }
}
