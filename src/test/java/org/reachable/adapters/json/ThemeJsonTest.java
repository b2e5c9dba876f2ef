package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;

/** The appearance choice is kept in settings.json; a file from before it still loads, following the system. */
class ThemeJsonTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void eachChoiceRoundTrips() throws Exception {
        for (Theme theme : Theme.values()) {
            Settings settings = new Settings(Profile.defaults(ZoneId.of("Europe/Amsterdam")),
                    Settings.defaultChannels("en"), Preferences.defaults().withTheme(theme));
            byte[] written = codec.writeSettings(settings);
            String text = new String(written, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"theme\" : \"" + theme.name() + "\""), text);
            assertEquals(settings, codec.readSettings(written, "settings.json"), text);
        }
    }

    @Test
    void aSettingsFileWithoutTheThemeFollowsTheSystem() throws Exception {
        String old = """
                {
                  "version" : 1,
                  "profile" : { "name" : "Anne", "homeZone" : "Europe/Amsterdam", "languages" : [ "nl" ] },
                  "channels" : [ ],
                  "preferences" : { "notifications" : false, "headsUpMinutes" : 10, "hooks" : { }, "uiLanguage" : "" }
                }
                """;
        Settings settings = codec.readSettings(old.getBytes(StandardCharsets.UTF_8), "settings.json");
        assertEquals(Theme.SYSTEM, settings.preferences().theme());
        assertEquals(10, settings.preferences().headsUpMinutes());
        assertTrue(settings.preferences().silenceDesktop(), "silencing the desktop during focus is on");
    }

    @Test
    void theDefaultFollowsTheSystem() {
        assertEquals(Theme.SYSTEM, Preferences.defaults().theme());
        assertTrue(Theme.SYSTEM.isDark(true));
        assertTrue(!Theme.SYSTEM.isDark(false));
        assertTrue(Theme.DARK.isDark(false));
        assertTrue(!Theme.LIGHT.isDark(true));
    }
}
