package org.reachable.domain.port;

import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;

/**
 * A data file that could not be read or written. It carries the problem as a value (file, line
 * when known, field, kind); the window and the command line put it in the reader's words. Its
 * message is the English words, for the log:
 * {@code schedule.ics line 12: DTSTART "2026-13-01T09:00:00" is not a date-time}.
 */
public class StoreException extends Exception implements Problem.Carrier {

    private final transient Problem problem;

    public StoreException(Problem problem, Throwable cause) {
        super(ProblemWords.english().words(problem), cause);
        this.problem = problem;
    }

    public StoreException(Problem problem) {
        this(problem, null);
    }

    /** A reason that is already words (from the operating system or a library). */
    public StoreException(String file, int line, String reason, Throwable cause) {
        this(Problem.text(reason).at(file, line), cause);
    }

    public StoreException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    @Override
    public Problem problem() {
        return problem;
    }

    /** The file's name, or its path where the user gave one. */
    public String file() {
        return problem.file();
    }

    /** The 1-based line the problem was found on; 0 when the format gives none. */
    public int line() {
        return problem.line();
    }

    /** What went wrong, in English, without the file and line. */
    public String reason() {
        return ProblemWords.english().what(problem);
    }
}
