package org.reachable.ui;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.reachable.domain.model.Language;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/**
 * The language the screens speak: the one chosen in Settings, else the system's; and, for one
 * screen, as its bundle says it (the base bundle, locale ROOT, is English).
 */
public final class ScreenLanguage {

    /** The system's locale before {@link #applyChoice} changed this process's default. */
    private static volatile Locale system;

    private ScreenLanguage() {
    }

    /** The system's locale, as it was before the choice in Settings was applied to this process. */
    public static Locale system() {
        Locale before = system;
        return before != null ? before : Locale.getDefault();
    }

    /** The language ("nl", "en") the screens speak with this choice in Settings ("" follows the system). */
    public static String language(String choice, Locale system) {
        return Language.ofCode(choice).map(Language::code).orElse(system.getLanguage());
    }

    /** "nl" for a Dutch bundle, "en" for the English base bundle. */
    public static String of(ResourceBundle bundle) {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? Language.ENGLISH.code() : language;
    }

    /**
     * Makes the language chosen in Settings the default for this process; leaves the system's when
     * none is chosen. Read once when a process starts (the tray's, the window's), so a change applies
     * the next time the window opens.
     */
    public static void applyChoice(SettingsStore settings) {
        try {
            if (!settings.exists()) {
                return;
            }
            Optional<Language> chosen = Language.ofCode(settings.load(ZoneId.systemDefault()).preferences().uiLanguage());
            Locale system = Locale.getDefault();
            if (ScreenLanguage.system == null) {
                ScreenLanguage.system = system; // a window process kept between opens compares against it
            }
            // keep the country when the language is the system's (nl-BE stays nl-BE)
            chosen.filter(l -> !l.code().equals(system.getLanguage()))
                    .ifPresent(l -> Locale.setDefault(Locale.forLanguageTag(l.code())));
        } catch (StoreException | RuntimeException e) {
            Logger.getLogger("org.reachable").warning("Using the system language: " + e.getMessage());
        }
    }
}
