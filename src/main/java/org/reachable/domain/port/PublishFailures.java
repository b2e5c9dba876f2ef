package org.reachable.domain.port;

import java.time.Instant;
import java.util.Optional;
import org.reachable.domain.problem.Problem;

/**
 * The last failure of publishing to the calendar on the user's server, as the tray process met it
 * ({@code calendar-publish.json}), so that Settings can show it next to the switch; gone after
 * the next success. The tray writes it, the window reads it.
 */
public interface PublishFailures {

    /** @param at when it failed; @param problem why, in no language yet */
    record Failure(Instant at, Problem problem) {
    }

    Optional<Failure> last() throws StoreException;

    void failed(Failure failure) throws StoreException;

    /** A publish went through: the last failure is no longer news. */
    void succeeded() throws StoreException;

    /** Held in memory: for tests of other things, and a workspace without a data folder. */
    static PublishFailures inMemory() {
        return new PublishFailures() {
            private Failure last;

            @Override
            public synchronized Optional<Failure> last() {
                return Optional.ofNullable(last);
            }

            @Override
            public synchronized void failed(Failure failure) {
                last = failure;
            }

            @Override
            public synchronized void succeeded() {
                last = null;
            }
        };
    }
}
