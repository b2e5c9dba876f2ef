package org.reachable.domain.sync;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.problem.Problem;

/**
 * What the sync remembers ({@code sync.json}): which server, which calendar on it, and every entry
 * as last agreed with the server (its href, ETag and text) — the base of the three-way merge and
 * the sign of what is still to send. Local edits not yet on the server are the entries that differ
 * from this base: they wait here across restarts until a sync delivers them.
 *
 * @param url the server's address as the user gave it; empty when no server is set up
 * @param user the user name on it (the password is in the keyring)
 * @param calendar the calendar's href, once found or made
 * @param tag the calendar's ctag or sync-token at the last sync: unchanged means nothing changed there
 * @param synced per UID, the entry as last agreed with the server
 * @param waiting UIDs of local changes still to send, as of the last attempt (for the status line)
 * @param conflicts per UID, the server's version of an entry changed on both sides: the local one
 *        was kept and sent, this one is kept for the user to choose
 * @param lastSync when a sync last went through
 * @param failures failed attempts since then (the back-off counts them)
 * @param problem why the last attempt failed; empty after a success
 */
public record SyncState(String url, String user, Optional<String> calendar, Optional<String> tag,
        Map<String, Synced> synced, List<String> waiting, Map<String, String> conflicts,
        Optional<Instant> lastSync, int failures, Optional<Problem> problem) {

    /** One entry as the server has it, by our last word with it. */
    public record Synced(String href, String etag, String ics) {
    }

    public SyncState {
        url = url == null ? "" : url;
        user = user == null ? "" : user;
        synced = Map.copyOf(new LinkedHashMap<>(synced));
        waiting = List.copyOf(waiting);
        conflicts = Map.copyOf(conflicts);
    }

    /** No server set up. */
    public static SyncState none() {
        return new SyncState("", "", Optional.empty(), Optional.empty(), Map.of(), List.of(), Map.of(),
                Optional.empty(), 0, Optional.empty());
    }

    /** A server just set up: nothing agreed with it yet. */
    public static SyncState setUp(String url, String user, String calendar) {
        return new SyncState(url, user, Optional.of(calendar), Optional.empty(), Map.of(), List.of(), Map.of(),
                Optional.empty(), 0, Optional.empty());
    }

    public boolean configured() {
        return !url.isEmpty();
    }

    SyncState withSynced(Map<String, Synced> newSynced) {
        return new SyncState(url, user, calendar, tag, newSynced, waiting, conflicts, lastSync, failures, problem);
    }

    SyncState withCalendar(String newCalendar) {
        return new SyncState(url, user, Optional.of(newCalendar), Optional.empty(), Map.of(), waiting, conflicts,
                lastSync, failures, problem);
    }

    SyncState succeeded(Instant at, Optional<String> newTag, Map<String, String> newConflicts) {
        return new SyncState(url, user, calendar, newTag, synced, List.of(), newConflicts, Optional.of(at), 0,
                Optional.empty());
    }

    SyncState failed(Problem why, List<String> stillWaiting) {
        return new SyncState(url, user, calendar, tag, synced, stillWaiting, conflicts, lastSync, failures + 1,
                Optional.of(why));
    }

    /** The user chose: the conflicts on {@code uids} are settled. */
    public SyncState settled(Collection<String> uids) {
        Map<String, String> left = new LinkedHashMap<>(conflicts);
        left.keySet().removeAll(uids);
        return withConflicts(left);
    }

    SyncState withConflicts(Map<String, String> newConflicts) {
        return new SyncState(url, user, calendar, tag, synced, waiting, newConflicts, lastSync, failures, problem);
    }
}
