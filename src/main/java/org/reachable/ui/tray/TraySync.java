package org.reachable.ui.tray;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncReport;
import org.reachable.domain.sync.SyncScheduler;
import org.reachable.domain.sync.SyncState;

/**
 * The tray process keeps the calendar server in step (it is the one always running): a sync at
 * start, on every change of the data and every 5 minutes, on a daemon thread of its own so the
 * network never holds up the status (a sync cut off at quit resumes at the next start: every
 * step is written to sync.json as it is done). It tells the user what needs them and nothing else: a
 * change that waits for their choice, and the first failure of a run of them (not every retry).
 */
public final class TraySync implements SyncScheduler.Listener, StatusMonitor.Listener {

    private static final Logger LOG = Logger.getLogger(TraySync.class.getName());

    private final ResourceBundle words;
    private final Locale locale;
    private final BiConsumer<String, String> notify;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reachable-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final SyncScheduler scheduler;
    private int conflictsTold;
    private boolean failing;
    private boolean askedForPassword;

    /** @param notify shows a notification (title, text) */
    public TraySync(SyncEngine engine, Timer timer, Clock clock, Locale locale, BiConsumer<String, String> notify) {
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
        this.locale = locale;
        this.notify = notify;
        this.scheduler = new SyncScheduler(engine, timer, clock, worker, this);
    }

    /**
     * The data was read (at start) or changed (an edit saved here, in a calendar app or by the CLI):
     * a sync now, if a server is set up; with none, nothing runs and nothing connects.
     */
    @Override
    public void dataChanged(Workspace.Loaded data) {
        scheduler.localChange();
    }

    @Override
    public void synced(SyncReport report, SyncState state) {
        failing = false;
        if (!report.nothing()) {
            LOG.info("Synced: " + report);
        }
        int conflicts = state.conflicts().size();
        if (conflicts > conflictsTold) {
            notify.accept(words.getString("sync.title"),
                    new MessageFormat(words.getString("sync.conflicts"), locale).format(new Object[] {conflicts}));
        }
        conflictsTold = conflicts;
    }

    @Override
    public void failed(Problem problem, Instant nextTry) {
        LOG.warning("Sync failed, next try " + nextTry + ": " + ProblemWords.english().words(problem));
        // no keyring kept the password: asked once a session (typed in Settings, the window hands it over)
        boolean noPassword = problem.kind() == ProblemKind.SYNC_NO_PASSWORD;
        if (noPassword ? !askedForPassword : !failing) {
            notify.accept(words.getString("sync.title"), ProblemWords.in(locale).words(problem));
        }
        failing = true;
        askedForPassword |= noPassword;
    }
}
