package org.reachable.domain.port;

import java.util.Map;
import org.reachable.domain.model.Schedule;

/** Writes a schedule as an iCalendar file any calendar app reads. */
public interface IcsFormat {

    String write(Schedule schedule);

    /** The same schedule as one VAVAILABILITY component, for CalDAV servers (RFC 7953). */
    String writeAvailability(Schedule schedule);

    /** The published free/busy feed (availability.ics): per channel when it is reachable, nothing else. */
    String feed(FeedFormat.Feed feed);

    /**
     * The feed's events one per calendar object, by UID, in the feed's order: what a calendar on
     * the user's CalDAV server holds when the availability is published there.
     */
    Map<String, String> feedObjects(FeedFormat.Feed feed);

    /** The feed's weeks as VAVAILABILITY (RFC 7953), one per channel (availability-week.ics). */
    String availability(FeedFormat.Availability availability);
}
