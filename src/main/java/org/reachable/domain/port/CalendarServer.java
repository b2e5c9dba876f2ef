package org.reachable.domain.port;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.problem.Problem;

/**
 * The user's own calendar server (CalDAV, RFC 4791), as the sync sees it: one calendar named
 * "Reachable", one object per schedule entry, each with an ETag that changes whenever the object
 * does. Every failure is a {@link StoreException} whose problem says what went wrong in words the
 * user can act on (wrong password, no such calendar, server error, cannot reach it).
 */
public interface CalendarServer {

    /**
     * The calendar the schedule lives in, as an href on the server: found by discovery
     * (well-known address, current-user-principal, calendar-home-set) and made when missing.
     */
    String calendar() throws StoreException;

    /**
     * Another calendar on the same server, found by its display name and made when missing: the
     * published availability (issue 17), kept apart from the schedule's own calendar.
     */
    default String calendar(String name) throws StoreException {
        throw new UnsupportedOperationException("this server keeps one calendar only");
    }

    /**
     * A tag that changes whenever anything in the calendar changes (the CalendarServer ctag, or the
     * sync-token); empty when the server offers neither, and then every sync lists the calendar.
     */
    Optional<String> tag(String calendar) throws StoreException;

    /**
     * What changed in the calendar since {@code token} (RFC 6578 sync-collection): the objects
     * added or changed with their ETags, the hrefs removed, and the token to ask with next time; with
     * an empty token, every object. Empty when the server offers no such report or no longer knows
     * the token: then the sync compares the ctag and lists the calendar.
     */
    default Optional<Changes> changes(String calendar, String token) throws StoreException {
        return Optional.empty();
    }

    /** An answer to {@link #changes}. */
    record Changes(Map<String, String> changed, Set<String> removed, String token) {
        public Changes {
            changed = Map.copyOf(changed);
            removed = Set.copyOf(removed);
        }
    }

    /** Every calendar object in the calendar: its href and its ETag. */
    Map<String, String> list(String calendar) throws StoreException;

    /** One object's iCalendar text and ETag; empty when it is no longer there. */
    Optional<Resource> get(String href) throws StoreException;

    /**
     * Writes one object, only if it is still as the sync last saw it: with {@code ifMatch} that
     * ETag, without it only if there is no object at {@code href} yet (so a retry never doubles it).
     *
     * @return the new ETag, when the server gives it (else the next list tells)
     * @throws Changed when the object changed on the server meanwhile (412)
     */
    Optional<String> put(String href, String ics, Optional<String> ifMatch) throws StoreException;

    /** Removes one object if it still has {@code etag}; one that is gone already is fine. */
    void delete(String href, String etag) throws StoreException;

    /** Where a new entry with {@code uid} goes in {@code calendar}: the same href for the same UID, always. */
    String hrefFor(String calendar, String uid);

    /** Opens the server the user set up, with its password. Makes no connection yet. */
    interface Connector {
        CalendarServer connect(String url, String user, String password) throws StoreException;
    }

    /** A calendar object as fetched. */
    record Resource(String href, String etag, String ics) {
    }

    /** The server refused a write because the object changed since it was read (HTTP 412). */
    final class Changed extends StoreException {
        private static final long serialVersionUID = 1L;

        public Changed(Problem problem) {
            super(problem);
        }
    }
}
