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
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.State;
import org.reachable.ui.MemorySettingsStore;
import org.reachable.ui.TextLanguages;

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

    @Test
    void loadShowsTheProfileTheScreenLanguageAndTheHooks() {
        store.settings = store.settings.withProfile(new Profile("Anna de Vries", "De Vries Vertalingen", AMSTERDAM,
                List.of("en", "nl"), ZoneId.of("Europe/London")));
        model.load();
        assertEquals("Anna de Vries", model.profile().nameProperty().get());
        assertEquals("De Vries Vertalingen", model.profile().businessProperty().get());
        assertEquals("Europe/Amsterdam", model.zones().homeZoneProperty().get());
        assertEquals("Europe/London", model.zones().clientZoneProperty().get());
        assertEquals(TextLanguages.EN_NL, model.profile().textLanguagesProperty().get());
        assertEquals("nl", model.uiLanguageProperty().get());
        assertEquals("notify-send x", model.hookProperty(State.FOCUS).get());
        assertEquals("", model.hookProperty(State.OFF).get());
        assertEquals(0, store.saves);
        assertTrue(model.zones().zones().contains("Europe/Amsterdam"));
        assertEquals("", model.zones().clientZones().get(0), "none comes first");
    }

    @Test
    void theProfileIsSavedOnCommitKeepingTheRest() {
        model.load();
        model.profile().nameProperty().set("  Anna de Vries ");
        model.profile().businessProperty().set("De Vries Vertalingen");
        assertEquals(0, store.saves, "not at every key");
        model.profile().commit();
        Profile saved = store.settings.profile();
        assertEquals("Anna de Vries", saved.name());
        assertEquals("De Vries Vertalingen", saved.business());
        assertEquals(Settings.defaultChannels("nl"), store.settings.channels());
        assertEquals(10, store.settings.preferences().headsUpMinutes());
        model.profile().commit(); // nothing changed since
        assertEquals(1, store.saves);
    }

    @Test
    void textLanguagesAndTheClientZoneSaveAtOnce() {
        store.settings = store.settings.withProfile(store.settings.profile().withLanguages(List.of("nl", "en", "de")));
        model.load();
        assertEquals(TextLanguages.NL_EN, model.profile().textLanguagesProperty().get());
        model.profile().textLanguagesProperty().set(TextLanguages.EN);
        assertEquals(List.of("en", "de"), store.settings.profile().languages(), "another language stays");
        model.zones().clientZoneProperty().set("Europe/London");
        assertEquals(ZoneId.of("Europe/London"), store.settings.profile().clientZone());
        model.zones().clientZoneProperty().set("");
        assertEquals(null, store.settings.profile().clientZone());
        model.zones().clientZoneProperty().set("Europe/Amsterdam");
        assertEquals("", model.zones().clientZoneProperty().get(), "the home zone is no client zone");
        assertEquals(null, store.settings.profile().clientZone());
    }

    @Test
    void jeOrUAndTheEnglishVariantShowAndSaveAtOnceKeepingTheRest() {
        store.settings = store.settings.withProfile(store.settings.profile().withName("Anna")
                .withRegister(Register.U).withEnglish(EnglishVariant.AMERICAN));
        model.load();
        assertEquals(Register.U, model.profile().registerProperty().get());
        assertEquals(EnglishVariant.AMERICAN, model.profile().englishProperty().get());
        assertEquals(0, store.saves, "showing is not saving");

        model.profile().registerProperty().set(Register.JE);
        assertEquals(Register.JE, store.settings.profile().register());
        model.profile().englishProperty().set(EnglishVariant.BRITISH);
        assertEquals(EnglishVariant.BRITISH, store.settings.profile().english());
        assertEquals("Anna", store.settings.profile().name());
        assertEquals(10, store.settings.preferences().headsUpMinutes());
        assertEquals(2, store.saves);

        model.profile().registerProperty().set(null);
        assertEquals(Register.JE, model.profile().registerProperty().get(), "there is always a register");
        assertEquals(2, store.saves);
    }

    @Test
    void aNewHomeZoneIsSavedAndThenTheAppIsTold() {
        List<ZoneId> told = new ArrayList<>();
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run, zone -> {
                    assertEquals(zone, store.settings.profile().homeZone(), "told after it is saved");
                    told.add(zone);
                });
        m.load();
        m.zones().clientZoneProperty().set("Europe/London");
        m.zones().homeZoneProperty().set("Europe/London");
        assertEquals(AMSTERDAM, store.settings.profile().homeZone(), "said first, saved when confirmed");
        assertEquals("Your windows, focus blocks and days off keep their times on the clock: 9:00–11:00 stays "
                + "9:00–11:00, now in Europe/London instead of Europe/Amsterdam.", m.zones().zoneChangeProperty().get());
        assertEquals(List.of(), told);
        m.zones().confirmHomeZone();
        assertEquals("", m.zones().zoneChangeProperty().get());
        assertEquals(ZoneId.of("Europe/London"), store.settings.profile().homeZone());
        assertEquals(null, store.settings.profile().clientZone(), "no client zone equal to home");
        assertEquals("", m.zones().clientZoneProperty().get());
        assertEquals(List.of(ZoneId.of("Europe/London")), told);
    }

    @Test
    void aHomeZoneChangeCanBeTakenBack() {
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run);
        m.load();
        m.zones().homeZoneProperty().set("America/New_York");
        m.zones().cancelHomeZone();
        assertEquals("Europe/Amsterdam", m.zones().homeZoneProperty().get());
        assertEquals("", m.zones().zoneChangeProperty().get());
        assertEquals(AMSTERDAM, store.settings.profile().homeZone());
    }

    @Test
    void anUnknownZoneIsRefused() {
        List<ZoneId> told = new ArrayList<>();
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run, told::add);
        m.load();
        m.zones().homeZoneProperty().set("Mars/Olympus_Mons");
        assertEquals("Europe/Amsterdam", m.zones().homeZoneProperty().get());
        assertEquals("There is no time zone \"Mars/Olympus_Mons\"; pick one from the list.", m.problemProperty().get());
        m.zones().clientZoneProperty().set("Atlantis/Capital");
        assertEquals("", m.zones().clientZoneProperty().get());
        assertEquals(0, store.saves);
        assertEquals(List.of(), told);
    }

    @Test
    void theScreenLanguageIsSavedAndAnUnknownOneRefused() {
        model.load();
        model.uiLanguageProperty().set("en");
        assertEquals("en", store.settings.preferences().uiLanguage());
        model.uiLanguageProperty().set("");
        assertEquals("", store.settings.preferences().uiLanguage(), "follow the system");
        model.uiLanguageProperty().set("klingon");
        assertEquals("", model.uiLanguageProperty().get());
        assertEquals("", store.settings.preferences().uiLanguage());
        assertTrue(model.problemProperty().get().contains("klingon"));
        assertEquals(2, store.saves);
    }

    @Test
    void hooksAreSavedOnCommitAndAnEmptyOneIsTakenOut() {
        model.load();
        model.hookProperty(State.AVAILABLE).set(" gsettings set x true ");
        model.hookProperty(State.FOCUS).set("");
        assertEquals(0, store.saves);
        model.commitHooks();
        assertEquals(java.util.Map.of("AVAILABLE", "gsettings set x true"), store.settings.preferences().hooks());
        model.commitHooks();
        assertEquals(1, store.saves);
        model.hookProperty(State.OFF).set("echo a\necho b");
        model.commitHooks();
        assertTrue(model.problemProperty().get().contains("OFF"), model.problemProperty().get());
        assertEquals(1, store.saves, "a command with a line break is refused");
    }

    @Test
    void aReloadKeepsAFieldBeingEdited() {
        model.load();
        model.profile().nameProperty().set("Ann"); // being typed
        store.settings = store.settings.withProfile(store.settings.profile().withBusiness("Elsewhere BV"));
        model.load();
        assertEquals("Ann", model.profile().nameProperty().get());
        assertEquals("Elsewhere BV", model.profile().businessProperty().get());
    }
}
