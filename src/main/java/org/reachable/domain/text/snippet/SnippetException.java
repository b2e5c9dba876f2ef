package org.reachable.domain.text.snippet;

/** A text could not be made: the message names the template and, where known, the line. */
public class SnippetException extends RuntimeException {

    private final int line;
    private final String reason;

    public SnippetException(String message) {
        super(message);
        this.line = 0;
        this.reason = message;
    }

    public SnippetException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.reason = message;
    }

    /**
     * For a template the user wrote: the line (1-based, 0 when unknown) and the reason without
     * the template's name, for a message next to the editor.
     */
    public SnippetException(String message, int line, String reason, Throwable cause) {
        super(message, cause);
        this.line = Math.max(0, line);
        this.reason = reason;
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
