package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.testing.NoAutostart;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.Appearance;
import org.reachable.ui.MemorySettingsStore;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.ThemeFollower;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dark appearance, headless under Monocle: the whole main window (status, Texts and Settings
 * pages) wired as the window process wires it, the choice made on the Settings page. Saves
 * screenshots to look at.
 */
@ExtendWith(ApplicationExtension.class)
class DarkAppearanceTest {

    private static final Clock CLOCK = Clock.fixed(SnippetWeek.Moment.WINDOW.at, SnippetWeek.AMSTERDAM);
    private static final SnippetRenderer RENDERER = new MustacheRenderer();

    private Stage stage;
    private SettingsViewModel settingsModel;
    private MemorySettingsStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(scene(Locale.forLanguageTag("nl-NL"), "nl"));
        stage.show();
    }

    /** The main window as WindowScreens builds it, following the appearance choice (the system says light here). */
    private Scene scene(Locale locale, String language) {
        Settings user = SnippetWeek.settings(language);
        var bundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(bundle);
        var textsBundle = TextsView.bundle(locale);
        TextsViewModel texts = new TextsViewModel(textsBundle, (target, format, lang) -> render(user, target, lang,
                format), language);
        var settingsBundle = SettingsView.bundle(locale);
        store = new MemorySettingsStore(user);
        settingsModel = new SettingsViewModel(settingsBundle, new NoAutostart(), store, SnippetWeek.AMSTERDAM,
                Runnable::run, Runnable::run);
        settingsModel.load();
        Parent root = new MainView(main, bundle, CLOCK, new TextsView(texts, textsBundle).root(),
                new SettingsView(settingsModel, settingsBundle).root()).root();
        Scene scene = new Scene(root);
        // the window process's own theme wiring (MainWindow hands its scenes to a ThemeFollower on the
        // Settings page's choice); the system says light here
        new ThemeFollower(() -> false, Runnable::run, settingsModel.themeProperty()).follow(scene);
        var schedule = SnippetWeek.schedule();
        main.show(new StatusResolver(schedule, user.channels(), Optional.empty()).status(CLOCK.instant()),
                SnippetWeek.AMSTERDAM);
        return scene;
    }

    private static TextsViewModel.Rendered render(Settings user, Target target, String language, Format format) {
        if (!RENDERER.has(target, language, format)) {
            return new TextsViewModel.Missing();
        }
        try {
            var schedule = SnippetWeek.schedule();
            return new TextsViewModel.Text(RENDERER.render(target, language, format, SnippetModel.of(user, schedule,
                    new StatusResolver(schedule, user.channels(), Optional.empty()), language, CLOCK.instant(), null,
                    SnippetWeek.PHONES)));
        } catch (SnippetException e) {
            return new TextsViewModel.Failed(e.getMessage());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingDarkInSettingsMakesTheMainWindowDarkAtOnceAndLightAgain(FxRobot robot) throws Exception {
        Scene scene = stage.getScene();
        assertFalse(Appearance.isDark(scene), "the system says light, the choice follows it");
        robot.clickOn("#settingsButton");
        ComboBox<Theme> choice = robot.lookup("#theme").queryAs(ComboBox.class);
        assertEquals(Theme.SYSTEM, choice.getValue());
        robot.interact(() -> choice.setValue(Theme.DARK));
        assertEquals(Theme.DARK, store.settings.preferences().theme(), "saved at once");
        assertTrue(Appearance.isDark(scene));
        assertTrue(scene.getStylesheets().contains(Appearance.DARK_CSS));
        List<String> mainSheets = scene.getRoot().getStylesheets();
        assertEquals(Appearance.DARK_CSS, mainSheets.get(mainSheets.size() - 1), "after main.css, so it wins");
        Snapshots.Shot settingsShot = Snapshots.take(robot, scene, Path.of("target/screenshots/settings-dark-nl.png"));
        Color navigation = settingsShot.colourAt(5, settingsShot.image().getHeight() - 5); // below the page list
        assertTrue(navigation.getBrightness() < 0.35, "the window is dark: " + navigation);
        Color header = settingsShot.colourAt(5, 5);
        assertTrue(header.getHue() > 100 && header.getHue() < 170 && header.getSaturation() > 0.5,
                "the status header stays the green of 'available' in dark: " + header);
        settingsShot.assertShown(choice, "the theme choice");

        robot.clickOn("#statusButton");
        Label section = robot.lookup(".section").queryAs(Label.class);
        assertTrue(brightness(section.getTextFill()) > 0.8, "light text on the dark body: " + section.getTextFill());
        Snapshots.Shot dark = Snapshots.take(robot, scene, Path.of("target/screenshots/main-dark-nl.png"));
        assertTrue(dark.backgroundOf(section).getBrightness() < 0.35, "dark behind the heading: "
                + dark.backgroundOf(section));
        dark.assertShows(section, section.getText());

        robot.interact(() -> settingsModel.themeProperty().set(Theme.LIGHT));
        assertFalse(Appearance.isDark(scene));
        assertFalse(mainSheets.contains(Appearance.DARK_CSS));
        assertTrue(brightness(robot.lookup(".section").queryAs(Label.class).getTextFill()) < 0.4);
        Snapshots.Shot light = Snapshots.take(robot, scene, Path.of("target/screenshots/main-light-nl.png"));
        assertTrue(light.backgroundOf(section).getBrightness() > 0.8, "light again behind the heading: "
                + light.backgroundOf(section));
        light.assertShows(section, section.getText());
    }

    @Test
    void theTextsPageInEnglishIsReadableInDark(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setScene(scene(Locale.ENGLISH, "en")));
        robot.interact(() -> settingsModel.themeProperty().set(Theme.DARK));
        robot.clickOn("#textsButton");
        robot.clickOn("#target-autoreply");
        assertTrue(Appearance.isDark(stage.getScene()));
        Parent texts = (Parent) robot.lookup(".texts").query();
        assertEquals(Appearance.DARK_CSS, texts.getStylesheets().get(texts.getStylesheets().size() - 1),
                "after texts.css too");
        Snapshots.Shot shot = Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/texts-dark-en.png"));
        javafx.scene.control.TextArea preview = robot.lookup("#preview").queryAs(javafx.scene.control.TextArea.class);
        shot.assertShown(preview, "the preview");
        assertTrue(shot.backgroundOf(texts).getBrightness() < 0.35, "dark page: " + shot.backgroundOf(texts));
    }

    /**
     * The welcome follows the system's dark preference through the same ThemeFollower as the main
     * window, and the user's later choice, until it has closed.
     */
    @Test
    void theWelcomeIsDarkToo(FxRobot robot) throws Exception {
        var bundle = org.reachable.ui.welcome.WelcomeView.bundle(Locale.forLanguageTag("nl-NL"));
        javafx.beans.property.ObjectProperty<Theme> choice = new javafx.beans.property.SimpleObjectProperty<>(
                Theme.SYSTEM);
        ThemeFollower[] themes = new ThemeFollower[1];
        robot.interact(() -> {
            themes[0] = new ThemeFollower(() -> true, Runnable::run, choice); // the desktop prefers dark
            themes[0].askDesktop();
            Scene scene = new Scene(new org.reachable.ui.welcome.WelcomeView(
                    new org.reachable.ui.welcome.WelcomeViewModel(SnippetWeek.AMSTERDAM,
                            org.reachable.domain.model.Language.DUTCH, c -> { }), bundle).root());
            themes[0].follow(scene);
            stage.setScene(scene);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Scene welcome = stage.getScene();
        assertTrue(Appearance.isDark(welcome));
        Snapshots.Shot dark = Snapshots.take(robot, welcome, Path.of("target/screenshots/welcome-dark-nl.png"));
        assertTrue(dark.backgroundOf(welcome.getRoot()).getBrightness() < 0.35, "a dark welcome: "
                + dark.backgroundOf(welcome.getRoot()));

        robot.interact(() -> choice.set(Theme.LIGHT));
        assertFalse(Appearance.isDark(welcome), "the user's choice outranks the system");
        Snapshots.Shot light = Snapshots.take(robot, welcome, Path.of("target/screenshots/welcome-light-nl.png"));
        assertTrue(light.backgroundOf(welcome.getRoot()).getBrightness() > 0.8);

        robot.interact(() -> {
            themes[0].forget(welcome);
            choice.set(Theme.DARK);
        });
        assertFalse(Appearance.isDark(welcome), "a closed welcome is no longer followed");
    }

    private static double brightness(javafx.scene.paint.Paint paint) {
        return paint instanceof Color c ? c.getBrightness() : 0;
    }
}
