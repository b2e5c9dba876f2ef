package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real page (headless, Monocle) with the New York stand-up of {@link ZonedSeriesWeekTest} beside
 * an Amsterdam window: the week of 15 March 2027 draws it an hour earlier than the week after.
 * Saves target/screenshots/week-zoned-{march-15,march-29}-en.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ZonedSeriesWeekViewTest {

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void theStandUpSitsAtEachWeeksHomeTime(FxRobot robot) throws Exception {
        ScheduleDocument document = new ScheduleDocument(new Schedule(ScheduleViewModelTest.AMSTERDAM, List.of(
                new ReachableWindow("calls", "Calls", Weekly.of(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY,
                        java.time.DayOfWeek.FRIDAY), TimeRange.of("13:00", "18:00")), Set.of("phone")),
                new FocusBlock("ny", "Stand-up New York", ZonedSeriesWeekTest.NY, Set.of()))));
        ScheduleViewModel[] model = new ScheduleViewModel[1];
        robot.interact(() -> {
            var bundle = ScheduleView.bundle(Locale.UK);
            model[0] = new ScheduleViewModel(bundle, Locale.UK, document, ScheduleViewModelTest.CLOCK, () -> "new");
            model[0].setChannels(Settings.defaultChannels("en"));
            ScheduleView view = new ScheduleView(model[0], bundle, Locale.UK);
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
            view.grid().scrollToMinute(12 * 60);
        });
        for (String week : List.of("2027-03-15", "2027-03-29")) {
            robot.interact(() -> model[0].page().navigation().jumpTo(LocalDate.parse(week)));
            WaitForAsyncUtils.waitForFxEvents();
            Path file = Path.of("target/screenshots/week-zoned-" + (week.endsWith("15") ? "march-15" : "march-29")
                    + "-en.png");
            Snapshots.take(robot, stage.getScene(), file);
            assertTrue(file.toFile().length() > 0);
        }
    }
}
