package org.reachable.domain.text.snippet;

import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;

/**
 * A text could not be made: the message names the template and, where known, the line. A problem
 * in the user's own template carries it as a value, for the screen to put into the user's words.
 */
public class SnippetException extends RuntimeException implements Problem.Carrier {

    private final int line;
    private final String reason;
    private final transient Problem problem;

    public SnippetException(String message) {
        super(message);
        this.line = 0;
        this.reason = message;
        this.problem = Problem.text(message);
    }

    public SnippetException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.reason = message;
        this.problem = Problem.text(message);
    }

    /**
     * For a template the user wrote: the line (1-based, 0 when unknown) and the reason without
     * the template's name, for a message next to the editor.
     */
    public SnippetException(String message, int line, String reason, Throwable cause) {
        this(message, line, Problem.text(reason), cause);
    }

    /** For a template the user wrote: the line and what is wrong, as a value. */
    public SnippetException(String message, int line, Problem problem, Throwable cause) {
        super(message, cause);
        this.line = Math.max(0, line);
        this.problem = problem;
        this.reason = ProblemWords.english().what(problem);
    }

    /** What went wrong, without the template's name or the line. */
    @Override
    public Problem problem() {
        return problem;
    }

    /** The line of the template where it went wrong, 1-based; 0 when not known. */
    public int line() {
        return line;
    }

    /** What went wrong, without the template's name. */
    public String reason() {
        return reason;
    }
}
