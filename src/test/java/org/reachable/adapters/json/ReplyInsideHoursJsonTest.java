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

/** "Also reply inside reachable hours" is kept in settings.json, and is off in a file from before it. */
class ReplyInsideHoursJsonTest {

    private final JsonCodec codec = new JsonCodec();

    @Test
    void onIsKept() throws Exception {
        Settings settings = new Settings(Profile.defaults(ZoneId.of("Europe/Amsterdam")),
                Settings.defaultChannels("en"), Preferences.defaults().withReplyInsideHours(true));
        byte[] written = codec.writeSettings(settings);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"replyInsideHours\" : true"), text);
        assertEquals(settings, codec.readSettings(written, "settings.json"));
    }

    @Test
    void aSettingsFileFromBeforeTheSwitchSendsNoReplyInsideTheHours() throws Exception {
        String old = """
                {
                  "version" : 2,
                  "profile" : { "name" : "Anne", "homeZone" : "Europe/Amsterdam", "languages" : [ "nl" ] },
                  "channels" : [ ],
                  "preferences" : { "notifications" : true, "headsUpMinutes" : 5, "hooks" : { }, "uiLanguage" : "",
                                    "theme" : "DARK", "silenceDesktop" : false }
                }
                """;
        Settings settings = codec.readSettings(old.getBytes(StandardCharsets.UTF_8), "settings.json");
        assertFalse(settings.preferences().replyInsideHours());
        assertFalse(settings.preferences().silenceDesktop(), "the fields around it still read");
        assertFalse(Preferences.defaults().replyInsideHours(), "off for a newcomer too");
    }
}
