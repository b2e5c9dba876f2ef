package org.reachable.ui.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.Debouncer;
import org.reachable.domain.service.FakeTime;

/** Saving without a Save button: once per burst, through the real iCalendar store, never before the file was read. */
class ScheduleAutoSaveTest {

    @TempDir
    Path folder;

    /** The clock and timer the debouncer waits on: the test moves them, nothing sleeps. */
    private final FakeTime time = new FakeTime(Instant.parse("2026-11-26T09:00:00Z"), ScheduleViewModelTest.AMSTERDAM);
    /** The app's debouncer (SchedulePages' delay is checked in SchedulePagesSaveTest). */
    private final Debouncer debouncer = new Debouncer(time, time, DELAY, Runnable::run);
    private static final Duration DELAY = Duration.ofMillis(250);
    private final List<String> problems = new ArrayList<>();
    private final WeekEdits edits = new WeekEdits(() -> "new@reachable");

    private IcsScheduleStore store() {
        return new IcsScheduleStore(new StoreFile(new DataFile(folder.resolve("schedule.ics"),
                Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ScheduleViewModelTest.AMSTERDAM))));
    }

    /** The user stops editing: the debounce delay passes. */
    private void settle() {
        time.advance(DELAY);
    }

    @Test
    void aBurstOfEditsIsWrittenOnceAndReadsBackAsTheSameSchedule() throws Exception {
        IcsScheduleStore store = store();
        store.save(ScheduleViewModelTest.week());
        ScheduleDocument document = new ScheduleDocument(store.load(ScheduleViewModelTest.AMSTERDAM));
        ScheduleAutoSave autoSave = new ScheduleAutoSave(document, store, debouncer, Runnable::run, Runnable::run,
                problems::add, document::external);
        autoSave.start();
        document.apply(edits.resize(document.current(), "f", WEDNESDAY, TimeRange.of("13:00", "18:00")));
        document.apply(edits.create(EntryKind.FOCUS, java.util.EnumSet.of(MONDAY), TimeRange.of("20:00", "22:00"),
                java.util.Set.of(), "Focus"));
        String before = Files.readString(folder.resolve("schedule.ics"));
        time.advance(DELAY.minusMillis(1));
        assertEquals(before, Files.readString(folder.resolve("schedule.ics")), "not while the burst may go on");
        assertEquals(1, time.pending().size(), "one save waits, not one per edit");
        time.advance(Duration.ofMillis(1));
        Schedule onDisk = store.load(ScheduleViewModelTest.AMSTERDAM);
        assertEquals(document.current(), onDisk, "what the file holds is exactly what the editor shows");
        assertFalse(document.dirty());
        assertTrue(Files.readString(folder.resolve("schedule.ics.bak")).equals(before), "the old file is the backup");
        assertEquals(java.util.Arrays.asList((String) null), problems);
        // the watcher brings the app's own save back: nothing new, nothing to save
        assertTrue(document.external(onDisk).clean());
        assertFalse(document.dirty());
    }

    @Test
    void beforeTheFileIsReadNothingIsWritten() throws Exception {
        IcsScheduleStore store = store();
        store.save(ScheduleViewModelTest.week());
        ScheduleDocument document = new ScheduleDocument(Schedule.empty(ScheduleViewModelTest.AMSTERDAM));
        ScheduleAutoSave autoSave = new ScheduleAutoSave(document, store, debouncer, Runnable::run, Runnable::run,
                problems::add, document::external);
        document.apply(edits.create(EntryKind.FOCUS, java.util.EnumSet.of(MONDAY), TimeRange.of("20:00", "22:00"),
                java.util.Set.of(), "Focus"));
        autoSave.saveNow();
        settle();
        assertTrue(time.pending().isEmpty());
        assertEquals(ScheduleViewModelTest.week(), store.load(ScheduleViewModelTest.AMSTERDAM), "the file is untouched");
    }

    @Test
    void aFailedSaveKeepsTheEditsSaysWhyAndTriesAgainWithTheNextChange() throws Exception {
        List<Schedule> written = new ArrayList<>();
        boolean[] fail = {true};
        ScheduleStore flaky = new ScheduleStore() {
            @Override
            public Schedule load(java.time.ZoneId zone) {
                return ScheduleViewModelTest.week();
            }

            @Override
            public void save(Schedule schedule) throws StoreException {
                if (fail[0]) {
                    throw new StoreException("schedule.ics", 0, "the disk is full");
                }
                written.add(schedule);
            }

            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public Optional<Schedule> loadBackup(java.time.ZoneId zone) {
                return Optional.empty();
            }
        };
        ScheduleDocument document = new ScheduleDocument(ScheduleViewModelTest.week());
        ScheduleAutoSave autoSave = new ScheduleAutoSave(document, flaky, debouncer, Runnable::run, Runnable::run,
                problems::add, document::external);
        autoSave.start();
        document.apply(edits.deleteDay(document.current(), "f", WEDNESDAY));
        settle();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("the disk is full"), problems.get(0));
        assertTrue(document.dirty(), "the edit is kept");
        fail[0] = false;
        document.apply(edits.deleteDay(document.current(), "m", MONDAY));
        settle();
        assertEquals(List.of(document.current()), written, "both edits written at once");
        assertNull(problems.get(1), "the message goes away");
    }

    @Test
    void aFileWrittenByAnotherProgramJustBeforeTheSaveIsMergedNotWipedOut() throws Exception {
        IcsScheduleStore store = store();
        store.save(ScheduleViewModelTest.week());
        ScheduleDocument document = new ScheduleDocument(store.load(ScheduleViewModelTest.AMSTERDAM));
        ScheduleAutoSave autoSave = new ScheduleAutoSave(document, store, debouncer, Runnable::run, Runnable::run,
                problems::add, document::external);
        autoSave.start();
        document.apply(edits.deleteDay(document.current(), "f", WEDNESDAY)); // the user's edit, not saved yet
        // meanwhile a calendar app adds a window, before the folder watcher has said anything
        Schedule base = ScheduleViewModelTest.week();
        Schedule theirs = edits.create(EntryKind.WINDOW, java.util.EnumSet.of(MONDAY), TimeRange.of("19:00", "20:00"),
                java.util.Set.of("phone"), "Avond").applyTo(base);
        store.save(theirs);
        settle(); // the save finds the file changed: it merges instead of writing
        settle(); // the merge is saved
        Schedule onDisk = store.load(ScheduleViewModelTest.AMSTERDAM);
        assertTrue(onDisk.entries().stream().anyMatch(e -> e.uid().equals("new@reachable")), "their window stays");
        assertTrue(onDisk.entries().stream().noneMatch(e -> e.uid().equals("f")), "my deletion stays");
        assertEquals(document.current(), onDisk);
    }

    @Test
    void anUndoMadeWhileASaveIsWrittenIsSavedToo() throws Exception {
        IcsScheduleStore store = store();
        store.save(ScheduleViewModelTest.week());
        ScheduleDocument document = new ScheduleDocument(store.load(ScheduleViewModelTest.AMSTERDAM));
        List<Runnable> io = new ArrayList<>();
        ScheduleAutoSave autoSave = new ScheduleAutoSave(document, store, debouncer, io::add, Runnable::run,
                problems::add, document::external);
        autoSave.start();
        document.apply(edits.deleteDay(document.current(), "f", WEDNESDAY));
        settle(); // the save is on its way to the io thread...
        document.undo(); // ...when the user takes the edit back
        assertFalse(document.dirty(), "the document equals what the file held before");
        io.remove(0).run(); // the edit reaches the disk
        assertTrue(document.dirty(), "the file has the edit, the editor has the undo");
        settle(); // so another save is asked for
        io.remove(0).run();
        assertEquals(ScheduleViewModelTest.week(), store.load(ScheduleViewModelTest.AMSTERDAM), "the undo is on disk");
    }
}
