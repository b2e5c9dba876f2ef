package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dated weeks on the week page, headless, in Dutch, with the clock fixed on Wednesday 30 December
 * 2026 in Amsterdam: the grid shows this week's dates, previous and next cross the year end, a
 * date picked shows its week (across the end of summer time too), a day off lies in place, and
 * the pattern shows weekday names alone. Saves target/screenshots/week-dated-dayoff-nl.png.
 */
@ExtendWith(ApplicationExtension.class)
class WeekNavigationTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T09:00:00Z"), AMSTERDAM);
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    ScheduleViewModel model;
    ScheduleView view;
    private int uids;

    @Start
    void start(Stage stage) {
        List<ScheduleEntry> entries = new ArrayList<>(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 1, 5), "nl")
                .entries());
        entries.add(DayOff.of("newyear", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), DayOffReason.HOLIDAY));
        var bundle = ScheduleView.bundle(DUTCH);
        model = new ScheduleViewModel(bundle, DUTCH, new ScheduleDocument(new Schedule(AMSTERDAM, entries)), CLOCK,
                () -> "n" + ++uids);
        model.setChannels(Settings.defaultChannels("nl"));
        view = new ScheduleView(model, bundle, DUTCH);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    private List<String> dayNames(FxRobot robot) {
        // the headers follow the week on the next layout pass; on a loaded machine that pulse comes late
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        List<String> names = new ArrayList<>();
        robot.interact(() -> robot.lookup(".day-name").queryAllAs(Label.class).stream()
                .sorted(java.util.Comparator.comparingDouble(Label::getLayoutX)).forEach(l -> names.add(l.getText())));
        return names;
    }

    private String title(FxRobot robot) {
        return robot.lookup("#weekTitle").queryAs(Label.class).getText();
    }

    @Test
    void navigationShowsTheRightDatesAcrossTheYearEndAndTheEndOfSummerTime(FxRobot robot) throws Exception {
        List<String> now = dayNames(robot);
        assertTrue(now.get(0).startsWith("ma 28 dec"), now.toString());
        assertEquals("zo 3", now.get(6), "the month shows where it starts: " + now);
        assertTrue(now.get(4).startsWith("vr 1 jan"), now.toString());
        assertTrue(title(robot).startsWith("Week 53"), title(robot));
        assertEquals(DayOfWeek.WEDNESDAY, view.grid().todayProperty().get(), "today is marked");
        assertTrue(model.page().blocks().stream().anyMatch(b -> b.uid().equals("newyear") && b.day() == DayOfWeek.FRIDAY
                && b.kind() == EntryKind.DAY_OFF && b.startMinute() == 0 && b.endMinute() == 1440),
                "New Year's Day off lies on Friday, the whole day");
        Snapshots.take(robot, view.root().getScene(), Path.of("target/screenshots/week-dated-dayoff-nl.png"));

        robot.clickOn("#nextWeek");
        List<String> next = dayNames(robot);
        assertTrue(next.get(0).startsWith("ma 4 jan"), next.toString());
        assertTrue(title(robot).startsWith("Week 1 "), title(robot));
        assertNull(view.grid().todayProperty().get(), "today is not in that week");
        assertFalse(model.page().blocks().stream().anyMatch(b -> b.uid().equals("newyear")));

        robot.clickOn("#previousWeek").clickOn("#previousWeek");
        assertTrue(dayNames(robot).get(0).startsWith("ma 21 dec"), dayNames(robot).toString());
        robot.clickOn("#thisWeek");
        assertTrue(dayNames(robot).get(0).startsWith("ma 28 dec"));

        // summer time ends on Sunday 25 October 2026: that week still has seven days, Monday to Sunday
        DatePicker jump = robot.lookup("#jumpToDate").queryAs(DatePicker.class);
        robot.interact(() -> jump.setValue(LocalDate.of(2026, 10, 25)));
        List<String> dst = dayNames(robot);
        assertTrue(dst.get(0).startsWith("ma 19 okt") && dst.get(6).equals("zo 25"), dst.toString());
        robot.clickOn("#nextWeek");
        assertTrue(dayNames(robot).get(0).startsWith("ma 26 okt"), dayNames(robot).toString());
        assertTrue(model.page().blocks().stream().anyMatch(b -> b.day() == DayOfWeek.MONDAY && b.startMinute() == 9 * 60
                && b.kind() == EntryKind.WINDOW), "the window keeps 9:00 on the wall clock after the change");
        assertTrue(robot.lookup("#weekNote").queryAs(Label.class).isVisible(), "a dated week says edits go to the pattern");

        robot.clickOn("#patternView");
        assertTrue(dayNames(robot).get(0).equals("ma"), dayNames(robot).toString());
        assertEquals("Het patroon: elke week", title(robot));
        assertFalse(robot.lookup("#weekNote").queryAs(Label.class).isVisible());
        assertEquals(DayOfWeek.WEDNESDAY, view.grid().todayProperty().get());
    }
}
