package org.reachable.domain.service;

import java.time.ZoneId;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.StoreException;

/**
 * The user's home zone, kept in one place: the profile in settings.json. Reachable's entries
 * (windows, focus blocks, days off, extra windows) are wall-clock times in it, so a change keeps
 * "9:00-11:00" at 9:00-11:00, now in the new zone. schedule.ics carries a copy of the zone for
 * calendar apps, written again here.
 */
public final class HomeZone {

    private final Workspace workspace;

    public HomeZone(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The home zone now; without settings, the clock's (the one default). */
    public ZoneId current() throws StoreException {
        return workspace.settings().exists()
                ? workspace.settings().load(workspace.clock().getZone()).profile().homeZone()
                : workspace.clock().getZone();
    }

    /**
     * Makes {@code zone} the home zone, keeping every entry's wall-clock times.
     *
     * @return the schedule as it now reads, in {@code zone}
     */
    public Schedule change(ZoneId zone) throws StoreException {
        // read first: a schedule.ics that does not parse stops the change before anything is written
        Schedule schedule = workspace.schedules().load(zone);
        workspace.settings().update(workspace.clock().getZone(), s -> {
            Profile p = s.profile().withHomeZone(zone);
            // the same clock twice says nothing to a client
            return s.withProfile(zone.equals(p.clientZone()) ? p.withClientZone(null) : p);
        });
        if (workspace.schedules().exists()) {
            workspace.schedules().save(schedule); // the file's own TZID and X-WR-TIMEZONE follow
        }
        return schedule;
    }
}
