package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainViewModel.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings page in the main window, headless under Monocle, in Dutch: a fake autostart, the
 * real JSON settings store in a temp folder. Saves target/screenshots/settings-nl.png.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    private static final ZoneId AMSTERDAM = SnippetWeek.AMSTERDAM;
    private static final Clock CLOCK = Clock.fixed(SnippetWeek.Moment.WINDOW.at, AMSTERDAM);

    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel main;
    private SettingsModelFixture.FakeAutostart autostart;
    private JsonSettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.createTempDirectory(folder, "data").resolve("settings.json");
        store = new JsonSettingsStore(new StoreFile(new DataFile(file, Clock.fixed(Instant.EPOCH, AMSTERDAM))),
                new JsonCodec());
        store.save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
        autostart = new SettingsModelFixture.FakeAutostart();
        Locale locale = Locale.forLanguageTag("nl-NL");
        var bundle = MainView.bundle(locale);
        main = new MainViewModel(bundle);
        var settingsBundle = SettingsView.bundle(locale);
        SettingsViewModel settings = new SettingsViewModel(settingsBundle, autostart, store, AMSTERDAM, Runnable::run,
                Runnable::run);
        settings.load();
        Scene scene = new Scene(new MainView(main, bundle, CLOCK, null, new SettingsView(settings, settingsBundle).root())
                .root());
        var schedule = SnippetWeek.schedule();
        Settings user = SnippetWeek.settings("nl");
        main.show(new StatusResolver(schedule, user.channels(), Optional.empty()).status(CLOCK.instant()), AMSTERDAM);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSwitchTurnsStartAtLoginOnAndOffAndTheHeadsUpIsSaved(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        assertEquals(Page.SETTINGS, main.pageProperty().get());
        CheckBox startAtLogin = robot.lookup("#startAtLogin").queryAs(CheckBox.class);
        assertEquals("Reachable starten als ik inlog", startAtLogin.getText().replace("_", ""));
        assertFalse(startAtLogin.isSelected());

        robot.clickOn("#startAtLogin");
        assertTrue(autostart.enabled);
        assertTrue(startAtLogin.isSelected());

        @SuppressWarnings("unchecked")
        Spinner<Integer> headsUp = robot.lookup("#headsUp").queryAs(Spinner.class);
        assertEquals(5, headsUp.getValue());
        robot.doubleClickOn(headsUp.getEditor());
        robot.interact(() -> headsUp.getEditor().selectAll());
        robot.write("15").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(15, headsUp.getValue());
        assertEquals(15, store.load(AMSTERDAM).preferences().headsUpMinutes());
        assertTrue(store.load(AMSTERDAM).preferences().notifications());
        save(robot, "target/screenshots/settings-nl.png");

        robot.clickOn("#notifications");
        assertFalse(store.load(AMSTERDAM).preferences().notifications());
        robot.clickOn("#startAtLogin");
        assertFalse(autostart.enabled);
        assertEquals(List.of("enable", "disable"), autostart.calls);
        assertEquals(15, store.load(AMSTERDAM).preferences().headsUpMinutes(), "the rest stays");
    }

    private void save(FxRobot robot, String name) throws Exception {
        Path file = Path.of(name);
        Snapshots.take(robot, stage.getScene(), file);
    }
}
