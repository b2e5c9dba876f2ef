package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Weekly;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's drag check, the drop, headless: on a week of 200 blocks a block dragged to another
 * day lands there (saved in the document, selected, its row saying so) while the page keeps every
 * node it had and redraws only what the move changed: the blocks whose lanes changed, the moved
 * entry's row and the rings. The drop's first pulse used to lay out and redraw every row the
 * table showed and make the footer's labels anew (~220 nodes handed to the render thread, 49–61
 * ms under Xvfb); a keyboard move, an undo and a redo take the same way. Counted in nodes, which
 * do not depend on the machine's load (see {@link SceneCounts}).
 */
@ExtendWith(ApplicationExtension.class)
class BusyWeekDropTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"),
            ScheduleViewModelTest.AMSTERDAM);
    /** Nodes a pulse may hand over changed: the blocks of two days re-laned, a row, the rings. */
    private static final int FEW = 60;

    private ScheduleDocument document;
    private ScheduleViewModel model;
    private Stage stage;

    /** What one pulse did to the page. */
    private record Pulse(int restyled, int changed, int created) {
    }

    private final List<Pulse> pulses = new CopyOnWriteArrayList<>();
    private int restyling;
    private Set<Node> known = Set.of();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var bundle = ScheduleView.bundle(DUTCH);
        document = new ScheduleDocument(WeekSamples.busyWeek());
        model = new ScheduleViewModel(bundle, DUTCH, document, CLOCK, () -> "new");
        model.setChannels(Settings.defaultChannels("nl"));
        ScheduleView view = new ScheduleView(model, bundle, DUTCH);
        model.page().navigation().pattern();
        Scene scene = new Scene(view.root(), 1120, 720);
        scene.addPreLayoutPulseListener(() -> restyling = SceneCounts.toRestyle(scene.getRoot()));
        scene.addPostLayoutPulseListener(() -> {
            Set<Node> now = SceneCounts.nodes(scene.getRoot());
            int created = (int) now.stream().filter(n -> !known.contains(n)).count();
            known = now;
            pulses.add(new Pulse(restyling, SceneCounts.changed(scene.getRoot()), created));
        });
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDropAKeyboardMoveAndUndoRedrawOnlyWhatTheyChange(FxRobot robot) {
        WeekGrid grid = robot.lookup("#weekGrid").queryAs(WeekGrid.class);
        @SuppressWarnings("unchecked")
        TableView<EntryTable.Line> table = robot.lookup(".table-view").queryAs(TableView.class);
        // a Tuesday block of an hour or more in the morning, shown whole, among blocks before and after it
        WeekBlock aimed = grid.getBlocks().stream().filter(b -> b.day() == DayOfWeek.TUESDAY
                && b.startMinute() >= 8 * 60 && b.startMinute() <= 11 * 60 && b.endMinute() - b.startMinute() >= 60)
                .findFirst().orElseThrow();
        int nodes = SceneCounts.count(stage.getScene().getRoot());
        Set<Node> blockNodes = SceneCounts.nodes(grid);
        Set<Node> rowNodes = Set.copyOf(robot.lookup(".table-row-cell").queryAll());

        Bounds b = grid.localToScreen(grid.blockBounds(aimed.key()).orElseThrow());
        Point2D grab = new Point2D(b.getCenterX(), b.getMinY() + 10);
        robot.moveTo(grab).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        // the block on top where the mouse went down (lanes overlap on a busy day)
        WeekBlock block = grid.getBlocks().stream().filter(w -> w.key().equals(grid.selectedProperty().get()))
                .findFirst().orElseThrow();
        Point2D from = grid.localToScreen(grid.pointAt(DayOfWeek.TUESDAY, block.startMinute()));
        Point2D to = grid.localToScreen(grid.pointAt(DayOfWeek.WEDNESDAY, block.startMinute() + 60));
        for (int step = 1; step <= 4; step++) {
            robot.moveTo(grab.add(to.subtract(from).multiply(step / 4.0)));
        }
        WaitForAsyncUtils.waitForFxEvents();
        pulses.clear();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        BlockKey moved = new BlockKey(block.uid(), DayOfWeek.WEDNESDAY);
        assertEquals(moved, grid.selectedProperty().get(), "the dropped block stays selected");
        assertTrue(grid.getBlocks().stream().anyMatch(w -> w.key().equals(moved)
                && w.startMinute() == block.startMinute() + 60), "it is on Wednesday an hour later");
        EntryRow row = table.getSelectionModel().getSelectedItem().row();
        assertEquals(block.uid(), row.uid(), "its row is selected");
        assertEquals(LocalTime.ofSecondOfDay((block.startMinute() + 60) * 60L), row.start(), "and says the new time");
        assertEquals(Set.of(DayOfWeek.WEDNESDAY), row.days());
        Weekly stored = WeekEdits.weekly(document.current().entries().stream()
                .filter(en -> en.uid().equals(block.uid())).findFirst().orElseThrow());
        assertEquals(Set.of(DayOfWeek.WEDNESDAY), stored.days(), "the document has it: the next save writes it");
        assertEquals(row.start(), stored.times().start());
        assertFew("the drop", nodes);
        assertEquals(blockNodes, SceneCounts.nodes(grid), "every block keeps its node");
        assertEquals(rowNodes, Set.copyOf(robot.lookup(".table-row-cell").queryAll()), "every row keeps its node");

        pulses.clear();
        robot.push(KeyCode.CONTROL, KeyCode.DOWN); // a quarter later, from the keyboard
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getBlocks().stream().anyMatch(w -> w.key().equals(moved)
                && w.startMinute() == block.startMinute() + 75), "Ctrl+Down moves it on");
        assertEquals(moved, grid.selectedProperty().get());
        assertFew("Ctrl+Down", nodes);

        pulses.clear();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getBlocks().contains(block), "two undos: back where it was");
        assertFew("two undos", nodes);

        pulses.clear();
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(grid.getBlocks().stream().anyMatch(w -> w.key().equals(moved)
                && w.startMinute() == block.startMinute() + 60), "a redo drops it on Wednesday again");
        assertFew("a redo", nodes);
        assertEquals(blockNodes, SceneCounts.nodes(grid), "still the same block nodes");
        assertEquals(rowNodes, Set.copyOf(robot.lookup(".table-row-cell").queryAll()), "still the same rows");
    }

    @Test
    void aRowWhoseTextGrowsOntoMoreLinesGrowsWithItAndShrinksBack(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<EntryTable.Line> table = robot.lookup(".table-view").queryAs(TableView.class);
        EntryTable.Line line = table.getItems().get(1);
        TableRow<?> row = robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == line)
                .queryAs(TableRow.class);
        double oneLine = row.getHeight();
        robot.interact(() -> model.rename(line.uid(), "Bellen met klanten over de offertes van volgende week, "
                + "daarna de mail van de hele ochtend"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(row.getHeight() > 2 * oneLine, "the description wraps and its row grows: " + oneLine + " → "
                + row.getHeight());
        assertEquals(row.prefHeight(-1), row.getHeight(), 0.5, "as tall as its text");
        robot.interact(() -> model.rename(line.uid(), "Kort"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(oneLine, row.getHeight(), 0.5, "and back");
    }

    private void assertFew(String what, int nodes) {
        List<Pulse> seen = new ArrayList<>(pulses);
        assertTrue(!seen.isEmpty(), what + " drew nothing");
        for (Pulse p : seen) {
            assertEquals(0, p.created(), what + " makes no node anew: " + seen);
            assertTrue(p.restyled() < FEW && p.changed() < FEW, what + " restyles and redraws a few of the page's "
                    + nodes + " nodes, not the table's rows or the footer: " + seen);
        }
    }
}
