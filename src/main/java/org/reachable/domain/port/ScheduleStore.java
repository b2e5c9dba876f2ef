package org.reachable.domain.port;

import java.time.ZoneId;
import org.reachable.domain.model.Schedule;

/** Keeps the schedule ({@code schedule.ics}). */
public interface ScheduleStore {

    /**
     * The schedule, with its times as wall-clock times in {@code homeZone}. An absent file is an
     * empty schedule; a file that does not parse is a {@link StoreException} and is left untouched.
     */
    Schedule load(ZoneId homeZone) throws StoreException;

    /** Writes atomically and keeps the previous file as a backup. */
    void save(Schedule schedule) throws StoreException;

    boolean exists();
}
