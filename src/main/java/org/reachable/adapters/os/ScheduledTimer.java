package org.reachable.adapters.os;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.reachable.domain.port.Timer;

/** The real timer: one daemon thread; the delay is taken from the wall clock when scheduling. */
public final class ScheduledTimer implements Timer, Executor, AutoCloseable {

    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reachable-timer");
        t.setDaemon(true);
        return t;
    });

    public ScheduledTimer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Cancellable schedule(Instant when, Runnable task) {
        long delay = Math.max(0, when.toEpochMilli() - clock.millis());
        ScheduledFuture<?> future = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Runs a task soon on the timer thread, so everything that touches the monitor takes turns. */
    @Override
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /**
     * Stops once the tasks queued so far have run (a file being written, waited for at most
     * {@code max}); timers set for later do not run.
     */
    public void closeAfterQueued(Duration max) {
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(done::countDown);
        try {
            done.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
