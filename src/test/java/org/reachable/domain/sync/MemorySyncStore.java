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
    /** Set: a save that changes the questions outside a turn ({@link #exclusive}) is refused, as a race. */
    boolean questionsInTurns;
    private int turns;

    @Override
    public <T> T exclusive(org.reachable.domain.port.ScheduleStore.Step<T> step) throws StoreException {
        turns++;
        try {
            return step.run();
        } finally {
            turns--;
        }
    }

    @Override
    public SyncState load() {
        return state;
    }

    @Override
    public void save(SyncState next) throws StoreException {
        if (questionsInTurns && turns == 0 && !next.conflicts().equals(state.conflicts())) {
            throw new IllegalStateException("the questions changed outside a turn: another process could undo it");
        }
        saves++;
        if (saves == failSave) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, "the process was killed").at("sync.json", 0));
        }
        state = next;
    }
}
