package org.reachable.ui.schedule;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;

/**
 * Saves the schedule after every change, without a Save button: a burst of edits (a drag, a
 * row of undos) is written once, a short while after the last ({@code debounce}), through the store,
 * which writes atomically. The tray and the CLI see the file change and follow. A failed save
 * keeps the edits in memory, says so, and is tried again with the next change.
 */
public final class ScheduleAutoSave {

    private final ScheduleDocument document;
    private final ScheduleStore store;
    private final Consumer<Runnable> debounce;
    private final Executor io;
    private final Executor ui;
    private final Consumer<String> problem;
    private final Consumer<Schedule> outside;
    private boolean started;

    /**
     * @param debounce runs its argument once, a short while after its last call (on the UI thread)
     * @param io where the file is written (not the UI thread)
     * @param ui where the outcome is handed back
     * @param problem gets the reason a save failed, or null when a save succeeded
     * @param outside gets the file when someone else wrote it since the editor last read it: it is
     *     merged first (on the UI thread), and the merge is saved after
     */
    public ScheduleAutoSave(ScheduleDocument document, ScheduleStore store, Consumer<Runnable> debounce, Executor io,
            Executor ui, Consumer<String> problem, Consumer<Schedule> outside) {
        this.document = document;
        this.store = store;
        this.debounce = debounce;
        this.io = io;
        this.ui = ui;
        this.problem = problem;
        this.outside = outside;
        document.addListener((schedule, origin) -> {
            if (started && origin != ScheduleDocument.Origin.LOADED && document.dirty()) {
                debounce.accept(this::saveNow);
            }
        });
    }

    /**
     * From now on changes are saved. Not before the document holds what the file holds: an edit
     * made on an empty document before the file was read must never replace the file.
     */
    public void start() {
        started = true;
        if (document.dirty()) {
            debounce.accept(this::saveNow);
        }
    }

    /** Writes what is not written yet (also when the window closes). */
    public void saveNow() {
        if (!started || !document.dirty()) {
            return;
        }
        Schedule snapshot = document.current();
        Schedule expected = document.fileVersion();
        io.execute(() -> {
            try {
                // A calendar app or the CLI may have written the file after the editor last read it
                // and before the folder watcher said so: writing now would wipe that change out.
                // in turn with the tray's sync, which reads, merges and writes the same file
                boolean written = store.exclusive(() -> {
                    Schedule onDisk = readQuietly(snapshot);
                    if (onDisk != null && !onDisk.equals(expected) && !onDisk.equals(snapshot)) {
                        ui.execute(() -> outside.accept(onDisk)); // merged; the merge asks for its own save
                        return false;
                    }
                    store.save(snapshot);
                    return true;
                });
                if (!written) {
                    return;
                }
                ui.execute(() -> {
                    document.saved(snapshot);
                    problem.accept(null);
                    if (document.dirty()) { // an edit (or an undo) came in while this one was written
                        debounce.accept(this::saveNow);
                    }
                });
            } catch (StoreException | RuntimeException e) {
                // the window speaks the JVM's language (WindowApp), so the reason does too
                ui.execute(() -> problem.accept(ProblemWords.in(Locale.getDefault()).message(e)));
            }
        });
    }

    /** The file as it is; null when it does not read (the store keeps a broken file aside when saving). */
    private Schedule readQuietly(Schedule like) {
        try {
            return store.load(like.zone());
        } catch (StoreException e) {
            return null;
        }
    }
}
