package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.reachable.domain.model.EntryKind;

/**
 * The week grid headless under Monocle, driven with the mouse and keyboard like a person would;
 * a recording listener shows what the grid asked the editor to do. Points come from the grid's
 * own coordinate helpers. Saves target/screenshots/week-grid-{nl,en,dark}.png.
 */
@ExtendWith(ApplicationExtension.class)
class WeekGridTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Locale US = Locale.forLanguageTag("en-US");

    private Stage stage;
    private WeekGrid grid;
    private final List<String> calls = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        grid = grid(NL);
        grid.setBlocks(List.of(
                block("mon", DayOfWeek.MONDAY, 9 * 60, 11 * 60, EntryKind.WINDOW),
                block("wed", DayOfWeek.WEDNESDAY, 14 * 60, 15 * 60, EntryKind.FOCUS),
                block("sun", DayOfWeek.SUNDAY, 22 * 60, 26 * 60, EntryKind.WINDOW)));
        stage.setScene(new Scene(grid, 1000, 720));
        stage.show();
    }

    private WeekGrid grid(Locale locale) {
        WeekGrid g = new WeekGrid(WeekGrid.bundle(locale), locale);
        g.setListener(new Recorder());
        return g;
    }

    private static WeekBlock block(String uid, DayOfWeek day, int start, int end, EntryKind kind) {
        return new WeekBlock(uid, day, start, end, kind, kind == EntryKind.FOCUS ? "Focus" : "Bereikbaar",
                "T · E", uid + " on " + day, false);
    }

    // --------------------------------------------------------------------------------- mouse

    @Test
    void dragOnEmptyTuesdayCreatesSnappedBlock(FxRobot robot) {
        robot.drag(screen(DayOfWeek.TUESDAY, 10 * 60 + 7), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.TUESDAY, 12 * 60)));
        assertEquals(List.of("create TUESDAY 600 720"), calls);
    }

    @Test
    void dragUpwardsCreatesTooAndAClickDoesNot(FxRobot robot) {
        robot.clickOn(robot.point(screen(DayOfWeek.FRIDAY, 8 * 60)));
        assertEquals(List.of(), calls, "a single click on empty space adds nothing");
        robot.drag(screen(DayOfWeek.FRIDAY, 12 * 60 + 5), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.FRIDAY, 10 * 60 + 20)));
        assertEquals(List.of("create FRIDAY 615 720"), calls);
    }

    @Test
    void dragMondayBlockToWednesdayMovesIt(FxRobot robot) {
        robot.drag(screen(DayOfWeek.MONDAY, 10 * 60), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.WEDNESDAY, 10 * 60 + 31)));
        assertEquals(List.of("move mon MONDAY WEDNESDAY 570"), calls);
        assertEquals(new BlockKey("mon", DayOfWeek.WEDNESDAY), grid.selectedProperty().get());
    }

    @Test
    void dragBottomEdgeResizes(FxRobot robot) {
        Bounds b = bounds("mon", DayOfWeek.MONDAY);
        Point2D edge = grid.localToScreen(b.getCenterX(), b.getMaxY() - 2);
        robot.drag(edge, MouseButton.PRIMARY).dropTo(robot.point(screen(DayOfWeek.MONDAY, 12 * 60 + 4)));
        assertEquals(List.of("resize mon MONDAY 540 720"), calls);
    }

    @Test
    void dragTopEdgeResizesTheStart(FxRobot robot) {
        Bounds b = bounds("mon", DayOfWeek.MONDAY);
        Point2D edge = grid.localToScreen(b.getCenterX(), b.getMinY() + 2);
        robot.drag(edge, MouseButton.PRIMARY).dropTo(robot.point(screen(DayOfWeek.MONDAY, 8 * 60)));
        assertEquals(List.of("resize mon MONDAY 480 660"), calls);
    }

    @Test
    void draggingShowsAGhostWithSnappedTimes(FxRobot robot) {
        robot.moveTo(robot.point(screen(DayOfWeek.MONDAY, 10 * 60)));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(robot.point(screen(DayOfWeek.TUESDAY, 11 * 60 + 2)));
        WaitForAsyncUtils.waitForFxEvents();
        var ghost = robot.lookup(".ghost .block-time").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(javafx.scene.Node::isVisible).filter(l -> l.getParent().isVisible()).toList();
        assertEquals(1, ghost.size());
        assertEquals("10:00–12:00", ghost.get(0).getText());
        robot.release(MouseButton.PRIMARY);
        assertEquals(List.of("move mon MONDAY TUESDAY 600"), calls);
    }

    @Test
    void draggingTheMondayPartOfASundayNightBlockMovesTheWholeBlock(FxRobot robot) {
        // Sunday 22:00-02:00 shows on Monday 0:00-2:00 too (the week starts on Monday in nl)
        robot.interact(() -> grid.scrollToMinute(0));
        robot.drag(screen(DayOfWeek.MONDAY, 60), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.MONDAY, 2 * 60)));
        assertEquals(List.of("move sun SUNDAY SUNDAY 1380"), calls);
    }

    @Test
    void draggingAtTheBottomEdgeScrollsTheView(FxRobot robot) {
        double[] top = new double[2];
        robot.interact(() -> top[0] = grid.minuteAt(40));
        robot.moveTo(robot.point(screen(DayOfWeek.MONDAY, 10 * 60)));
        robot.press(MouseButton.PRIMARY);
        double x = screen(DayOfWeek.MONDAY, 0).getX();
        double y = grid.localToScreen(0, grid.getHeight() - 4).getY();
        for (int i = 0; i < 10; i++) {
            robot.moveTo(robot.point(x, y - (i % 2))); // each move near the edge scrolls a bit
        }
        robot.release(MouseButton.PRIMARY);
        robot.interact(() -> top[1] = grid.minuteAt(40));
        assertTrue(top[1] > top[0] + 15, "scrolled from " + top[0] + " to " + top[1]);
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).startsWith("move mon MONDAY MONDAY "), calls.toString());
        int start = Integer.parseInt(calls.get(0).substring("move mon MONDAY MONDAY ".length()));
        assertTrue(start > 22 * 60 - 120, "landed further than the first view showed: " + start);
    }

    @Test
    void doubleClickOpens(FxRobot robot) {
        robot.doubleClickOn(robot.point(screen(DayOfWeek.WEDNESDAY, 14 * 60 + 30)));
        assertTrue(calls.contains("open wed WEDNESDAY"), calls.toString());
    }

    @Test
    void doubleClickOnEmptySpaceCreatesOneHour(FxRobot robot) {
        robot.doubleClickOn(robot.point(screen(DayOfWeek.THURSDAY, 13 * 60 + 10)));
        assertEquals(List.of("create THURSDAY 780 840"), calls);
    }

    @Test
    void contextMenuDeletes(FxRobot robot) {
        robot.clickOn(robot.point(screen(DayOfWeek.MONDAY, 10 * 60)), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getContextMenu().isShowing());
        assertEquals(List.of("Bewerken…", "Kopiëren naar andere dagen…", "Verwijderen"), grid.getContextMenu()
                .getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText).toList(),
                "no Restore on a block as the pattern has it");
        robot.clickOn("Verwijderen");
        assertEquals(List.of("delete mon MONDAY"), calls);
    }

    // ------------------------------------------------------------------------------ keyboard

    @Test
    void deleteKeyDeletesTheSelection(FxRobot robot) {
        robot.clickOn(robot.point(screen(DayOfWeek.MONDAY, 10 * 60)));
        assertEquals(new BlockKey("mon", DayOfWeek.MONDAY), grid.selectedProperty().get());
        robot.type(KeyCode.DELETE);
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("delete mon MONDAY", "open mon MONDAY"), calls);
    }

    @Test
    void arrowsChooseCtrlArrowsMoveShiftArrowsResize(FxRobot robot) {
        robot.clickOn(robot.point(screen(DayOfWeek.MONDAY, 10 * 60)));
        robot.type(KeyCode.RIGHT); // Tuesday is empty: on to the nearest block on Wednesday
        assertEquals(new BlockKey("wed", DayOfWeek.WEDNESDAY), grid.selectedProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(new BlockKey("mon", DayOfWeek.MONDAY), grid.selectedProperty().get());
        robot.type(KeyCode.UP); // the Sunday night block reaches into Monday morning
        assertEquals(new BlockKey("sun", DayOfWeek.SUNDAY), grid.selectedProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(new BlockKey("mon", DayOfWeek.MONDAY), grid.selectedProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.UP).release(KeyCode.SHIFT);
        assertEquals(List.of("move mon MONDAY MONDAY 555", "move mon MONDAY MONDAY 540",
                "move mon MONDAY TUESDAY 540", "resize mon TUESDAY 540 675", "resize mon TUESDAY 540 660"), calls);
    }

    @Test
    void shiftF10OpensTheMenuOfTheSelection(FxRobot robot) {
        robot.clickOn(robot.point(screen(DayOfWeek.WEDNESDAY, 14 * 60 + 30)));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getContextMenu().isShowing());
        robot.clickOn("Kopiëren naar andere dagen…");
        assertEquals(List.of("duplicate wed WEDNESDAY"), calls);
    }

    @Test
    void ctrlPlusZoomsAndTheDefaultShowsSixteenHoursFromSix(FxRobot robot) {
        double before = grid.hourHeightProperty().get();
        Bounds body = grid.getLayoutBounds();
        // 16 hours fill the view below the header, starting at 6:00
        assertEquals(6 * 60, grid.minuteAt(grid.pointAt(DayOfWeek.MONDAY, 6 * 60).getY()), 1);
        double top = grid.minuteAt(32); // just below the header
        double bottom = grid.minuteAt(body.getMaxY() - 2);
        assertTrue(top > 340 && top <= 360, "the view starts just before 6:00, not at " + top);
        assertTrue(bottom >= 22 * 60 && bottom < 22 * 60 + 20, "the view ends just after 22:00, not at " + bottom);
        robot.clickOn(robot.point(screen(DayOfWeek.FRIDAY, 20 * 60)));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(grid.hourHeightProperty().get() > before);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, grid.hourHeightProperty().get(), 0.01);
    }

    @Test
    void ctrlScrollZoomsAroundTheMouseAndScrollScrolls(FxRobot robot) {
        double before = grid.hourHeightProperty().get();
        Point2D noon = screen(DayOfWeek.THURSDAY, 12 * 60);
        robot.moveTo(robot.point(noon));
        // one step (which way depends on the platform's wheel sign): more would reach the limit
        robot.press(KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = grid.hourHeightProperty().get();
        assertTrue(after != before, "Ctrl+scroll changes the hour height");
        double[] minute = new double[1];
        robot.interact(() -> minute[0] = grid.minuteAt(grid.screenToLocal(noon).getY()));
        assertEquals(12 * 60, minute[0], 3, "the time under the mouse stays put");
        double zoomedMinute = minute[0];
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN); // Monocle: 1 px a notch, not 40
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> minute[0] = grid.minuteAt(grid.screenToLocal(noon).getY()));
        assertTrue(Math.abs(minute[0] - zoomedMinute) > 1, "a plain scroll moves the view: " + minute[0]);
        assertEquals(after, grid.hourHeightProperty().get(), 0.001);
    }

    // ---------------------------------------------------------------------- locale, pictures

    @Test
    void firstDayIsSundayInTheUsAndMondayInTheNetherlands(FxRobot robot) {
        assertEquals(DayOfWeek.MONDAY, grid.getFirstDayOfWeek());
        robot.interact(() -> {
            grid = grid(US);
            grid.setBlocks(WeekSamples.blocks(US));
            stage.getScene().setRoot(grid);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DayOfWeek.SUNDAY, grid.getFirstDayOfWeek());
        assertTrue(grid.pointAt(DayOfWeek.SUNDAY, 600).getX() < grid.pointAt(DayOfWeek.MONDAY, 600).getX());
        assertTrue(robot.lookup(".day-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Sun")));
        // a Sunday block drawn in the first column now
        robot.drag(screen(DayOfWeek.SUNDAY, 10 * 60), MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.SUNDAY, 11 * 60)));
        assertEquals(List.of("create SUNDAY 600 660"), calls);
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        show(robot, NL, false);
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-grid-nl.png"));
        show(robot, US, false);
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-grid-en.png"));
        show(robot, NL, true);
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-grid-dark.png"));
        // a drag in progress (the ghost), and the night hours with the blocks that cross midnight
        show(robot, NL, false);
        robot.moveTo(robot.point(screen(DayOfWeek.TUESDAY, 9 * 60 + 30)));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(robot.point(screen(DayOfWeek.SATURDAY, 13 * 60 + 10)));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-grid-drag.png"));
        robot.release(MouseButton.PRIMARY);
        robot.interact(() -> grid.scrollToMinute(0));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-grid-night.png"));
        assertEquals(List.of("move morning TUESDAY SATURDAY 765"), calls);
    }

    private void show(FxRobot robot, Locale locale, boolean dark) {
        robot.interact(() -> {
            grid = grid(locale);
            grid.setBlocks(WeekSamples.blocks(locale));
            grid.todayProperty().set(DayOfWeek.WEDNESDAY);
            grid.nowMinuteProperty().set(14 * 60 + 20);
            grid.selectedProperty().set(new BlockKey("focus", DayOfWeek.TUESDAY));
            stage.getScene().setRoot(grid);
            Appearance.apply(stage.getScene(), dark);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---------------------------------------------------------------------------------- helpers

    private Point2D screen(DayOfWeek day, int minute) {
        Point2D[] p = new Point2D[1];
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> p[0] = grid.localToScreen(grid.pointAt(day, minute)));
        WaitForAsyncUtils.waitForFxEvents();
        return p[0];
    }

    private Bounds bounds(String uid, DayOfWeek day) {
        Bounds[] b = new Bounds[1];
        WaitForAsyncUtils.asyncFx(() -> b[0] = grid.blockBounds(new BlockKey(uid, day)).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        return b[0];
    }

    /** Records each call and, for moves and resizes, changes the blocks the way the editor would. */
    private final class Recorder implements WeekGrid.Listener {
        @Override
        public void create(DayOfWeek day, int startMinute, int endMinute) {
            calls.add("create " + day + " " + startMinute + " " + endMinute);
        }

        @Override
        public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
            calls.add("move " + uid + " " + from + " " + to + " " + newStartMinute);
            change(uid, from, b -> new WeekBlock(uid, to, newStartMinute, newStartMinute + b.length(), b.kind(),
                    b.label(), b.channels(), b.description(), b.warning()));
        }

        @Override
        public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
            calls.add("resize " + uid + " " + day + " " + newStartMinute + " " + newEndMinute);
            change(uid, day, b -> new WeekBlock(uid, day, newStartMinute, newEndMinute, b.kind(), b.label(),
                    b.channels(), b.description(), b.warning()));
        }

        private void change(String uid, DayOfWeek day, java.util.function.UnaryOperator<WeekBlock> how) {
            grid.setBlocks(grid.getBlocks().stream()
                    .map(b -> b.uid().equals(uid) && b.day() == day ? how.apply(b) : b).toList());
        }

        @Override
        public void open(String uid, DayOfWeek day) {
            calls.add("open " + uid + " " + day);
        }

        @Override
        public void duplicate(String uid, DayOfWeek day) {
            calls.add("duplicate " + uid + " " + day);
        }

        @Override
        public void delete(String uid, DayOfWeek day) {
            calls.add("delete " + uid + " " + day);
        }
    }
}
