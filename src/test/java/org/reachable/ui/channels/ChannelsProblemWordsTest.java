package org.reachable.ui.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/** The window shows a broken settings.json in its own language, not in Jackson's English. */
class ChannelsProblemWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static StoreException mistypedZone() {
        String text = "{\n  \"version\": 1,\n  \"profile\": {\n    \"homeZone\": \"Europe/Amsterdm\"\n  }\n}\n";
        return assertThrows(StoreException.class,
                () -> new JsonCodec().readSettings(text.getBytes(StandardCharsets.UTF_8), "settings.json"));
    }

    private static String shown(Locale locale) {
        StoreException broken = mistypedZone();
        SettingsStore store = new SettingsStore() {
            @Override
            public Settings load(ZoneId defaultZone) throws StoreException {
                throw broken;
            }

            @Override
            public void save(Settings settings) {
                throw new AssertionError("nothing is saved over a broken file");
            }

            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public Optional<Settings> loadBackup(ZoneId defaultZone) {
                return Optional.empty();
            }
        };
        ChannelsViewModel model = new ChannelsViewModel(ResourceBundle.getBundle(ChannelsView.BUNDLE, locale), store,
                AMSTERDAM, id -> 0, id -> { }, Runnable::run, Runnable::run);
        model.load();
        return model.problemProperty().get();
    }

    @Test
    void aMistypedZoneIsShownInDutchInADutchWindow() {
        assertEquals("De kanalen konden niet gelezen worden: settings.json regel 4: homeZone: 'Europe/Amsterdm' is "
                + "geen tijdzone — bedoel je Europe/Amsterdam?", shown(Locale.forLanguageTag("nl-NL")));
    }

    @Test
    void andInEnglishInAnEnglishWindow() {
        assertEquals("Could not read the channels: settings.json line 4: homeZone: 'Europe/Amsterdm' is not a time "
                + "zone — did you mean Europe/Amsterdam?", shown(Locale.ENGLISH));
    }
}
