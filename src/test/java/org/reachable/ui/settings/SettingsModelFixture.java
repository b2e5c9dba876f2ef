package org.reachable.ui.settings;


import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.StoreException;
import org.reachable.ui.MemorySettingsStore;

/**
 * The Settings page's model as its tests build it: plain JUnit, no toolkit, direct executors, a fake
 * autostart and settings kept in memory.
 */
abstract class SettingsModelFixture {


    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static final class FakeAutostart implements Autostart {
        boolean enabled;
        boolean failing;
        final List<String> calls = new ArrayList<>();

        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public void enable() throws StoreException {
            calls.add("enable");
            if (failing) {
                throw new StoreException("reachable.desktop", 0, "read-only folder");
            }
            enabled = true;
        }

        @Override
        public void disable() {
            calls.add("disable");
            enabled = false;
        }
    }

    final FakeAutostart autostart = new FakeAutostart();
    final MemorySettingsStore store = new MemorySettingsStore(new Settings(Profile.defaults(AMSTERDAM),
            Settings.defaultChannels("nl"), new Preferences(false, 10, java.util.Map.of("FOCUS", "notify-send x"), "nl")
                    .withWindow(new WindowBounds(10, 20, 800, 600))));
    final SettingsViewModel model = new SettingsViewModel(
            ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH), autostart, store, AMSTERDAM, Runnable::run,
            Runnable::run);
}
