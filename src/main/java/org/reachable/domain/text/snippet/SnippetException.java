package org.reachable.domain.text.snippet;

/** A text could not be made: the message names the template and, where known, the line. */
public class SnippetException extends RuntimeException {

    public SnippetException(String message) {
        super(message);
    }

    public SnippetException(String message, Throwable cause) {
        super(message, cause);
    }
}
