package org.reachable.domain.port;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
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

    /** A read, a merge and a save that must not interleave with another process doing the same. */
    interface Step<T> {
        T run() throws StoreException;
    }

    /**
     * Runs {@code step} while no other part of the app (the tray's sync, the window's save, the
     * command line) runs one on this schedule, waiting a bounded while for its turn; a store that
     * is no shared file needs no turn.
     */
    default <T> T exclusive(Step<T> step) throws StoreException {
        return step.run();
    }

    /**
     * Reads the schedule as it is now, applies {@code change} and writes the result, in turn with
     * every other read-merge-save ({@link #exclusive}): an edit saved elsewhere meanwhile is kept.
     *
     * @return what was written
     */
    default Schedule update(ZoneId homeZone, UnaryOperator<Schedule> change) throws StoreException {
        return exclusive(() -> {
            Schedule changed = change.apply(load(homeZone));
            save(changed);
            return changed;
        });
    }

    /**
     * The last good version (kept as {@code schedule.ics.bak} by the previous save), for the app
     * to run on when the file itself is broken. The broken file is moved aside before the next save.
     */
    Optional<Schedule> loadBackup(ZoneId homeZone) throws StoreException;
}
