package org.reachable.domain.port;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.service.ImportAs;

/** Reads another calendar's events as schedule entries, for an import. */
public interface CalendarReader {

    /**
     * The events of {@code bytes} that {@code as} takes, as entries with the calendar's own UIDs and
     * the given channels; an event the schedule cannot hold is skipped with its reason.
     *
     * @throws StoreException when the bytes are not a calendar at all
     */
    Read read(byte[] bytes, String name, ZoneId home, ImportAs as, Set<String> channels) throws StoreException;

    /**
     * @param calendarName the calendar's own name (X-WR-CALNAME) when it has one
     * @param entries what was read
     * @param skipped one problem per event left out, with its line
     */
    record Read(Optional<String> calendarName, Schedule entries, List<Problem> skipped) {
    }
}
