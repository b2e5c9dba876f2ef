package org.reachable.domain.port;

/**
 * A data file that could not be read or written. The message names the file, the line when
 * known, and the reason, in words a user can act on:
 * {@code schedule.ics line 12: DTSTART "2026-13-01T09:00:00" is not a date-time}.
 */
public class StoreException extends Exception {

    private final String file;
    private final int line;
    private final String reason;

    public StoreException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public StoreException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    /** The file's name, or its path where the user gave one. */
    public String file() {
        return file;
    }

    /** The 1-based line the problem was found on; 0 when the format gives none. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
