package org.reachable.domain.model;

import java.time.Instant;

/**
 * A script the user copied to put on a server (the Sieve auto-reply): when, in which language, and
 * a SHA-256 of its text. The script is made again as it would have been made at {@code at}; a
 * different hash means the schedule, the days off or the texts changed since, and the script on
 * the server no longer says what the app says. Time passing alone does not count.
 *
 * @param sha256 lower-case hex
 */
public record ScriptCopy(Instant at, String language, String sha256) {
}
