package org.reachable.adapters.files;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A scheduled executor whose tasks run only when the test says so: a debounce is then checked by
 * what was asked (which delays, which were cancelled), not by how long a machine took. Each call
 * also notes what {@code probe} said at that moment (e.g. whether a file existed yet).
 */
final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** One {@code schedule} call. */
    final class Task implements ScheduledFuture<Object> {
        final Runnable action;
        final Duration delay;
        final boolean probeWhenScheduled;
        boolean cancelled;
        boolean ran;

        Task(Runnable action, Duration delay, boolean probe) {
            this.action = action;
            this.delay = delay;
            this.probeWhenScheduled = probe;
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            synchronized (ManualScheduler.this) {
                boolean was = !cancelled && !ran;
                cancelled = true;
                return was;
            }
        }

        @Override
        public boolean isCancelled() {
            synchronized (ManualScheduler.this) {
                return cancelled;
            }
        }

        @Override
        public boolean isDone() {
            synchronized (ManualScheduler.this) {
                return cancelled || ran;
            }
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delay);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private final BooleanSupplier probe;
    /** The most tasks waiting at once, counted at each schedule call: a debouncer keeps one. */
    private int mostPending;
    private boolean shutDown;

    ManualScheduler(BooleanSupplier probe) {
        this.probe = probe;
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, Duration.ofNanos(unit.toNanos(delay)), probe.getAsBoolean());
        tasks.add(task);
        mostPending = Math.max(mostPending, pending().size());
        notifyAll();
        return task;
    }

    /** All schedule calls so far, in order. */
    synchronized List<Task> calls() {
        return List.copyOf(tasks);
    }

    synchronized List<Task> pending() {
        return tasks.stream().filter(t -> !t.cancelled && !t.ran).toList();
    }

    synchronized int mostPending() {
        return mostPending;
    }

    /** Waits until at least {@code count} schedule calls were made (the watcher runs on its own thread). */
    synchronized void awaitCalls(int count) throws InterruptedException {
        while (tasks.size() < count) {
            wait(); // the test's @Timeout is the hang guard
        }
    }

    /** Runs what is pending now, on the caller's thread, as if its delay had passed. */
    void runPending() {
        for (Task task : pending()) {
            synchronized (this) {
                task.ran = true;
            }
            task.action.run();
        }
    }

    @Override
    public synchronized void shutdown() {
        shutDown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutDown = true;
        return List.of();
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutDown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutDown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    @Override
    public void execute(Runnable command) {
        throw new UnsupportedOperationException("the watcher only schedules");
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }
}
