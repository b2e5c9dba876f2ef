package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.ui.MemorySettingsStore;

/** Settings → Publish to folder, plain JUnit: what is saved in settings.json and what the page says. */
class PublishSettingsViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MemorySettingsStore store = new MemorySettingsStore(new Settings(Profile.defaults(AMSTERDAM),
            Settings.defaultChannels()));
    private final PublishSettingsViewModel model = new PublishSettingsViewModel(
            ResourceBundle.getBundle(PublishSettingsView.BUNDLE, Locale.ENGLISH), store, AMSTERDAM, Runnable::run,
            Runnable::run);

    private Preferences saved() throws Exception {
        return store.load(AMSTERDAM).preferences();
    }

    @Test
    void theSwitchWaitsForAFolderThenPublishesThere() throws Exception {
        model.load(saved());
        assertEquals("Not published. reachable publish --to FOLDER --serve 8080 shows the page on this computer first.",
                model.noteProperty().get());
        model.publishProperty().set(true);
        assertFalse(model.publishProperty().get(), "no folder yet: the switch stays off");
        assertEquals("Choose a folder first; then switch publishing on.", model.noteProperty().get());
        assertFalse(saved().publish());
        model.chooseFolder("  /srv/www/marieke ");
        model.publishProperty().set(true);
        assertTrue(saved().publish());
        assertEquals("/srv/www/marieke", saved().publishFolder());
        assertEquals("Published to /srv/www/marieke at every change and once a day, while Reachable runs.",
                model.noteProperty().get());
        model.publishProperty().set(false);
        assertFalse(saved().publish());
        assertEquals("/srv/www/marieke", saved().publishFolder(), "the folder is kept for next time");
    }

    @Test
    void loadingShowsTheFileWithoutWritingIt() throws Exception {
        store.save(store.load(AMSTERDAM).withPreferences(saved().withPublish(true, "/srv/www/x")));
        int saves = store.saves;
        model.load();
        assertTrue(model.publishProperty().get());
        assertEquals("/srv/www/x", model.folderProperty().get());
        assertEquals(saves, store.saves, "showing settings.json does not write it");
        model.chooseFolder("");
        assertFalse(model.publishProperty().get(), "no folder, no publishing");
        assertFalse(saved().publish());
    }

    @Test
    void theDutchPageSaysItInDutch() {
        PublishSettingsViewModel dutch = new PublishSettingsViewModel(
                ResourceBundle.getBundle(PublishSettingsView.BUNDLE, Locale.forLanguageTag("nl")), store, AMSTERDAM,
                Runnable::run, Runnable::run);
        dutch.publishProperty().set(true);
        assertEquals("Kies eerst een map; zet publiceren daarna aan.", dutch.noteProperty().get());
    }

    @Test
    void theCalendarSwitchIsSavedOnItsOwnAndSaysWhatItDoes() throws Exception {
        model.load(saved());
        assertFalse(model.calendarProperty().get(), "off until chosen, also for a settings.json from before it");
        assertTrue(model.calendarNoteProperty().get().startsWith("Not in a calendar on your server."),
                model.calendarNoteProperty().get());
        model.calendarProperty().set(true);
        assertTrue(saved().publishCalendar(), "no folder needed for the calendar");
        assertFalse(saved().publish());
        assertTrue(model.calendarNoteProperty().get().startsWith("Your reachable times go to the calendar"
                + " \"Reachable – availability\" on the calendar server below"), model.calendarNoteProperty().get());
        model.chooseFolder("/srv/www/x");
        assertTrue(saved().publishCalendar(), "the folder's save keeps the calendar choice");
        PublishSettingsViewModel again = new PublishSettingsViewModel(
                ResourceBundle.getBundle(PublishSettingsView.BUNDLE, Locale.forLanguageTag("nl")), store, AMSTERDAM,
                Runnable::run, Runnable::run);
        again.load();
        assertTrue(again.calendarProperty().get());
        assertTrue(again.calendarNoteProperty().get().startsWith("Je bereikbare tijden gaan naar de agenda"),
                again.calendarNoteProperty().get());
    }
}
