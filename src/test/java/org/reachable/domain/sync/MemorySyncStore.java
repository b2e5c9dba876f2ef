package org.reachable.domain.sync;

import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SyncStore;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/** sync.json in a field; a save can be made to fail once, as a crash at that moment would leave it. */
public final class MemorySyncStore implements SyncStore {

    public SyncState state = SyncState.none();
    int saves;
    /** The save with this number fails (and keeps the previous state); 0 never. */
    int failSave;

    @Override
    public SyncState load() {
        return state;
    }

    @Override
    public void save(SyncState next) throws StoreException {
        saves++;
        if (saves == failSave) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, "the process was killed").at("sync.json", 0));
        }
        state = next;
    }
}
