package org.reachable.ui;

import java.time.ZoneId;
import java.util.Optional;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;

/** settings.json in memory, counting saves, for screen tests that change settings. */
public class MemorySettingsStore implements SettingsStore {

    public volatile Settings settings;
    public volatile int saves;

    public MemorySettingsStore(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Settings load(ZoneId defaultZone) {
        return settings;
    }

    @Override
    public void save(Settings newSettings) {
        settings = newSettings;
        saves++;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public Optional<Settings> loadBackup(ZoneId defaultZone) {
        return Optional.empty();
    }
}
