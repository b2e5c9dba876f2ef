package org.reachable.domain.port;

import org.reachable.domain.sync.SyncState;

/**
 * What the sync remembers between runs ({@code sync.json} in the data folder): the server, and
 * each entry as last agreed with it. Written atomically after every step, so that a sync cut off
 * anywhere (a crash, the server gone between two writes) resumes without losing or doubling an edit.
 */
public interface SyncStore {

    /** The state; no file is a sync never set up. */
    SyncState load() throws StoreException;

    void save(SyncState state) throws StoreException;

    /**
     * Runs a read and a save of the questions waiting for the user while no other process (the
     * window answering one, the tray's sync adding one) does the same; a store that is no shared
     * file needs no turn.
     */
    default <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return step.run();
    }
}
