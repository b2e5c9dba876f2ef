package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.ui.MemorySettingsStore;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Publish to folder wired to its FXML, headless under Monocle: a folder typed and the
 * switch turned on end up in settings.json; pictured in Dutch and English
 * (target/screenshots/settings-publish-{nl,en}.png, kept in docs/ after a look).
 */
@ExtendWith(ApplicationExtension.class)
class PublishSettingsViewTest {

    private final MemorySettingsStore store = new MemorySettingsStore(new Settings(
            Profile.defaults(PublishSettingsViewModelTest.AMSTERDAM), Settings.defaultChannels()));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, String language) {
        Locale locale = Locale.forLanguageTag(language);
        var bundle = PublishSettingsView.bundle(locale);
        PublishSettingsViewModel model = new PublishSettingsViewModel(bundle, store,
                PublishSettingsViewModelTest.AMSTERDAM, Runnable::run, Runnable::run);
        robot.interact(() -> {
            SectionStage.show(stage, new PublishSettingsView(model, bundle).root(), 760, 420);
            model.load();
        });
    }

    @Test
    void aTypedFolderAndTheSwitchAreSavedInDutch(FxRobot robot) throws Exception {
        show(robot, "nl");
        robot.clickOn("#publish");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#publish").queryAs(CheckBox.class).isSelected(), "no folder yet");
        assertEquals("Kies eerst een map; zet publiceren daarna aan.", robot.lookup("#note").queryAs(Label.class).getText());
        robot.clickOn("#folder").write("/srv/www/marieke").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#publish");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(store.settings.preferences().publish());
        assertEquals("/srv/www/marieke", store.settings.preferences().publishFolder());
        assertEquals("Bij elke wijziging en eens per dag gepubliceerd in /srv/www/marieke, zolang Reachable draait.",
                robot.lookup("#note").queryAs(Label.class).getText());
        robot.clickOn("#calendar");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(store.settings.preferences().publishCalendar());
        assertTrue(robot.lookup("#calendarNote").queryAs(Label.class).getText().startsWith(
                "Je bereikbare tijden gaan naar de agenda \"Reachable – availability\""));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-publish-nl.png"));
    }

    @Test
    void inEnglishTheSectionSaysWhereThePageGoes(FxRobot robot) throws Exception {
        store.settings = store.settings.withPreferences(store.settings.preferences().withPublish(true, "/home/anna/Public/availability"));
        show(robot, "en");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#publish").queryAs(CheckBox.class).isSelected());
        assertEquals("Published to /home/anna/Public/availability at every change and once a day, while Reachable runs.",
                robot.lookup("#note").queryAs(Label.class).getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-publish-en.png"));
    }
}
