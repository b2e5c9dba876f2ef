package org.reachable.app;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.files.LogFile;
import org.reachable.domain.model.Language;
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
            Optional<Language> chosen = Language.ofCode(settings.load(ZoneId.systemDefault()).preferences().uiLanguage());
            Locale system = Locale.getDefault();
            // keep the country when the language is the system's (nl-BE stays nl-BE)
            chosen.filter(l -> !l.code().equals(system.getLanguage()))
                    .ifPresent(l -> Locale.setDefault(Locale.forLanguageTag(l.code())));
        } catch (StoreException | RuntimeException e) {
            LogFile.get().warning("Using the system language: " + e.getMessage());
        }
    }
}
