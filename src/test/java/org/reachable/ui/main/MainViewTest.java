package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The FXML wiring of the main window, headless under Monocle; also saves a screenshot. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Wednesday 25 November 2026, 14:00 in Amsterdam: in the focus block. */
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(Instant.parse("2026-11-25T13:00:00Z"), AMSTERDAM);
    private MainViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var bundle = MainView.bundle(Locale.forLanguageTag("nl-NL"));
        viewModel = new MainViewModel(bundle);
        stage.setScene(new Scene(new MainView(viewModel, bundle, CLOCK).root()));
        stage.show();
    }

    @Test
    void headerShowsTheStatusInDutchAndTurnsPurpleInFocus(FxRobot robot) throws Exception {
        Schedule week = new Schedule(AMSTERDAM, List.of(
                new ReachableWindow("w", "Reachable", Weekly.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        TimeRange.of("09:00", "17:00")), Set.of("phone", "email")),
                new FocusBlock("f", "Focus", Weekly.of(EnumSet.of(DayOfWeek.WEDNESDAY),
                        TimeRange.of("13:00", "17:00")), Set.of())));
        List<Channel> channels = Settings.defaultChannels("nl");
        var status = new StatusResolver(week, channels, Optional.empty())
                .status(Instant.parse("2026-11-25T13:00:00Z"));
        robot.interact(() -> viewModel.show(status, AMSTERDAM));
        verifyThat(".headline", hasText("Focus"));
        verifyThat(".detail", hasText("focusblok, tot 17.00 uur"));
        verifyThat(".countdown", hasText("over 3 u"));
        assertTrue(robot.lookup(".header").query().getStyleClass().contains("focus"));
        saveSnapshot(robot, Path.of("target/screenshots/main-focus-nl.png"));
    }

    @Test
    void withoutATrayTheWindowSaysWhyItStandsIn(FxRobot robot) throws Exception {
        var bundle = MainView.bundle(Locale.forLanguageTag("nl-NL"));
        robot.interact(() -> viewModel.showNote(bundle.getString("main.noTray")));
        assertTrue(robot.lookup("#note").query().isVisible());
        assertTrue(robot.lookup("#note").queryLabeled().getText().startsWith("Dit bureaublad heeft geen systeemvak"));
        saveSnapshot(robot, Path.of("target/screenshots/main-no-tray-nl.png"));
    }

    @Test
    void navigationOffersOnlyThePagesThereAreAndShowsOneAtATime(FxRobot robot) {
        assertTrue(!robot.lookup("#scheduleButton").query().isVisible(), "no Schedule screen given, no button");
        Label week = new Label("week");
        Label texts = new Label("texts");
        robot.interact(() -> stage.setScene(new Scene(new MainView(viewModel, MainView.bundle(Locale.forLanguageTag(
                "nl-NL")), CLOCK, java.util.Map.of(MainViewModel.Page.SCHEDULE, week, MainViewModel.Page.TEXTS,
                texts)).root())));
        verifyThat("#scheduleButton", org.testfx.matcher.control.LabeledMatchers.hasText("Week"));
        assertEquals("Ctrl+2", robot.lookup("#scheduleButton").queryAs(javafx.scene.control.ToggleButton.class)
                .getTooltip().getText());
        assertTrue(!robot.lookup("#daysOffButton").query().isVisible());
        robot.clickOn("#scheduleButton");
        assertTrue(week.isVisible() && shown(week));
        assertTrue(!texts.isVisible() && !shown(texts));
        assertTrue(robot.lookup("#statusPage").tryQuery().isEmpty(), "only the page shown is in the window");
        robot.clickOn("#textsButton");
        assertTrue(texts.isVisible() && !week.isVisible());
        assertTrue(shown(texts) && !shown(week), "a page leaves the window when another shows");
        assertEquals(MainViewModel.Page.TEXTS, viewModel.pageProperty().get());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertTrue(week.isVisible(), "Ctrl+2 is the second page shown");
        robot.clickOn("#statusButton");
        assertTrue(robot.lookup("#statusPage").query().isVisible());
        assertTrue(!shown(week) && !shown(texts));
    }

    /** In the window's scene: the toolkit styles what is in it at every open, shown or not. */
    private boolean shown(Label page) {
        return page.getScene() == stage.getScene() && stage.getScene() != null;
    }

    private void saveSnapshot(FxRobot robot, Path file) throws Exception {
        Snapshots.take(robot, stage.getScene(), file);
    }
}
