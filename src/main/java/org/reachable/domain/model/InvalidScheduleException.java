package org.reachable.domain.model;

/** A value that cannot be part of a schedule; the message says which and why, in words for a user. */
public class InvalidScheduleException extends IllegalArgumentException {
    public InvalidScheduleException(String message) {
        super(message);
    }
}
