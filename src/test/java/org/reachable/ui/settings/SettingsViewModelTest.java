package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.status.State;
import org.reachable.ui.TextLanguages;

/** The page's own settings (start at login, notifications, heads-up, appearance, screen language, hooks) and how the parts load together. */
class SettingsViewModelTest extends SettingsModelFixture {

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
