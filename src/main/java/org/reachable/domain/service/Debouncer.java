package org.reachable.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.reachable.domain.port.Timer;

/**
 * Runs the last of a burst of requests once, {@code delay} after the last one came in; requests
 * and the run are on the {@code onto} executor's thread (the UI thread in the app). On the Timer
 * port, so tests move a fake clock instead of waiting.
 */
public final class Debouncer implements Consumer<Runnable> {

    private final Timer timer;
    private final Clock clock;
    private final Duration delay;
    private final Executor onto;
    private Timer.Cancellable pending;
    /** Which request is the latest: a timer that fired just as a newer request came is ignored. */
    private long generation;

    public Debouncer(Timer timer, Clock clock, Duration delay, Executor onto) {
        this.timer = timer;
        this.clock = clock;
        this.delay = delay;
        this.onto = onto;
    }

    /** Asks for {@code action} to run once the requests stop for {@code delay}; replaces any waiting one. */
    @Override
    public synchronized void accept(Runnable action) {
        stop();
        long mine = generation;
        pending = timer.schedule(clock.instant().plus(delay), () -> onto.execute(() -> {
            if (isLatest(mine)) {
                action.run();
            }
        }));
    }

    /** Forgets what is waiting (the caller does it now instead). */
    public synchronized void stop() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    private synchronized boolean isLatest(long request) {
        if (request != generation) {
            return false;
        }
        pending = null;
        return true;
    }
}
