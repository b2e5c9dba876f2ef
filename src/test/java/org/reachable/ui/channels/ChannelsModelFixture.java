package org.reachable.ui.channels;


import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.ui.MemorySettingsStore;

/**
 * The Channels page's model as its tests build it: plain JUnit, no toolkit, direct executors,
 * settings.json in memory with the four usual channels in Dutch.
 */
abstract class ChannelsModelFixture {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Fails to read or to write, as a broken file or a full disk do. */
    record BrokenStore(Settings settings, StoreException loadFailure, RuntimeException saveFailure)
            implements SettingsStore {
        @Override
        public Settings load(ZoneId defaultZone) throws StoreException {
            if (loadFailure != null) {
                throw loadFailure;
            }
            return settings;
        }

        @Override
        public void save(Settings newSettings) {
            throw saveFailure;
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

    final MemorySettingsStore store = new MemorySettingsStore(new Settings(Profile.defaults(AMSTERDAM),
            Settings.defaultChannels("nl"), new Preferences(true, 5, Map.of("FOCUS", "x"), "nl")));
    final List<String> removed = new ArrayList<>();
    final ChannelsViewModel model = new ChannelsViewModel(
            ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.forLanguageTag("nl-NL")), store, AMSTERDAM,
            id -> id.equals("phone") ? 3 : 0, removed::add, Runnable::run, Runnable::run);

    StringProperty name(String language) {
        return model.form().words().names().text(language);
    }

    PromiseChoice inside() {
        return model.form().words().inside();
    }

    List<String> savedIds() {
        return store.settings.channels().stream().map(Channel::id).toList();
    }
}
