package org.reachable.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;

/** The screens speak the language chosen in Settings, else the system's. */
class ScreenLanguageTest {

    private final Locale system = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    private static MemorySettingsStore choosing(String uiLanguage) {
        return new MemorySettingsStore(new Settings(Profile.defaults(ZoneId.of("Europe/Amsterdam")),
                Settings.defaultChannels("nl"), new Preferences(true, 5, null, uiLanguage)));
    }

    @Test
    void aChosenLanguageBecomesTheProcesssDefault() {
        Locale.setDefault(Locale.US);
        ScreenLanguage.applyChoice(choosing("nl"));
        assertEquals("nl", Locale.getDefault().getLanguage());
    }

    @Test
    void noChoiceOrTheSystemsOwnLanguageKeepsTheSystemsLocaleWithItsCountry() {
        Locale.setDefault(Locale.forLanguageTag("nl-BE"));
        ScreenLanguage.applyChoice(choosing(""));
        assertEquals(Locale.forLanguageTag("nl-BE"), Locale.getDefault());
        ScreenLanguage.applyChoice(choosing("nl"));
        assertEquals(Locale.forLanguageTag("nl-BE"), Locale.getDefault(), "nl-BE stays nl-BE");
    }

    @Test
    void theLanguageAWindowProcessStartedNowWouldSpeak() {
        assertEquals("nl", ScreenLanguage.language("nl", Locale.US));
        assertEquals("en", ScreenLanguage.language("", Locale.US), "follows the system");
        assertEquals("nl", ScreenLanguage.language("", Locale.forLanguageTag("nl-BE")));
        assertEquals("en", ScreenLanguage.language("en", Locale.forLanguageTag("nl-NL")));
    }
}
