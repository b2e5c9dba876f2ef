package org.reachable.domain.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The published free/busy feed (availability.ics): per channel the stretches in which it is
 * reachable, and nothing else of the schedule (no entry's name or description, no day off's
 * reason), for a calendar app to subscribe to.
 */
public final class FeedFormat {

    private FeedFormat() {
    }

    /** One reachable stretch of one channel; {@code summary} is what a calendar shows ("Telefoon: bereikbaar"). */
    public record Stretch(String channelId, String summary, Instant start, Instant end) {
    }

    /** {@code name} names the calendar; times are written in {@code zone}, the user's home zone. */
    public record Feed(String name, ZoneId zone, Instant published, List<Stretch> stretches) {

        public Feed {
            stretches = List.copyOf(stretches);
        }
    }
}
