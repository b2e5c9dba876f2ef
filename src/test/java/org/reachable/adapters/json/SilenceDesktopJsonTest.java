package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;

/** "Silence desktop notifications during focus" is kept in settings.json (a file from before it: ThemeJsonTest). */
class SilenceDesktopJsonTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void offIsKept() throws Exception {
        Settings settings = new Settings(Profile.defaults(ZoneId.of("Europe/Amsterdam")),
                Settings.defaultChannels("en"), Preferences.defaults().withSilenceDesktop(false));
        byte[] written = codec.writeSettings(settings);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"silenceDesktop\" : false"), text);
        assertEquals(settings, codec.readSettings(written, "settings.json"));
    }

    @Test
    void onByDefault() {
        assertTrue(Preferences.defaults().silenceDesktop());
        assertFalse(Preferences.defaults().withSilenceDesktop(false).silenceDesktop());
    }
}
