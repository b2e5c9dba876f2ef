package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.WindowBounds;

/** The window's place is kept in settings.json; a file from before that still loads. */
class WindowBoundsJsonTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void theWindowsBoundsRoundTrip() throws Exception {
        Settings settings = new Settings(Profile.defaults(ZoneId.of("Europe/Amsterdam")), Settings.defaultChannels("nl"),
                Preferences.defaults().withWindow(new WindowBounds(-1280.5, 24, 900, 640)));
        byte[] written = codec.writeSettings(settings);
        String text = new String(written, StandardCharsets.UTF_8);
        assertEquals(settings, codec.readSettings(written, "settings.json"), text);
        assertEquals(new WindowBounds(-1280.5, 24, 900, 640),
                codec.readSettings(written, "settings.json").preferences().window());
    }

    @Test
    void aSettingsFileWithoutTheWindowLoadsWithNone() throws Exception {
        String old = """
                {
                  "version" : 1,
                  "profile" : { "name" : "Anne", "homeZone" : "Europe/Amsterdam", "languages" : [ "nl" ] },
                  "channels" : [ ],
                  "preferences" : { "notifications" : false, "headsUpMinutes" : 10, "hooks" : { }, "uiLanguage" : "" }
                }
                """;
        Settings settings = codec.readSettings(old.getBytes(StandardCharsets.UTF_8), "settings.json");
        assertNull(settings.preferences().window());
        assertEquals(10, settings.preferences().headsUpMinutes());
        assertEquals(List.of(), settings.channels());
    }
}
