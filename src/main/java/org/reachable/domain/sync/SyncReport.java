package org.reachable.domain.sync;

import java.util.List;
import org.reachable.domain.problem.Problem;

/**
 * What one sync did.
 *
 * @param sent entries written to the server (new or changed here)
 * @param deletedThere entries removed from the server (deleted here)
 * @param received entries changed or added here from the server
 * @param deletedHere entries removed here (deleted on the server)
 * @param conflicts entries changed on both sides (kept as here; the server's version waits for the user)
 * @param leftOut objects on the server the schedule cannot hold, each with its reason (left untouched there)
 */
public record SyncReport(int sent, int deletedThere, int received, int deletedHere, int conflicts,
        List<Problem> leftOut) {

    public SyncReport {
        leftOut = List.copyOf(leftOut);
    }

    public boolean nothing() {
        return sent + deletedThere + received + deletedHere + conflicts == 0;
    }
}
