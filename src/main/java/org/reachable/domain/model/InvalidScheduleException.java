package org.reachable.domain.model;

import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;

/**
 * A value that cannot be part of a schedule. It carries the problem as a value, put in the
 * reader's words where it is shown; its message is the English words, for the log.
 */
public class InvalidScheduleException extends IllegalArgumentException implements Problem.Carrier {

    private final transient Problem problem;

    public InvalidScheduleException(Problem problem) {
        super(ProblemWords.english().words(problem));
        this.problem = problem;
    }

    /** A reason that is already words; shown as it is. */
    public InvalidScheduleException(String message) {
        this(Problem.text(message));
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
