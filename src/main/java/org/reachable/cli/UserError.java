package org.reachable.cli;

/** A mistake the user can fix; the CLI prints the message on one line and exits 1. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
