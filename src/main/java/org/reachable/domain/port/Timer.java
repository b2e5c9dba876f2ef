package org.reachable.domain.port;

import java.time.Instant;

/** Runs a task once at a wall-clock instant. The app has one real one; tests drive a fake. */
public interface Timer {

    /** Schedules {@code task} for {@code when} (at once if that has passed); the handle cancels it. */
    Cancellable schedule(Instant when, Runnable task);

    interface Cancellable {
        void cancel();
    }
}
