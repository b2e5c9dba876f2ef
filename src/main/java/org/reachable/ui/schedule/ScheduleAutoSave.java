package org.reachable.ui.schedule;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;

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
    private boolean started;

    /**
     * @param debounce runs its argument once, a short while after its last call (on the UI thread)
     * @param io where the file is written (not the UI thread)
     * @param ui where the outcome is handed back
     * @param problem gets the reason a save failed, or null when a save succeeded
     */
    public ScheduleAutoSave(ScheduleDocument document, ScheduleStore store, Consumer<Runnable> debounce, Executor io,
            Executor ui, Consumer<String> problem) {
        this.document = document;
        this.store = store;
        this.debounce = debounce;
        this.io = io;
        this.ui = ui;
        this.problem = problem;
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

    /** Writes what is not written yet (the window closes). */
    public void saveNow() {
        if (!started || !document.dirty()) {
            return;
        }
        Schedule snapshot = document.current();
        io.execute(() -> {
            try {
                store.save(snapshot);
                ui.execute(() -> {
                    document.saved(snapshot);
                    problem.accept(null);
                });
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.accept(e.getMessage()));
            }
        });
    }
}
