package org.reachable.domain.edit;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * The schedule being edited, shared by the week editor and the days-off list: every change goes
 * through it as a {@link ScheduleEdit}, so one undo history covers both screens. It knows what was
 * last read from or written to the file (the base), so an outside change can be merged in and the
 * app's own saves, coming back through the folder watcher, are recognised and ignored.
 *
 * <p>Not thread-safe: the window uses it on the FX thread only.
 */
public final class ScheduleDocument {

    /** How many edits can be undone; older ones fall off. */
    public static final int UNDO_LIMIT = 200;

    /** Why the schedule changed. */
    public enum Origin {
        EDIT, UNDO, REDO, EXTERNAL, LOADED
    }

    public interface Listener {
        void changed(Schedule schedule, Origin origin);
    }

    private final Deque<ScheduleEdit> undo = new ArrayDeque<>();
    private final Deque<ScheduleEdit> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Schedule current;
    private Schedule base;

    public ScheduleDocument(Schedule loaded) {
        current = Objects.requireNonNull(loaded, "schedule");
        base = loaded;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public Schedule current() {
        return current;
    }

    public ZoneId zone() {
        return current.zone();
    }

    /** True while there are edits the file does not have yet. */
    public boolean dirty() {
        return !current.equals(base);
    }

    /**
     * Makes an edit and remembers it for undo. An edit that changes nothing is not remembered. Throws
     * (and changes nothing) when the result is not a valid schedule.
     */
    public boolean apply(ScheduleEdit made) {
        if (made.isEmpty()) {
            return false; // a drag that ended where it started (also on a series' home-time view)
        }
        ScheduleEdit edit = asHeld(made);
        Schedule next = edit.applyTo(current);
        if (edit.isEmpty() || next.equals(current)) {
            return false;
        }
        current = next;
        undo.push(edit);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        fire(Origin.EDIT);
        return true;
    }

    /**
     * The edit with each entry it replaces as this document holds it (by UID): an edit made on the
     * home-time view of a series kept in another zone ({@code WeekEdits.find}) names that view, and
     * undo must bring back the series itself.
     */
    private ScheduleEdit asHeld(ScheduleEdit edit) {
        List<ScheduleEntry> before = new ArrayList<>(edit.before().size());
        boolean changed = false;
        for (ScheduleEntry entry : edit.before()) {
            ScheduleEntry held = current.entries().stream().filter(e -> e.uid().equals(entry.uid())).findFirst()
                    .orElse(entry);
            changed |= held != entry;
            before.add(held);
        }
        return changed ? new ScheduleEdit(edit.action(), before, edit.after()) : edit;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What the next undo takes back, for a tooltip. */
    public Optional<ScheduleEdit.Action> undoAction() {
        return Optional.ofNullable(undo.peek()).map(ScheduleEdit::action);
    }

    public Optional<ScheduleEdit.Action> redoAction() {
        return Optional.ofNullable(redo.peek()).map(ScheduleEdit::action);
    }

    /** The edit the next undo takes back: after an edit or a redo, the one just made. */
    public Optional<ScheduleEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit the next redo makes again: after an undo, the one just taken back. */
    public Optional<ScheduleEdit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Takes the last edit back.
     *
     * @throws StaleEditException when an entry it touches was changed outside since; the step is
     *     dropped (applying it would silently undo that change too)
     */
    public boolean undo() {
        return step(undo, redo, true, Origin.UNDO);
    }

    public boolean redo() {
        return step(redo, undo, false, Origin.REDO);
    }

    private boolean step(Deque<ScheduleEdit> from, Deque<ScheduleEdit> to, boolean backwards, Origin origin) {
        ScheduleEdit edit = from.poll();
        if (edit == null) {
            return false;
        }
        ScheduleEdit step = backwards ? edit.inverse() : edit;
        for (ScheduleEntry expected : step.before()) {
            Optional<ScheduleEntry> now = current.entries().stream().filter(e -> e.uid().equals(expected.uid()))
                    .findFirst();
            if (now.isEmpty() || !now.get().equals(expected)) {
                fire(origin); // the buttons follow: this step is gone from the history
                throw new StaleEditException("The entry " + expected.uid() + " was changed outside Reachable since;"
                        + " that step can no longer be " + (backwards ? "undone" : "redone"));
            }
        }
        current = step.applyTo(current);
        to.push(edit);
        fire(origin);
        return true;
    }

    /** What the file held when last read or written; an outside change differs from it. */
    public Schedule fileVersion() {
        return base;
    }

    /** The file now holds {@code written} (the app saved it). */
    public void saved(Schedule written) {
        base = written;
    }

    /**
     * The file changed outside (or the app's own save came back through the watcher). Edits the
     * file already has are nothing new; anything else is merged with the edits not saved yet. The
     * undo history stays: its edits name entries by UID, so they still apply.
     *
     * @return the merge; its conflicts are kept as the user's version until {@link #resolve}
     */
    public Merge.Result external(Schedule theirs) {
        if (theirs.equals(base) || theirs.equals(current)) {
            base = theirs;
            return new Merge.Result(current, List.of());
        }
        Merge.Result result = Merge.of(base, current, theirs);
        base = theirs;
        current = result.merged();
        fire(Origin.EXTERNAL);
        return result;
    }

    /** The user's choice for a conflict: take the file's version (an edit that can be undone) or keep theirs. */
    public void resolve(Merge.Conflict conflict, boolean takeTheirs) {
        if (!takeTheirs) {
            return; // the merge already kept the user's version; the next save writes it
        }
        apply(new ScheduleEdit(ScheduleEdit.Action.MERGE, conflict.mine().stream().toList(),
                conflict.theirs().stream().toList()));
    }

    /** The home zone changed in the profile: the same wall-clock times now mean the new zone. */
    public void rezone(ZoneId zone) {
        if (!zone.equals(current.zone())) {
            current = new Schedule(zone, current.entries());
            fire(Origin.EDIT);
        }
    }

    /** Starts over from a schedule read from the file, with no history (e.g. after a reload). */
    public void reset(Schedule loaded) {
        current = loaded;
        base = loaded;
        undo.clear();
        redo.clear();
        fire(Origin.LOADED);
    }

    private void fire(Origin origin) {
        for (Listener listener : listeners) {
            listener.changed(current, origin);
        }
    }
}
