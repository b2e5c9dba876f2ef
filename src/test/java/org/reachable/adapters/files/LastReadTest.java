package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The wall clock file times are compared with: Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Clock WALL = Clock.fixed(NOW, ZoneOffset.UTC);

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
        age("settings.json", NOW.minus(Duration.ofHours(1)));
        age("schedule.ics", NOW.minus(Duration.ofHours(1)));
        monitor = new StatusMonitor(workspace(), time, time);
        lastRead = LastRead.of(DataFolder.at(dir), monitor, queued::add, Duration.ZERO, WALL);
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
        age("override.json", NOW.minusMillis(400)); // saved 400 ms before that read
        runQueued();
        assertEquals(Optional.of(focus), lastRead.current().orElseThrow().override());
    }

    @Test
    void aQuestionAfterAnEditHasTheFilesReadAgainFirstAndIsAnsweredWithTheEdit() throws Exception {
        lastRead = LastRead.of(DataFolder.at(dir), monitor, Runnable::run, Duration.ofSeconds(1), WALL);
        monitor.reload();
        workspace().overrides().save(new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED, NOW, null));
        age("override.json", NOW.minusMillis(400));

        assertEquals(OverrideState.FOCUS, lastRead.current().orElseThrow().override().orElseThrow().state());
    }

    @Test
    void aScheduleSavedAgainAfterTheReadIsRefusedEvenWithAnOlderTime() throws Exception {
        workspace().schedules().save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23))); // as a sync saves it
        age("schedule.ics", NOW.minus(Duration.ofHours(2)));

        assertEquals(Optional.empty(), lastRead.current(), "another file, though the same week and an older time");
        runQueued();
        assertSame(monitor.data(), lastRead.current().orElseThrow(), "once read, the sync's save is current again");
    }

    @Test
    void aFileWrittenInTheMomentOfTheReadIsNotTrustedUntilTheNextRead() throws Exception {
        // a save in the same clock tick as the read may keep inode, size and time: nothing could tell it apart
        age("schedule.ics", NOW.minusMillis(20));
        monitor.reload();
        assertEquals(Optional.empty(), lastRead.current());

        age("schedule.ics", NOW.minusSeconds(1)); // as the next read finds it, a second after that save
        runQueued();
        assertSame(monitor.data(), lastRead.current().orElseThrow());
    }

    @Test
    void aBrokenFileIsNotAnsweredFromTheBackupTheAppRunsOn() throws Exception {
        Files.writeString(dir.resolve("schedule.ics"), "BEGIN:VCALENDAR\nbroken");
        age("schedule.ics", NOW.minus(Duration.ofMinutes(5)));
        monitor.filesChanged();

        assertEquals(Optional.empty(), lastRead.current(), "the command says what is wrong with the file");
        assertEquals(List.of(), queued, "nothing new to read");
    }

    @Test
    void anOverrideSetFromTheTrayIsCurrentAfterTheReadItsSaveBrings() throws Exception {
        monitor.setOverride(new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED, NOW, null));
        assertEquals(Optional.empty(), lastRead.current(), "override.json is newer than the last read");
        age("override.json", NOW.minusMillis(400));
        runQueued();
        assertEquals(OverrideState.FOCUS, lastRead.current().orElseThrow().override().orElseThrow().state());
    }
}
