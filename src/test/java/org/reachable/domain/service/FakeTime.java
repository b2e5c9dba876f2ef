package org.reachable.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reachable.domain.port.Timer;

/** A clock that only moves when told, and a timer that fires when that clock passes its instant. */
public final class FakeTime extends Clock implements Timer {

    private Instant now;
    private final ZoneId zone;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task implements Cancellable {
        final Instant when;
        final Runnable action;
        boolean cancelled;

        Task(Instant when, Runnable action) {
            this.when = when;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    public FakeTime(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public Cancellable schedule(Instant when, Runnable task) {
        Task t = new Task(when, task);
        tasks.add(t);
        return t;
    }

    /** The pending (not cancelled) timers; the monitor should keep exactly one. */
    public List<Instant> pending() {
        return tasks.stream().filter(t -> !t.cancelled).map(t -> t.when).sorted().toList();
    }

    /** Moves the clock forward, firing each due timer at its own instant, in order. */
    public void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && !t.when.isAfter(target))
                    .min(Comparator.comparing(t -> t.when)).orElse(null);
            if (next == null) {
                break;
            }
            next.cancelled = true;
            if (next.when.isAfter(now)) {
                now = next.when;
            }
            next.action.run();
        }
        now = target;
    }

    /** The laptop sleeps: the clock jumps, and pending timers only fire afterwards, late. */
    public void suspendFor(Duration duration) {
        now = now.plus(duration);
        List<Task> due = tasks.stream().filter(t -> !t.cancelled && !t.when.isAfter(now)).toList();
        for (Task t : due) {
            t.cancelled = true;
            t.action.run();
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
