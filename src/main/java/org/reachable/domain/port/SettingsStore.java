package org.reachable.domain.port;

import java.time.ZoneId;
import org.reachable.domain.model.Settings;

/** Keeps the settings ({@code settings.json}). */
public interface SettingsStore {

    /** The settings; an absent file gives the defaults with {@code defaultZone} as home zone. */
    Settings load(ZoneId defaultZone) throws StoreException;

    void save(Settings settings) throws StoreException;

    boolean exists();

    /** The last good version, for the app to run on when the file is broken (see ScheduleStore). */
    java.util.Optional<Settings> loadBackup(ZoneId defaultZone) throws StoreException;
}
