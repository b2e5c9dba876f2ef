package org.reachable.adapters.ics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.FeedFormat;
import org.reachable.domain.port.IcsFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * The schedule as RFC 5545 iCalendar text ({@code schedule.ics}), and back.
 *
 * <p>Written: one VEVENT per entry with its UID, DTSTART/DTEND with {@code TZID=<home zone>} and a
 * matching VTIMEZONE, {@code RRULE:FREQ=WEEKLY;BYDAY=…} for weekly entries, whole days
 * ({@code VALUE=DATE}, DTEND exclusive) for days off; kind and channels as CATEGORIES,
 * TRANSP and {@code X-REACHABLE-*} properties. The output depends only on the schedule (DTSTAMP is
 * fixed unless given), so it can be compared and diffed.
 *
 * <p>Read: our own files, and files another calendar app wrote or edited: an event without
 * {@code X-REACHABLE-KIND} is a day off when it takes whole days, a reachable window (weekly) or
 * extra window (once) when it is free time and lists {@code X-REACHABLE-CHANNELS}, and a focus
 * block otherwise. Times written in another zone are converted to wall-clock times in the home
 * zone; floating times are taken as home-zone times. Anything the schedule cannot hold is a
 * {@link StoreException} naming the file, the line and what to change; nothing else is thrown.
 *
 * <p>ical4j reads no {@code ical4j.properties} it needs and makes no network calls: its time-zone
 * updater is off unless {@code net.fortuna.ical4j.timezone.update.enabled} is set to something
 * other than {@code false}, and this codec never asks it for a zone by URL.
 */
public final class IcsCodec {

    /** The DTSTAMP written when none is given: fixed, so that equal schedules give equal files. */
    public static final Instant DEFAULT_DTSTAMP = Instant.parse("2000-01-01T00:00:00Z");

    public static final String PRODID = IcsWriter.PRODID;

    /** This codec behind the domain's port, for the CLI's {@code export-ics}. */
    public static final IcsFormat FORMAT = new IcsFormat() {
        @Override
        public String write(Schedule schedule) {
            return IcsCodec.write(schedule);
        }

        @Override
        public String writeAvailability(Schedule schedule) {
            return IcsCodec.writeAvailability(schedule);
        }

        @Override
        public String feed(FeedFormat.Feed feed) {
            return IcsFeed.write(feed);
        }

        @Override
        public java.util.Map<String, String> feedObjects(FeedFormat.Feed feed) {
            return IcsFeed.objects(feed);
        }

        @Override
        public String availability(FeedFormat.Availability availability) {
            return IcsFeedWeek.write(availability);
        }
    };

    private IcsCodec() {
    }

    /** The whole file for {@code schedule}, lines ending in CRLF and folded at 75 octets. */
    public static String write(Schedule schedule) {
        return write(schedule, DEFAULT_DTSTAMP);
    }

    /**
     * As {@link #write(Schedule)}, each entry stamped as {@code revisions} says (DTSTAMP and
     * LAST-MODIFIED its last change, SEQUENCE how often it changed), so that calendar apps that
     * track updates see which entries an edit touched.
     */
    static String write(Schedule schedule, Map<String, IcsRevisions.Revision> revisions) {
        Objects.requireNonNull(schedule, "schedule");
        return IcsWriter.write(schedule, DEFAULT_DTSTAMP, revisions);
    }

    /** As {@link #write(Schedule)}, with {@code dtstamp} (whole seconds, UTC) on every event. */
    public static String write(Schedule schedule, Instant dtstamp) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(dtstamp, "dtstamp");
        return IcsWriter.write(schedule, dtstamp);
    }

    /**
     * RFC 7953, for CalDAV servers: windows and extra windows as AVAILABLE periods of one
     * VAVAILABILITY (busy outside them), focus blocks and days off as busy VEVENTs beside it.
     * Calendar apps such as Google and Outlook drop VAVAILABILITY on import; use {@link #write}
     * for them. {@link #read} does not read this form back.
     */
    public static String writeAvailability(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return IcsWriter.writeAvailability(schedule, DEFAULT_DTSTAMP);
    }

    /**
     * The schedule in the file's {@code bytes} (UTF-8, with or without a byte order mark; CRLF, LF
     * or mixed line endings; folds anywhere, also inside a character), its times as wall-clock times in {@code homeZone}; the result's
     * zone is {@code homeZone}.
     *
     * @param fileName how the messages name the file ("schedule.ics" or a path)
     * @throws StoreException when the text is not iCalendar, is cut off, or holds something the
     *         schedule cannot; {@link StoreException#line()} is the 1-based line to look at
     */
    public static Schedule read(byte[] bytes, String fileName, ZoneId homeZone) throws StoreException {
        Objects.requireNonNull(bytes, "bytes");
        String name = fileName == null ? "schedule.ics" : fileName;
        return read(IcsBytes.decode(bytes, name), name, homeZone);
    }

    /** As {@link #read(byte[], String, ZoneId)}, for text already decoded. */
    public static Schedule read(String text, String fileName, ZoneId homeZone) throws StoreException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(homeZone, "homeZone");
        String name = fileName == null ? "schedule.ics" : fileName;
        try {
            return IcsReader.read(text, name, homeZone);
        } catch (StoreException e) {
            throw e;
        } catch (InvalidScheduleException e) {
            throw new StoreException(e.problem().at(name, 0), e);
        } catch (RuntimeException e) {
            throw new StoreException(Problem.of(ProblemKind.ICS_UNREADABLE, e.toString()).at(name, 0), e);
        }
    }
}
