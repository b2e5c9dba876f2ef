package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;

/**
 * The running app answers {@code reachable status} from what it read only while every file is still
 * as it read it: an edit saved by another process a moment ago is never answered from older data.
 */
class LastReadTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The app's time: Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    /**
     * The wall clock file times are compared with. The OS sets a file's change time from its own clock
     * and no test can set it back: a minute ahead of that clock, what a test writes counts as settled.
     */
    private final Instant wallNow = Instant.now().plus(Duration.ofMinutes(1));
    private final Clock wall = Clock.fixed(wallNow, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final FakeTime time = new FakeTime(NOW, AMSTERDAM);
    /** The monitor's thread, held still: the reads a status question asks for wait here until run. */
    private final List<Runnable> queued = new ArrayList<>();
    private StatusMonitor monitor;
    private LastRead lastRead;

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private Workspace workspace() {
        return new AppEnvironment(time).workspace(Optional.of(dir.toString()));
    }

    private void age(String file, Instant modified) throws Exception {
        Files.setLastModifiedTime(dir.resolve(file), FileTime.from(modified));
    }

    @BeforeEach
    void theAppHasReadTheExampleWeekSavedAnHourAgo() throws Exception {
        Workspace files = workspace();
        files.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        files.schedules().save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));
        age("settings.json", wallNow.minus(Duration.ofHours(1)));
        age("schedule.ics", wallNow.minus(Duration.ofHours(1)));
        monitor = new StatusMonitor(workspace(), time, time);
        lastRead = LastRead.of(DataFolder.at(dir), monitor, queued::add, Duration.ZERO, wall);
        monitor.start();
    }

    @Test
    void whatTheAppReadIsCurrentWhileNoFileChanged() {
        assertSame(monitor.data(), lastRead.current().orElseThrow());
        assertSame(monitor.data(), lastRead.current().orElseThrow(), "asking does not use it up");
    }

    @Test
    void anEditSavedByAnotherProcessAMomentAgoIsRefusedUntilTheAppHasReadIt() throws Exception {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION, NOW, NOW.plusSeconds(1800));
        workspace().overrides().save(focus); // the CLI's `reachable focus 30m`, in a process of its own

        assertEquals(Optional.empty(), lastRead.current(), "the app still holds the status without the focus");
        assertEquals(1, queued.size(), "and asked to read the files again");
        age("override.json", wallNow.minusMillis(400)); // saved 400 ms before that read
        runQueued();
        assertEquals(Optional.of(focus), lastRead.current().orElseThrow().override());
    }

    @Test
    void aQuestionAfterAnEditHasTheFilesReadAgainFirstAndIsAnsweredWithTheEdit() throws Exception {
        lastRead = LastRead.of(DataFolder.at(dir), monitor, Runnable::run, Duration.ofSeconds(1), wall);
        monitor.reload();
        workspace().overrides().save(new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED, NOW, null));
        age("override.json", wallNow.minusMillis(400));

        assertEquals(OverrideState.FOCUS, lastRead.current().orElseThrow().override().orElseThrow().state());
    }

    @Test
    void aScheduleSavedAgainAfterTheReadIsRefusedEvenWithAnOlderTime() throws Exception {
        workspace().schedules().save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23))); // as a sync saves it
        age("schedule.ics", wallNow.minus(Duration.ofHours(2)));

        assertEquals(Optional.empty(), lastRead.current(), "another file, though the same week and an older time");
        runQueued();
        assertSame(monitor.data(), lastRead.current().orElseThrow(), "once read, the sync's save is current again");
    }

    @Test
    void aFileWrittenInTheMomentOfTheReadIsNotTrustedUntilTheNextRead() throws Exception {
        // a save in the same clock tick as the read may keep inode, size and time: nothing could tell it apart
        age("schedule.ics", wallNow.minusMillis(20));
        monitor.reload();
        assertEquals(Optional.empty(), lastRead.current());

        age("schedule.ics", wallNow.minusSeconds(1)); // as the next read finds it, a second after that save
        runQueued();
        assertSame(monitor.data(), lastRead.current().orElseThrow());
    }

    @Test
    void aFileEditedInPlaceAndSetBackToItsOldSizeAndTimeIsAChange() throws Exception {
        Path settings = dir.resolve("settings.json");
        String read = Files.readString(settings);
        FileTime modified = Files.getLastModifiedTime(settings);
        Thread.sleep(20); // a later tick of the clock the OS stamps change times by
        String edited = read.replace("\"JE\"", "\"U\" "); // je becomes u: same inode, same size
        assertNotEquals(read, edited);
        Files.writeString(settings, edited);
        Files.setLastModifiedTime(settings, modified); // touch -d: only the change time tells

        assertEquals(Optional.empty(), lastRead.current(), "the app read je");
        assertEquals(1, queued.size(), "and asked to read the files again");
        runQueued();
        assertEquals(Register.U, lastRead.current().orElseThrow().settings().profile().register());
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsAChange() throws Exception {
        Path settings = dir.resolve("settings.json");
        Path other = dir.resolve("settings.json.part");
        Files.writeString(other, Files.readString(settings).replace("\"JE\"", "\"U\" "));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(settings));
        Files.move(other, settings, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(Optional.empty(), lastRead.current(), "another file, though of the same size and time");
        runQueued();
        assertEquals(Register.U, lastRead.current().orElseThrow().settings().profile().register());
    }

    @Test
    void aFileCopiedInWithItsOldTimeAMomentBeforeTheReadIsReadAgainLater() throws Exception {
        // cp -p, rsync -t, an unpacked backup: an hour-old modification time, changed just now
        Path settings = dir.resolve("settings.json");
        Path copy = dir.resolve("settings.json.part");
        Files.copy(settings, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, settings, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Instant changed = ((FileTime) Files.getAttribute(settings, "unix:ctime")).toInstant();
        FakeTime wallNearTheSave = new FakeTime(changed.plusMillis(50), ZoneOffset.UTC);
        lastRead = LastRead.of(DataFolder.at(dir), monitor, queued::add, Duration.ZERO, wallNearTheSave);
        monitor.reload(); // read 50 ms after that save: another save in the same tick would go unseen

        assertEquals(Optional.empty(), lastRead.current(), "not trusted though its modification time is an hour old");
        assertEquals(1, queued.size(), "and read again");
        wallNearTheSave.advance(Duration.ofSeconds(1));
        runQueued();
        assertSame(monitor.data(), lastRead.current().orElseThrow());
    }

    @Test
    void aBrokenFileIsNotAnsweredFromTheBackupTheAppRunsOn() throws Exception {
        Files.writeString(dir.resolve("schedule.ics"), "BEGIN:VCALENDAR\nbroken");
        age("schedule.ics", wallNow.minus(Duration.ofMinutes(5)));
        monitor.filesChanged();

        assertEquals(Optional.empty(), lastRead.current(), "the command says what is wrong with the file");
        assertEquals(List.of(), queued, "nothing new to read");
    }

    @Test
    void anOverrideSetFromTheTrayIsCurrentAfterTheReadItsSaveBrings() throws Exception {
        monitor.setOverride(new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED, NOW, null));
        assertEquals(Optional.empty(), lastRead.current(), "override.json is newer than the last read");
        age("override.json", wallNow.minusMillis(400));
        runQueued();
        assertEquals(OverrideState.FOCUS, lastRead.current().orElseThrow().override().orElseThrow().state());
    }
}
