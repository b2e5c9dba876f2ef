package org.reachable.adapters.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.reachable.adapters.ics.RawCalendar.RawComponent;
import org.reachable.adapters.ics.RawCalendar.RawProperty;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * How each entry of a schedule about to be saved is stamped, from the file it replaces: an entry
 * that did not change keeps its SEQUENCE and LAST-MODIFIED, a changed one counts one up and is
 * stamped now, a new one starts at 0. Calendar apps that track updates (and CalDAV clients that
 * compare SEQUENCE) see exactly the entries an edit touched; the schedule model itself needs none
 * of this, so it stays in the adapter.
 */
final class IcsRevisions {

    /** How often an entry changed, and when it last did. */
    record Revision(int sequence, Instant modified) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsRevisions() {
    }

    /**
     * @param previous the file as it is on disk now, or null when there is none (or it cannot be read:
     *        then every entry counts as new)
     */
    static Map<String, Revision> next(Schedule schedule, byte[] previous, Instant now) {
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        Map<String, ScheduleEntry> before = new HashMap<>();
        Map<String, Revision> stamped = new HashMap<>();
        if (previous != null) {
            try {
                String text = IcsBytes.decode(previous, "schedule.ics");
                IcsCodec.read(text, "schedule.ics", schedule.zone()).entries().forEach(e -> before.put(e.uid(), e));
                stamped = stampsIn(text);
            } catch (Exception unreadable) {
                before.clear(); // an unreadable file: every entry starts again
            }
        }
        Map<String, Revision> next = new HashMap<>();
        for (ScheduleEntry entry : schedule.entries()) {
            ScheduleEntry old = before.get(entry.uid());
            Revision was = stamped.get(entry.uid());
            if (old == null) {
                next.put(entry.uid(), new Revision(0, stamp));
            } else if (old.equals(entry) && was != null) {
                next.put(entry.uid(), was);
            } else {
                next.put(entry.uid(), new Revision(was == null ? 1 : was.sequence() + 1, stamp));
            }
        }
        return next;
    }

    /** SEQUENCE and LAST-MODIFIED (else DTSTAMP) of each VEVENT, by UID. */
    private static Map<String, Revision> stampsIn(String text) throws Exception {
        Map<String, Revision> found = new HashMap<>();
        for (RawComponent c : RawCalendar.parse(IcsReader.crlf(text)).components()) {
            RawProperty uid = c.first("UID");
            if (!c.name().equals("VEVENT") || uid == null || c.first("RECURRENCE-ID") != null) {
                continue;
            }
            RawProperty sequence = c.first("SEQUENCE");
            RawProperty modified = c.first("LAST-MODIFIED") != null ? c.first("LAST-MODIFIED") : c.first("DTSTAMP");
            found.put(uid.text(), new Revision(sequence == null ? 0 : Integer.parseInt(sequence.value().strip()),
                    modified == null ? Instant.EPOCH
                            : LocalDateTime.parse(modified.value().strip(), UTC).toInstant(ZoneOffset.UTC)));
        }
        return found;
    }
}
