package org.reachable.domain.edit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument.Origin;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;

class ScheduleDocumentTest {

    private final WeekEdits edits = new WeekEdits(new java.util.function.Supplier<>() {
        private int n;

        @Override
        public String get() {
            return "new-" + ++n;
        }
    });
    private final List<Origin> heard = new ArrayList<>();

    private ScheduleDocument document() {
        ScheduleDocument document = new ScheduleDocument(WeekEditsTest.week());
        document.addListener((schedule, origin) -> heard.add(origin));
        return document;
    }

    @Test
    void undoAndRedoWalkEveryEditBackAndForth() {
        ScheduleDocument document = document();
        Schedule start = document.current();
        document.apply(edits.create(EntryKind.FOCUS, EnumSet.of(MONDAY), TimeRange.of("13:00", "15:00"), Set.of(),
                "Focus"));
        Schedule created = document.current();
        document.apply(edits.resize(created, "new-1", MONDAY, TimeRange.of("13:00", "16:00")));
        Schedule resized = document.current();
        assertTrue(document.dirty());
        assertEquals(Optional.of(ScheduleEdit.Action.RESIZE), document.undoAction());

        assertTrue(document.undo());
        assertEquals(created, document.current());
        assertTrue(document.undo());
        assertEquals(start, document.current());
        assertFalse(document.undo(), "nothing left to undo");
        assertFalse(document.dirty(), "back where the file is");
        assertTrue(document.redo());
        assertTrue(document.redo());
        assertEquals(resized, document.current());
        assertFalse(document.canRedo());
        assertEquals(List.of(Origin.EDIT, Origin.EDIT, Origin.UNDO, Origin.UNDO, Origin.REDO, Origin.REDO), heard);
    }

    @Test
    void aNewEditClearsRedoAndAnEmptyEditIsNotRemembered() {
        ScheduleDocument document = document();
        document.apply(edits.deleteDay(document.current(), "f", WEDNESDAY));
        document.undo();
        assertFalse(document.apply(edits.move(document.current(), "f", WEDNESDAY, WEDNESDAY,
                TimeRange.of("13:00", "17:00"))), "a drag that ends where it began is no edit");
        assertTrue(document.canRedo());
        document.apply(edits.duplicate(document.current(), "f", EnumSet.of(FRIDAY)));
        assertFalse(document.canRedo());
    }

    @Test
    void theAppsOwnSaveComingBackIsNothingNew() {
        ScheduleDocument document = document();
        document.apply(edits.deleteDay(document.current(), "f", WEDNESDAY));
        Schedule written = document.current();
        document.saved(written);
        heard.clear();
        Merge.Result result = document.external(written);
        assertTrue(result.clean());
        assertEquals(List.of(), heard, "no reload, no flicker");
        assertFalse(document.dirty());
    }

    @Test
    void anOutsideChangeToAnotherEntryIsMergedWithAnUnsavedEdit() {
        ScheduleDocument document = document();
        Schedule base = document.current();
        document.apply(edits.resize(base, "f", WEDNESDAY, TimeRange.of("13:00", "18:00"))); // not saved yet
        // meanwhile a calendar app moved the morning window to 8:00
        Schedule theirs = edits.resize(base, "m", MONDAY, TimeRange.of("08:00", "11:00")).applyTo(base);
        Merge.Result result = document.external(theirs);
        assertTrue(result.clean());
        Schedule merged = document.current();
        assertEquals(TimeRange.of("13:00", "18:00"), WeekEdits.weekly(WeekEdits.find(merged, "f")).times(), "mine");
        assertEquals(theirs.entries().size(), merged.entries().size() - 0);
        assertTrue(merged.entries().containsAll(theirs.entries().subList(0, 1)), "theirs");
        assertTrue(document.dirty(), "the merge is written back with the next save");
        assertEquals(Origin.EXTERNAL, heard.get(heard.size() - 1));
        assertTrue(document.undo(), "undo still works after the merge");
        assertEquals(TimeRange.of("13:00", "17:00"), WeekEdits.weekly(WeekEdits.find(document.current(), "f")).times());
    }

    @Test
    void bothChangingTheSameEntryIsAConflictTheUserDecides() {
        ScheduleDocument document = document();
        Schedule base = document.current();
        document.apply(edits.resize(base, "f", WEDNESDAY, TimeRange.of("13:00", "18:00")));
        ScheduleEntry mine = WeekEdits.find(document.current(), "f");
        Schedule theirs = edits.delete(base, "f").applyTo(base);
        Merge.Result result = document.external(theirs);
        assertEquals(1, result.conflicts().size());
        Merge.Conflict conflict = result.conflicts().get(0);
        assertEquals(Optional.of(mine), conflict.mine());
        assertEquals(Optional.empty(), conflict.theirs(), "deleted outside");
        assertEquals(mine, WeekEdits.find(document.current(), "f"), "kept as mine until the user chooses");

        document.resolve(conflict, true);
        assertEquals(List.of("m"), document.current().entries().stream().map(ScheduleEntry::uid).toList());
        assertFalse(document.dirty(), "taking theirs leaves nothing to save");
        document.undo();
        assertEquals(mine, WeekEdits.find(document.current(), "f"), "and the choice can be undone");
    }

    @Test
    void aZoneChangedOutsideIsTakenAndRezoneChangesOnlyTheZone() {
        ScheduleDocument document = document();
        Schedule theirs = new Schedule(ZoneId.of("Europe/London"), document.current().entries());
        document.external(theirs);
        assertEquals(ZoneId.of("Europe/London"), document.zone());
        document.rezone(ZoneId.of("America/New_York"));
        assertEquals(theirs.entries(), document.current().entries());
        assertTrue(document.dirty());
    }

    @Test
    void anUndoThatWouldThrowAwayAnOutsideChangeIsRefusedAndDropped() {
        ScheduleDocument document = document();
        document.apply(edits.create(org.reachable.domain.model.EntryKind.FOCUS, EnumSet.of(MONDAY),
                TimeRange.of("13:00", "15:00"), Set.of(), "Focus")); // older step, still fine
        document.apply(edits.duplicate(document.current(), "m", EnumSet.of(java.time.DayOfWeek.SATURDAY)));
        document.saved(document.current());
        // a calendar app adds SMS to that window; it merges cleanly
        ScheduleEntry window = WeekEdits.find(document.current(), "m");
        Schedule theirs = new ScheduleEdit(ScheduleEdit.Action.CHANGE, List.of(window), List.of(
                new org.reachable.domain.model.ReachableWindow("m", window.summary(), WeekEdits.weekly(window),
                        Set.of("phone", "email", "sms")))).applyTo(document.current());
        assertTrue(document.external(theirs).clean());
        StaleEditException refused = org.junit.jupiter.api.Assertions.assertThrows(StaleEditException.class,
                document::undo);
        assertTrue(refused.getMessage().contains("changed outside Reachable"));
        assertEquals(theirs, document.current(), "the SMS channel and Saturday stay");
        assertTrue(document.undo(), "the step before it can still be undone");
        assertEquals(Set.of("phone", "email", "sms"), WeekEdits.find(document.current(), "m").channels());
        assertFalse(document.current().entries().stream().anyMatch(e -> e.uid().equals("new-1")));
    }
}
