package org.reachable.domain.port;

import java.util.Map;

/** Runs a user's hook command when a state begins (through the shell, with a timeout, off the caller's thread). */
public interface Hooks {

    /** Starts {@code command} with {@code environment} added to its environment; returns at once. */
    void run(String command, Map<String, String> environment);
}
