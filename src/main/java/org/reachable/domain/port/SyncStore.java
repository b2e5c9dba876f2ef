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
}
