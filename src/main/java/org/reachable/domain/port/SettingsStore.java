package org.reachable.domain.port;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.reachable.domain.model.Settings;

/** Keeps the settings ({@code settings.json}). */
public interface SettingsStore {

    /** The settings; an absent file gives the defaults with {@code defaultZone} as home zone. */
    Settings load(ZoneId defaultZone) throws StoreException;

    void save(Settings settings) throws StoreException;

    boolean exists();

    /**
     * Runs {@code step} while no other process of the app (the window, the tray, the command line)
     * runs one on these settings, waiting a bounded while for its turn; a store that is no shared
     * file needs no turn. As {@link ScheduleStore#exclusive}.
     */
    default <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return step.run();
    }

    /**
     * Reads the settings as they are in the file now, changes them and writes them back, in turn
     * with every other read-change-save ({@link #exclusive}), so a change made elsewhere meanwhile
     * (another screen, the tray, the CLI) is not lost.
     *
     * @return what was written
     */
    default Settings update(ZoneId defaultZone, UnaryOperator<Settings> change)
            throws StoreException {
        return exclusive(() -> {
            Settings changed = change.apply(load(defaultZone));
            save(changed);
            return changed;
        });
    }

    /** The last good version, for the app to run on when the file is broken (see ScheduleStore). */
    Optional<Settings> loadBackup(ZoneId defaultZone) throws StoreException;
}
