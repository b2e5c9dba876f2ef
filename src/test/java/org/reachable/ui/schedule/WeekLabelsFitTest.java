package org.reachable.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainViewModel.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The example week (what `reachable init --example` writes) in the main window at 1280×800, the
 * smallest screen we design for: every word a block shows fits its block or ends in an ellipsis,
 * overlapping windows stand side by side, focus blocks lie over them, and nothing is wider than
 * the screen. Saves target/screenshots/week-example-*.png (copied to docs/).
 */
@ExtendWith(ApplicationExtension.class)
class WeekLabelsFitTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 26 November 2026, 10:00 in Amsterdam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), AMSTERDAM);

    private Stage stage;
    private int uids;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @CsvSource({"nl-NL, false, week-example-nl", "en-GB, false, week-example-en", "nl-NL, true, week-example-dark-nl",
            "en-US, true, week-example-dark-en"})
    void noLabelOfTheExampleWeekIsCutWithoutAnEllipsis(String tag, boolean dark, String name, FxRobot robot)
            throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        Settings settings = new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels(locale.getLanguage()));
        ScheduleDocument document = new ScheduleDocument(
                ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 26), locale.getLanguage()));
        var bundle = ScheduleView.bundle(locale);
        ScheduleViewModel week = new ScheduleViewModel(bundle, locale, document, CLOCK, () -> "u" + ++uids);
        week.setChannels(settings.channels());
        ScheduleView weekView = new ScheduleView(week, bundle, locale);
        var mainBundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(mainBundle);
        main.show(new StatusResolver(document.current(), settings.channels(), Optional.empty()).status(CLOCK.instant()),
                AMSTERDAM);
        Map<Page, Parent> pages = new EnumMap<>(Page.class);
        pages.put(Page.SCHEDULE, weekView.root());
        MainView mainView = new MainView(main, mainBundle, CLOCK, pages);
        robot.interact(() -> {
            Scene scene = new Scene(mainView.root(), 1280, 800);
            Appearance.apply(scene, dark);
            stage.setScene(scene);
            stage.show();
            weekView.grid().todayProperty().set(DayOfWeek.THURSDAY);
            weekView.grid().nowMinuteProperty().set(10 * 60);
            main.pageProperty().set(Page.SCHEDULE);
        });
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + ".png"));

        Parent root = mainView.root();
        robot.interact(() -> {
            assertTrue(root.minWidth(-1) <= 1280, "the window fits a 1280 px screen: " + root.minWidth(-1));
            assertTrue(root.minHeight(-1) <= 800, "the window fits an 800 px screen: " + root.minHeight(-1));
        });
        List<BlockView> blocks = new ArrayList<>();
        robot.interact(() -> collect(weekView.grid(), blocks));
        assertTrue(blocks.size() >= 10, "the example week's blocks show: " + blocks.size());
        int texts = 0;
        for (BlockView block : blocks) {
            Rectangle clip = (Rectangle) block.getChildrenUnmodifiable().get(0).getClip();
            for (Node n : ((Parent) block.getChildrenUnmodifiable().get(0)).getChildrenUnmodifiable()) {
                Text text = (Text) n;
                if (!text.isVisible()) {
                    continue;
                }
                texts++;
                Bounds b = text.getBoundsInParent();
                String what = "'" + text.getText() + "' in " + block.getAccessibleText();
                assertTrue(b.getMaxX() <= clip.getX() + clip.getWidth() + 0.5, what + " is cut at the right");
                assertTrue(b.getMinY() >= clip.getY() - 0.5 && b.getMaxY() <= clip.getY() + clip.getHeight() + 1.5,
                        what + " is cut at the top or bottom: " + b + " in " + clip);
            }
        }
        assertTrue(texts >= blocks.size(), "each block says something: " + texts + " texts in " + blocks.size());

        // the table's columns fit: no column is narrower than its widest cell's text would need
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> {
            Bounds t = table.localToScene(table.getBoundsInLocal());
            assertTrue(t.getMaxX() <= 1280, "the table is inside the window");
            double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            assertTrue(columns <= t.getWidth() + 1, "every column shows: " + table.getColumns().stream().map(c -> c.getText() + "=" + c.getWidth() + "/" + c.getMinWidth()).toList() + " in " + t.getWidth());
        });
        assertEquals(0, robot.lookup(".day-name .text").queryAll().stream()
                .filter(n -> ((Text) n).getText() != null && ((Text) n).getText().endsWith("...")).count(),
                "every day's name and date fits its column");
        assertEquals(0, robot.lookup(".table-view .text").queryAll().stream()
                .filter(n -> n.isVisible() && ((Text) n).getText() != null && ((Text) n).getText().endsWith("..."))
                .count(), "no table cell is cut");
    }

    private static void collect(Node node, List<BlockView> out) {
        if (node instanceof BlockView b && b.isVisible() && !b.getStyleClass().contains("ghost")) {
            out.add(b);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
