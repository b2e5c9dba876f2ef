package org.reachable.adapters.ics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reachable.adapters.ics.RawCalendar.RawComponent;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.ImportAs;

/**
 * How {@link IcsReader} reads another calendar for an import: the kind of each event comes from
 * {@code --as} and its shape (whole days or times), not from Reachable's own X- properties; the
 * channels are the ones chosen; an event the schedule cannot hold is left out with its reason
 * rather than failing the whole file, since a calendar export holds all sorts.
 */
final class IcsImportRules {

    private final ImportAs as;
    private final Set<String> channels;
    private final List<StoreException> skipped = new ArrayList<>();
    private String calendarName;

    IcsImportRules(ImportAs as, Set<String> channels) {
        this.as = as;
        this.channels = Set.copyOf(channels);
    }

    /**
     * The components to read as events: for windows, the AVAILABLE blocks of every VAVAILABILITY
     * (RFC 7953), or the VEVENTs when there is none; else the VEVENTs.
     */
    List<RawComponent> events(RawComponent calendar) {
        calendarName = calendar.text("X-WR-CALNAME");
        if (as == ImportAs.WINDOWS) {
            List<RawComponent> available = new ArrayList<>();
            for (RawComponent c : calendar.components()) {
                if (c.name().equals("VAVAILABILITY")) {
                    c.components().stream().filter(a -> a.name().equals("AVAILABLE")).forEach(available::add);
                }
            }
            if (!available.isEmpty()) {
                return available;
            }
        }
        return calendar.components();
    }

    /** The kind an event becomes; an event this import does not take is an {@link EventProblem}. */
    EntryKind kind(boolean allDay, boolean repeats, boolean free) {
        if (allDay) {
            if (!as.kinds().contains(EntryKind.DAY_OFF)) {
                throw new EventProblem(null, ProblemKind.IMPORT_LEFT_OUT_ALL_DAY);
            }
            return EntryKind.DAY_OFF;
        }
        if (as == ImportAs.DAYS_OFF) {
            throw new EventProblem(null, ProblemKind.IMPORT_LEFT_OUT_TIMED);
        }
        if (as == ImportAs.WINDOWS) {
            return repeats ? EntryKind.WINDOW : EntryKind.EXTRA_WINDOW;
        }
        if (free) {
            throw new EventProblem("TRANSP", ProblemKind.IMPORT_LEFT_OUT_FREE);
        }
        return EntryKind.FOCUS;
    }

    Set<String> channels() {
        return channels;
    }

    void skipped(StoreException problem) {
        skipped.add(problem);
    }

    List<StoreException> skipped() {
        return skipped;
    }

    String calendarName() {
        return calendarName == null || calendarName.isBlank() ? null : calendarName.strip();
    }
}
