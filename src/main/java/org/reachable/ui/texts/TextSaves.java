package org.reachable.ui.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;

/**
 * How the Texts page writes settings.json: each change a read-change-write in the file's turn
 * ({@link SettingsStore#exclusive}), run on {@code io} one after another in the order asked, so
 * the last one asked wins and the FX thread never waits for the turn (another process mid-save
 * holds it up to FileTurns' wait, 10 s). Until the data is read again the page runs on the settings
 * as they will be: the last ones written, with the changes still waiting applied over them; a change
 * that fails drops out of that and is told, in the screen's language, on {@code ui}.
 */
final class TextSaves {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final SettingsStore store;
    private final Consumer<Settings> saved;
    private final ProblemWords words;
    private volatile Executor io = Runnable::run;
    private volatile Executor ui = Runnable::run;
    /** The changes asked and not yet written or failed, oldest first. */
    private final List<Ask> waiting = new ArrayList<>();
    /** What this page last wrote, until the data is read again. */
    private Settings written;
    /** The settings the page runs on; null: as loaded. */
    private volatile Settings pending;

    TextSaves(SettingsStore store, Consumer<Settings> saved, ProblemWords words) {
        this.store = store;
        this.saved = saved;
        this.words = words;
    }

    /** Writes on {@code io} and tells how it went on {@code ui}; without this, at once on the caller's thread. */
    void runOn(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
    }

    /** Runs {@code step} on {@code ui}, after what runs there now. */
    void later(Runnable step) {
        ui.execute(step);
    }

    /** The settings as they will be once the waiting changes are written; null: as loaded. */
    Settings pending() {
        return pending;
    }

    /** The data was read again: it has what was written, and the changes still waiting go over it. */
    synchronized void reloaded(Workspace.Loaded now) {
        written = null;
        pending = waiting.isEmpty() || now == null ? null : ahead(now.settings());
    }

    /**
     * Asks for {@code change} to be written after the ones asked before it.
     *
     * @param late told, on {@code ui}, why it could not be written, if that is known only after this returns
     * @return done (asked, or written when it runs at once), or why it could not be written
     */
    TemplateStore.Outcome save(Workspace.Loaded loaded, UnaryOperator<Settings> change, Consumer<String> late) {
        Ask ask = new Ask(change, late);
        synchronized (this) {
            waiting.add(ask);
            pending = ahead(written != null ? written : loaded.settings());
        }
        io.execute(() -> {
            try {
                Settings next = store.exclusive(() -> {
                    Settings current = store.exists() ? store.load(loaded.zone()) : loaded.settings();
                    Settings changed = change.apply(current);
                    store.save(changed);
                    return changed;
                });
                ui.execute(() -> done(next, ask));
            } catch (StoreException | RuntimeException e) {
                LOG.warning(e.getMessage());
                String why = words.message(e);
                ui.execute(() -> failed(loaded, why, ask));
            }
        });
        return ask.returned();
    }

    private void done(Settings next, Ask ask) {
        synchronized (this) {
            waiting.remove(ask);
            written = next;
            pending = ahead(next);
        }
        saved.accept(next);
        ask.answer(TemplateStore.Outcome.DONE);
    }

    private void failed(Workspace.Loaded loaded, String why, Ask ask) {
        synchronized (this) {
            waiting.remove(ask);
            pending = waiting.isEmpty() && written == null ? null
                    : ahead(written != null ? written : loaded.settings());
        }
        ask.answer(TemplateStore.Outcome.notStored(why));
    }

    /** {@code base} with the waiting changes applied, in order. */
    private Settings ahead(Settings base) {
        Settings s = base;
        for (Ask ask : waiting) {
            s = ask.change.apply(s);
        }
        return s;
    }

    /**
     * One change asked (compared by identity): answered in the return value when it ran at once, else
     * a failure is told late.
     */
    private static final class Ask {
        private final UnaryOperator<Settings> change;
        private final Consumer<String> late;
        private TemplateStore.Outcome early;
        private boolean returned;

        Ask(UnaryOperator<Settings> change, Consumer<String> late) {
            this.change = change;
            this.late = late;
        }

        synchronized TemplateStore.Outcome returned() {
            returned = true;
            return early != null ? early : TemplateStore.Outcome.DONE;
        }

        void answer(TemplateStore.Outcome outcome) {
            synchronized (this) {
                if (!returned) {
                    early = outcome;
                    return;
                }
            }
            if (!outcome.done()) {
                late.accept(outcome.reason());
            }
        }
    }
}
