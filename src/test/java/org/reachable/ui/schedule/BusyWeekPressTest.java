package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's drag check headless: pressing a block on a week of 200 blocks, with the focus on
 * the week bar as after "The pattern" was clicked, selects the block and its row and restyles only what the
 * press changed. The grid taking the focus used to restyle every block and label in it (its
 * {@code :focused} look reached the selection ring inside), ~800 nodes: the press's first pulse
 * was 66 ms of CSS under Xvfb at load 12. What a pulse will restyle is read from each node's CSS
 * flag just before the pulse's CSS pass (a node marked for an update takes its whole subtree).
 */
@ExtendWith(ApplicationExtension.class)
class BusyWeekPressTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"),
            ScheduleViewModelTest.AMSTERDAM);

    private ScheduleViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var bundle = ScheduleView.bundle(DUTCH);
        model = new ScheduleViewModel(bundle, DUTCH, new ScheduleDocument(WeekSamples.busyWeek()), CLOCK, () -> "new");
        model.setChannels(Settings.defaultChannels("nl"));
        ScheduleView view = new ScheduleView(model, bundle, DUTCH);
        model.page().navigation().pattern();
        stage.setScene(new Scene(view.root(), 1120, 720));
        stage.show();
    }

    @Test
    void pressingABlockWhileTheWeekBarHasTheFocusRestylesOnlyWhatChanged(FxRobot robot) throws Exception {
        WeekGrid grid = robot.lookup("#weekGrid").queryAs(WeekGrid.class);
        List<Integer> restyled = new CopyOnWriteArrayList<>();
        robot.interact(() -> stage.getScene().addPreLayoutPulseListener(() -> restyled.add(SceneCounts.toRestyle(stage.getScene().getRoot()))));
        List<Node> blocks = robot.lookup(".week-block").match(n -> n.isVisible() && !n.getStyleClass().contains("ghost")
                && n.getBoundsInLocal().getHeight() > 20).queryAll().stream().toList();
        int nodes = SceneCounts.count(grid);
        for (int i : new int[] {3, 40, 90}) {
            robot.clickOn("#patternView"); // the week bar has the focus, as after choosing "the pattern" there
            WaitForAsyncUtils.waitForFxEvents();
            restyled.clear();
            Bounds b = blocks.get(i).localToScreen(blocks.get(i).getBoundsInLocal());
            robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY())).press(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            robot.release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(grid.isFocused(), "the press gives the grid the keys");
            BlockKey key = grid.selectedProperty().get();
            @SuppressWarnings("unchecked")
            TableView<EntryTable.Line> table = robot.lookup(".table-view").queryAs(TableView.class);
            assertEquals(key.uid(), table.getSelectionModel().getSelectedItem().uid(), "its row is selected too");
            int most = restyled.stream().mapToInt(Integer::intValue).max().orElse(0);
            assertTrue(most < 120, "a press restyles the pressed block, its row, the ring and the focus frame, not the "
                    + nodes + " nodes of the grid: " + restyled);
        }
    }
}
