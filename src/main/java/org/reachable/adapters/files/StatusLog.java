package org.reachable.adapters.files;

import java.util.logging.Logger;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.status.Status;

/** What reachable.log says of the status: each change of state, and each file problem. */
public final class StatusLog implements StatusMonitor.Listener {

    private final Logger log = LogFile.get();

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        if (change.stateChanged()) {
            Status status = change.current();
            log.info("Status " + status.state() + " (" + status.reason().code() + ") until " + status.until()
                    + (change.byHand() ? ", set by hand" : ""));
        }
    }

    @Override
    public void problem(Problem problem) {
        if (problem != null) {
            log.warning(ProblemWords.english().words(problem)); // the log is read by whoever helps, in English
        }
    }
}
