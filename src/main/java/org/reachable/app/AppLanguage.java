package org.reachable.app;

import java.util.Locale;
import org.reachable.adapters.files.LogFile;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/**
 * The language the tray and the window speak: the one chosen in Settings, else the system's. Read
 * once when a process starts, so a change applies the next time the window opens.
 */
final class AppLanguage {

    private AppLanguage() {
    }

    /** Makes the chosen language the default for this process; leaves the system's when none is chosen. */
    static void apply(SettingsStore settings) {
        try {
            if (!settings.exists()) {
                return;
            }
            String chosen = settings.load(java.time.ZoneId.systemDefault()).preferences().uiLanguage();
            if (!chosen.isBlank()) {
                Locale system = Locale.getDefault();
                // keep the country when the language is the system's (nl-BE stays nl-BE)
                Locale.setDefault(system.getLanguage().equals(chosen) ? system : Locale.forLanguageTag(chosen));
            }
        } catch (StoreException | RuntimeException e) {
            LogFile.get().warning("Using the system language: " + e.getMessage());
        }
    }
}
