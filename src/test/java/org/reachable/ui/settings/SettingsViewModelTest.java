package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.StoreException;
import org.reachable.ui.MemorySettingsStore;

/** Plain JUnit: no toolkit, direct executors, a fake autostart and settings kept in memory. */
class SettingsViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

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

    private final FakeAutostart autostart = new FakeAutostart();
    private final MemorySettingsStore store = new MemorySettingsStore(new Settings(Profile.defaults(AMSTERDAM),
            Settings.defaultChannels("nl"), new Preferences(false, 10, java.util.Map.of("FOCUS", "notify-send x"), "nl")
                    .withWindow(new WindowBounds(10, 20, 800, 600))));
    private final SettingsViewModel model = new SettingsViewModel(
            ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH), autostart, store, AMSTERDAM, Runnable::run,
            Runnable::run);

    @Test
    void loadShowsTheEntryAndThePreferencesWithoutWritingThem() {
        autostart.enabled = true;
        model.load();
        assertTrue(model.startAtLoginProperty().get());
        assertFalse(model.notificationsProperty().get());
        assertEquals(10, model.headsUpMinutesProperty().get());
        assertEquals(List.of(), autostart.calls);
        assertEquals(0, store.saves);
    }

    @Test
    void theSwitchWritesAndRemovesTheEntry() {
        model.load();
        model.startAtLoginProperty().set(true);
        assertTrue(autostart.enabled);
        model.startAtLoginProperty().set(false);
        assertFalse(autostart.enabled);
        assertEquals(List.of("enable", "disable"), autostart.calls);
    }

    @Test
    void aFailedSwitchSaysWhyAndFlipsBack() {
        model.load();
        autostart.failing = true;
        model.startAtLoginProperty().set(true);
        assertFalse(model.startAtLoginProperty().get());
        assertEquals("Could not save: reachable.desktop: read-only folder", model.problemProperty().get());
        assertEquals(List.of("enable"), autostart.calls, "flipping back does not write again");
    }

    @Test
    void notificationsAndHeadsUpAreSavedKeepingTheRest() {
        model.load();
        Settings before = store.settings;
        model.notificationsProperty().set(true);
        model.headsUpMinutesProperty().set(0);
        Preferences saved = store.settings.preferences();
        assertTrue(saved.notifications());
        assertEquals(0, saved.headsUpMinutes());
        assertEquals(before.preferences().hooks(), saved.hooks());
        assertEquals(before.preferences().window(), saved.window());
        assertEquals(before.channels(), store.settings.channels());
        assertEquals(2, store.saves);
    }

    @Test
    void theAppearanceChoiceIsSavedAtOnceKeepingTheRest() {
        model.load();
        assertEquals(Theme.SYSTEM, model.themeProperty().get(), "a settings.json without it follows the system");
        assertEquals(0, store.saves);
        model.themeProperty().set(Theme.DARK);
        assertEquals(Theme.DARK, store.settings.preferences().theme());
        assertEquals(10, store.settings.preferences().headsUpMinutes());
        assertEquals(new WindowBounds(10, 20, 800, 600), store.settings.preferences().window());
        model.themeProperty().set(Theme.LIGHT);
        assertEquals(Theme.LIGHT, store.settings.preferences().theme());
        assertEquals(2, store.saves);
        model.load(); // read back: shown, not written again
        assertEquals(Theme.LIGHT, model.themeProperty().get());
        assertEquals(2, store.saves);
    }

    @Test
    void headsUpStaysWithinZeroToTwoHours() {
        model.load();
        model.headsUpMinutesProperty().set(500);
        assertEquals(120, model.headsUpMinutesProperty().get());
        assertEquals(120, store.settings.preferences().headsUpMinutes());
        model.headsUpMinutesProperty().set(-3);
        assertEquals(0, store.settings.preferences().headsUpMinutes());
        assertEquals("", model.problemProperty().get());
    }
}
