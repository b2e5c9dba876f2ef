package org.reachable.domain.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.Problem;

/**
 * When the tray process syncs: at start, on every change of the schedule, and every
 * {@link #EVERY} while the machine is awake (a server cannot push to a desktop app; the status
 * itself still never polls). After a failure it waits 1, 2, 5, then 15 minutes between tries,
 * but a change made here is tried at once. With no server set up it does nothing at all: no
 * timer, no connection.
 *
 * <p>The sync runs on {@code worker}, never on the caller's thread (the tray's timer thread);
 * a change during a sync makes one more sync after it, not two at once.
 */
public final class SyncScheduler {

    public static final Duration EVERY = Duration.ofMinutes(5);
    public static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(15));

    /** Told after each attempt, on the worker's thread. */
    public interface Listener {
        void synced(SyncReport report, SyncState state);

        void failed(Problem problem, Instant nextTry);
    }

    private final SyncEngine engine;
    private final Timer timer;
    private final Clock clock;
    private final Executor worker;
    private final Listener listener;
    private Timer.Cancellable next;
    private boolean running;
    private boolean again;
    private boolean stopped;
    private int failures;

    public SyncScheduler(SyncEngine engine, Timer timer, Clock clock, Executor worker, Listener listener) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The tray started: a first sync now, if a server is set up. */
    public void start() {
        if (configured()) {
            syncNow();
        }
    }

    /** Something changed in the data folder (an edit here, a server set up by the CLI): sync now. */
    public void localChange() {
        if (configured()) {
            syncNow();
        }
    }

    public synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** The wait after {@code failures} failed tries in a row. */
    public static Duration backOff(int failures) {
        return BACK_OFF.get(Math.max(0, Math.min(failures, BACK_OFF.size()) - 1));
    }

    private boolean configured() {
        try {
            return engine.configured();
        } catch (StoreException e) {
            return false; // sync.json unreadable: the CLI's `sync --status` names the problem
        }
    }

    private synchronized void syncNow() {
        if (stopped) {
            return;
        }
        if (next != null) {
            next.cancel();
            next = null;
        }
        if (running) {
            again = true;
            return;
        }
        running = true;
        worker.execute(this::attempt);
    }

    private void attempt() {
        Instant nextTry;
        try {
            SyncReport report = engine.sync();
            failures = 0;
            nextTry = clock.instant().plus(EVERY);
            listener.synced(report, engine.state());
        } catch (StoreException e) {
            failures++;
            nextTry = clock.instant().plus(backOff(failures));
            listener.failed(e.problem(), nextTry);
        } catch (RuntimeException e) {
            failures++;
            nextTry = clock.instant().plus(backOff(failures));
            listener.failed(Problem.text(String.valueOf(e)), nextTry);
        }
        synchronized (this) {
            running = false;
            if (stopped) {
                return;
            }
            if (again) {
                again = false;
                running = true;
                worker.execute(this::attempt);
                return;
            }
            next = timer.schedule(nextTry, this::syncNow);
        }
    }
}
