package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.HookCommands;
import org.reachable.domain.status.State;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.reachable.ui.TextLanguages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The profile, screen language and hooks sections of the Settings page on their own scene, in
 * Dutch, with the real JSON store in a temp folder. Saves target/screenshots/settings-profile-nl.png
 * and settings-profile-dark-nl.png.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsProfileViewTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TempDir
    static Path folder;

    private Stage stage;
    private JsonSettingsStore store;
    private final List<ZoneId> zonesTold = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.createTempDirectory(folder, "data").resolve("settings.json");
        store = new JsonSettingsStore(new StoreFile(new DataFile(file, Clock.fixed(Instant.EPOCH, AMSTERDAM))),
                new JsonCodec());
        store.save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
        stage.setScene(scene(Locale.forLanguageTag("nl-NL")));
        stage.show();
    }

    private Scene scene(Locale locale) {
        var bundle = SettingsView.bundle(locale);
        SettingsViewModel model = new SettingsViewModel(bundle, new SettingsModelFixture.FakeAutostart(), store,
                AMSTERDAM, Runnable::run, Runnable::run, zonesTold::add);
        model.load();
        return new Scene(new SettingsView(model, bundle).root(), 760, 640);
    }

    @Test
    void everyMnemonicLeadsToOneControl(FxRobot robot) {
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
            robot.interact(() -> stage.setScene(scene(locale)));
            java.util.Map<String, Integer> count = new java.util.HashMap<>();
            stage.getScene().getMnemonics().forEach((combination, list) -> list.forEach(m -> {
                // a label that knows its control registers the mnemonic on the control
                assertTrue(!(m.getNode() instanceof javafx.scene.control.Label), locale + ": " + m.getNode()
                        + " leads nowhere");
                count.merge(combination.getName().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }));
            count.forEach((key, n) -> assertEquals(1, n, locale + ": " + key + " is used " + n + " times"));
            // with the two buttons of a home zone change, je/u and the English variant
            assertEquals(17, count.size(), locale + ": " + count);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProfileAndHooksAreSavedFromTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#name").write("Anna de Vries").type(KeyCode.TAB);
        assertTrue(robot.lookup("#business").queryAs(TextField.class).isFocused(), "Tab goes to the next field");
        robot.write("De Vries Vertalingen").type(KeyCode.ENTER);
        assertEquals("Anna de Vries", store.load(AMSTERDAM).profile().name());
        assertEquals("De Vries Vertalingen", store.load(AMSTERDAM).profile().business());

        SearchableComboBox<String> clientZone = robot.lookup("#clientZone").queryAs(SearchableComboBox.class);
        assertEquals("Geen: mijn klanten zitten in mijn tijdzone", clientZone.getConverter().toString(""));
        robot.interact(() -> clientZone.setValue("Europe/London"));
        assertEquals(ZoneId.of("Europe/London"), store.load(AMSTERDAM).profile().clientZone());

        ComboBox<TextLanguages> languages = robot.lookup("#textLanguages").queryAs(ComboBox.class);
        robot.interact(() -> languages.setValue(TextLanguages.EN_NL));
        assertEquals(List.of("en", "nl"), store.load(AMSTERDAM).profile().languages());

        ComboBox<Register> register = robot.lookup("#register").queryAs(ComboBox.class);
        assertEquals("je (informeel)", register.getConverter().toString(register.getValue()));
        robot.interact(() -> register.setValue(Register.U));
        assertEquals(Register.U, store.load(AMSTERDAM).profile().register());
        ComboBox<EnglishVariant> english = robot.lookup("#english").queryAs(ComboBox.class);
        assertEquals("Brits-Engels (colour, 24-uursklok)", english.getConverter().toString(english.getValue()));
        robot.interact(() -> english.setValue(EnglishVariant.AMERICAN));
        assertEquals(EnglishVariant.AMERICAN, store.load(AMSTERDAM).profile().english());

        ComboBox<String> uiLanguage = robot.lookup("#uiLanguage").queryAs(ComboBox.class);
        assertEquals("Zoals het systeem", uiLanguage.getConverter().toString(uiLanguage.getValue()));
        robot.interact(() -> uiLanguage.setValue("en"));
        assertEquals("en", store.load(AMSTERDAM).preferences().uiLanguage());

        TextField hookFocus = robot.lookup("#hookFocus").queryAs(TextField.class);
        robot.interact(hookFocus::requestFocus); // the page scrolls to it
        robot.clickOn(hookFocus).write("gsettings set org.gnome.desktop.notifications show-banners false")
                .type(KeyCode.TAB);
        assertEquals("gsettings set org.gnome.desktop.notifications show-banners false",
                HookCommands.of(store.load(AMSTERDAM).preferences(), State.FOCUS));

        SearchableComboBox<String> homeZone = robot.lookup("#homeZone").queryAs(SearchableComboBox.class);
        robot.interact(() -> homeZone.setValue("America/Curacao"));
        javafx.scene.control.Label zoneChange = robot.lookup("#zoneChange").queryAs(javafx.scene.control.Label.class);
        assertTrue(robot.lookup("#zoneChangeBox").query().isVisible(), "the page says what a new home zone does before it saves");
        assertEquals("Je vensters, focusblokken en vrije dagen houden hun tijden op de klok: 9:00–11:00 blijft "
                + "9:00–11:00, voortaan in America/Curacao in plaats van Europe/Amsterdam.", zoneChange.getText());
        assertEquals(AMSTERDAM, store.load(AMSTERDAM).profile().homeZone(), "not saved yet");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-zone-change-nl.png"));
        robot.interact(() -> robot.lookup("#confirmHomeZone").queryButton().fire());
        assertEquals(ZoneId.of("America/Curacao"), store.load(AMSTERDAM).profile().homeZone());
        assertFalse(robot.lookup("#zoneChangeBox").query().isVisible(), "said and done");
        assertEquals(List.of(ZoneId.of("America/Curacao")), zonesTold);

        ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0.55));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-profile-nl.png"));
        robot.interact(() -> Appearance.apply(stage.getScene(), true));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-profile-dark-nl.png"));
        robot.interact(() -> scroll.setVvalue(1));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-hooks-dark-nl.png"));

        robot.interact(() -> homeZone.setValue("Mars/Olympus_Mons"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("America/Curacao", homeZone.getValue(), "the zone that holds is shown again");
        javafx.scene.control.Label problem = robot.lookup("#problem").queryAs(javafx.scene.control.Label.class);
        assertTrue(problem.isVisible(), "seen above the scrolled page");
        assertEquals("Tijdzone “Mars/Olympus_Mons” bestaat niet; kies er een uit de lijst.", problem.getText());
        assertEquals(ZoneId.of("America/Curacao"), store.load(AMSTERDAM).profile().homeZone());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-problem-dark-nl.png"));
    }
}
