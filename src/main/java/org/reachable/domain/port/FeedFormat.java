package org.reachable.domain.port;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

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

    /**
     * One channel's week as VAVAILABILITY (RFC 7953), for CalDAV servers and scheduling tools: the
     * weekly {@code slots} (AVAILABLE with an RRULE), each left out on the {@code except} dates, on
     * which {@code extra} holds what is reachable instead (a day off, a dated change, a clock change).
     */
    public record Week(String channelId, String summary, List<Slot> slots, List<LocalDate> except,
            List<Stretch> extra) {

        public Week {
            slots = List.copyOf(slots);
            except = List.copyOf(except);
            extra = List.copyOf(extra);
        }
    }

    /**
     * Reachable every {@code days} from {@code start} to {@code end} (wall-clock; an end of midnight
     * is the end of the day), the first time on {@code first}.
     */
    public record Slot(Set<DayOfWeek> days, LocalDate first, LocalTime start, LocalTime end) {

        public Slot {
            days = Set.copyOf(days);
        }
    }

    /** The weeks of every channel, valid from {@code from} to {@code to} (the feed's range), in {@code zone}. */
    public record Availability(String name, ZoneId zone, Instant published, Instant from, Instant to,
            List<Week> weeks) {

        public Availability {
            weeks = List.copyOf(weeks);
        }
    }
}
