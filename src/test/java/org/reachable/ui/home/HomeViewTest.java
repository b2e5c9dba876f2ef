package org.reachable.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.service.OverridePlanner;
import org.reachable.domain.status.State;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The home page in the main window at 1280×800 on the example week, headless: it shows the status,
 * the next change and the quick actions, and a quick action sets the override (planned as the
 * tray plans it, and shown again as the status monitor would). Saves target/screenshots/home-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class HomeViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @CsvSource({"nl-NL, 2026-11-26T09:00:00Z, false, home-available-nl",
            "en-GB, 2026-11-26T09:00:00Z, false, home-available-en",
            "nl-NL, 2026-11-25T13:00:00Z, false, home-focus-nl",
            "en-GB, 2026-11-26T19:30:00Z, true, home-off-dark-en"})
    void showsTheStatusTheNextChangeAndTheQuickActionsAndAQuickActionSetsTheOverride(String tag, String at,
            boolean dark, String name, FxRobot robot) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage();
        Instant now = Instant.parse(at);
        Clock clock = Clock.fixed(now, HomeViewModelTest.AMSTERDAM);
        AtomicReference<Optional<ManualOverride>> override = new AtomicReference<>(Optional.empty());
        var bundle = HomeView.bundle(locale);
        var mainBundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(mainBundle);
        HomeViewModel[] home = new HomeViewModel[1];
        Runnable refresh = () -> {
            StatusResolver resolver = HomeViewModelTest.example(language, override.get());
            home[0].show(resolver, now, language.equals("nl")
                    ? "Bedankt voor je bericht.\nIk antwoord vanaf 11.00 uur." : "Thank you for your message.\n");
            main.show(resolver.status(now), HomeViewModelTest.AMSTERDAM);
        };
        home[0] = new HomeViewModel(bundle, locale, request -> {
            // what the window's ManualSwitch does, without the monitor: plan it, then show the new status
            override.set(request.plan(new OverridePlanner(HomeViewModelTest.example(language, Optional.empty())),
                    now));
            refresh.run();
        }, text -> { });
        Map<MainViewModel.Page, Parent> pages = new EnumMap<>(MainViewModel.Page.class);
        pages.put(MainViewModel.Page.STATUS, new HomeView(home[0], bundle).root());
        robot.interact(() -> {
            refresh.run();
            Scene scene = new Scene(new MainView(main, mainBundle, clock, pages).root(), 1280, 800);
            Appearance.apply(scene, dark);
            stage.setScene(scene);
            stage.show();
        });
        Snapshots.Shot shot = Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + ".png"));

        Label status = robot.lookup(".home-now").queryAs(Label.class);
        shot.assertShown(status, "the status now");
        assertTrue(status.getText().startsWith(language.equals("nl") ? "Nu: " : "Now: "), status.getText());
        List<Label> next = robot.lookup(".home-next .label").queryAllAs(Label.class).stream().toList();
        assertTrue(!next.isEmpty(), "the next changes show");
        shot.assertShown(next.get(0), "the next change");
        for (HomeViewModel.Quick quick : HomeViewModel.Quick.values()) {
            Button button = robot.lookup("#quick-" + quick.name()).queryAs(Button.class);
            if (quick == HomeViewModel.Quick.BACK_TO_SCHEDULE) {
                assertTrue(button.isVisible() && button.isDisabled(), "no override yet: shown, greyed out");
            } else {
                shot.assertShown(button, quick.name());
            }
        }
        shot.assertShown(robot.lookup(".today-timeline").query(), "today's timeline");

        robot.clickOn("#quick-FOCUS_2_HOURS");
        assertTrue(override.get().isPresent(), "the quick action set an override");
        assertEquals(State.FOCUS, home[0].stateProperty().get());
        assertTrue(main.headlineProperty().get().equals("Focus"), main.headlineProperty().get());
        assertTrue(status.getText().contains(language.equals("nl") ? "zelf ingesteld" : "set by hand"),
                status.getText());
        Button back = robot.lookup("#quick-BACK_TO_SCHEDULE").queryAs(Button.class);
        assertTrue(!back.isDisabled(), "with an override, back to schedule is offered");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + "-override.png"));
        robot.clickOn(back);
        assertTrue(override.get().isEmpty(), "back to the schedule clears it");
    }
}
