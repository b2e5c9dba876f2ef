package org.reachable.domain.port;

import java.util.Optional;
import java.util.function.Consumer;
import org.reachable.domain.status.HeldStatus;

/**
 * What {@code reachable status} made of the data files last time, kept beside them, so that a
 * status asked again (a panel asks every minute) is answered without parsing them while no app runs.
 */
public interface StatusMemory {

    /**
     * The status kept last, when the files are as they were read for it and everything else it was
     * made from (this program, the zone rules, the system's zone and language) is the same; empty otherwise, or
     * when what is kept cannot be read whole (then the files are read). Whether it still holds now
     * is {@link HeldStatus#at}'s to say.
     */
    Optional<HeldStatus> recall();

    /**
     * Called just before the files are read: what to hand the status made of them, to be kept with
     * how the files were then (a file saved during the read must not be taken for what was read).
     */
    Consumer<HeldStatus> beforeReading();

    /** Keeps nothing: for a caller that has no data folder to keep it in. */
    StatusMemory NONE = new StatusMemory() {
        @Override
        public Optional<HeldStatus> recall() {
            return Optional.empty();
        }

        @Override
        public Consumer<HeldStatus> beforeReading() {
            return held -> { };
        }
    };
}
