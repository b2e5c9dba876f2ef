package org.reachable.ui.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dated week on the real page, headless (Monocle), clock on Thursday 26 November 2026 in
 * Amsterdam: dragging a block of a repeating entry asks "Only this week or every week?" (Enter:
 * only this week; Escape: nothing), Delete in its menu likewise, a skipped week shows as a struck
 * placeholder whose menu restores it, Ctrl+Z takes each step back, and the table says each rule in
 * words. In Dutch and English; saves target/screenshots/week-once-question-{nl,en}.png and
 * week-skipped-moved-{nl,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class DatedWeekViewTest {

    static final LocalDate MON = LocalDate.of(2026, 11, 23);

    /** What the page says in one language. */
    record Words(Locale locale, String code, String question, String thisWeek, String delete, String restore,
            String skipped, String fortnightRule) {
    }

    static final Words DUTCH = new Words(ScheduleViewModelTest.DUTCH, "nl", "Alleen deze week, ook de weken erna, of elke week?",
            "Alleen deze week", "Verwijderen", "Deze week terugzetten", "Deze week overgeslagen: ",
            "om de week op maandag t/m vrijdag, vanaf maandag 23 november tot en met woensdag 31 maart; 1 keer verplaatst");
    static final Words ENGLISH = new Words(Locale.UK, "en", "Only this week, this and following weeks, or every week?", "Only this week",
            "Delete", "Restore this week", "Skipped this week: ",
            "every other Monday to Friday, from Monday 23 November until Wednesday 31 March; moved once");

    Stage stage;
    ScheduleDocument document;
    int uids;
    ScheduleViewModel model;
    ScheduleView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /**
     * Calls from 9 to 11 on workdays, calls again from 16 to 18 every other week until 31 March (its
     * Tuesday this week moved to 18:00 by a calendar app), and focus on Wednesday afternoons.
     */
    static Schedule week(String language) {
        boolean dutch = language.equals("nl");
        Series fortnight = new Series(2, LocalDate.of(2027, 3, 31), Set.of(), Set.of(), Map.of(MON.plusDays(1),
                new Dated(MON.plusDays(1).atTime(18, 0), MON.plusDays(1).atTime(20, 0))));
        EnumSet<DayOfWeek> workdays = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        return new Schedule(ScheduleViewModelTest.AMSTERDAM, List.of(
                new ReachableWindow("m", dutch ? "Bellen en mailen" : "Calls and e-mail", new Weekly(workdays,
                        TimeRange.of("09:00", "11:00"), null), Set.of("phone", "email")),
                new ReachableWindow("a", dutch ? "Terugbellen" : "Call-backs", new Weekly(workdays,
                        TimeRange.of("16:00", "18:00"), MON, fortnight), Set.of("phone")),
                new FocusBlock("f", "Focus", Weekly.of(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00")),
                        Set.of())));
    }

    private void show(FxRobot robot, Words words) {
        robot.interact(() -> {
            document = new ScheduleDocument(week(words.code()));
            var bundle = ScheduleView.bundle(words.locale());
            model = new ScheduleViewModel(bundle, words.locale(), document,
                    ScheduleViewModelTest.CLOCK, () -> "new-" + ++uids);
            model.setChannels(Settings.defaultChannels(words.code()));
            view = new ScheduleView(model, bundle, words.locale());
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.sizeToScene();
            stage.setX(0); // a stage shown before it had a scene has no place on the screen
            stage.setY(0);
            view.grid().scrollToMinute(8 * 60);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(DayOfWeek day, int minute) {
        Point2D[] p = new Point2D[1];
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> p[0] = view.grid().localToScreen(view.grid().pointAt(day, minute)));
        WaitForAsyncUtils.waitForFxEvents();
        return p[0];
    }

    private DialogPane question(FxRobot robot) throws Exception {
        // the dialog opens from the mouse release; on a loaded machine that can take a few pulses
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#onceQuestion").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/week-once-no-question.png"));
            throw new AssertionError("no question; schedule " + document.current() + "; windows "
                    + javafx.stage.Window.getWindows() + "; focus at " + screen(WEDNESDAY, 14 * 60)
                    + " stage " + stage.getX() + "," + stage.getY(), e);
        }
        return robot.lookup("#onceQuestion").queryAs(DialogPane.class);
    }

    private Weekly weekly(String uid) {
        return WeekEdits.weekly(WeekEdits.find(document.current(), uid));
    }

    private List<Node> skippedBlocks(FxRobot robot) {
        return List.copyOf(robot.lookup(".week-block").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("skipped"))).queryAll());
    }

    private void contextMenuOn(FxRobot robot, DayOfWeek day, int minute, String item) {
        robot.clickOn(robot.point(screen(day, minute)), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem found = view.grid().getContextMenu().getItems().stream()
                .filter(i -> i.isVisible() && i.getText().equals(item)).findFirst().orElseThrow(() ->
                        new AssertionError(item + " not in the menu: " + view.grid().getContextMenu().getItems()));
        // not robot.interact: the item may open the question, whose showAndWait must not block the test
        WaitForAsyncUtils.asyncFx(() -> {
            view.grid().getContextMenu().hide();
            found.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The scene as a PNG; on a real display (scripts/week-screenshots.sh runs this test with GTK
     * under Xvfb) also the whole screen as the X server shows it, window decorations and all.
     */
    private static void shot(FxRobot robot, Scene scene, String name) throws Exception {
        Snapshots.take(robot, scene, Path.of("target/screenshots/" + name + ".png"));
        if (!"Monocle".equals(System.getProperty("glass.platform")) && System.getenv("DISPLAY") != null) {
            WaitForAsyncUtils.waitForFxEvents();
            new ProcessBuilder("import", "-window", "root", "target/screenshots/" + name + "-xvfb.png")
                    .inheritIO().start().waitFor();
        }
    }

    private void flow(FxRobot robot, Words words) throws Exception {
        show(robot, words);
        Schedule before = document.current();

        // drag Wednesday's focus block to Thursday 14:00: the page asks; Escape changes nothing
        robot.drag(screen(WEDNESDAY, 14 * 60), MouseButton.PRIMARY).dropTo(robot.point(screen(THURSDAY, 15 * 60)));
        assertEquals(words.question(), question(robot).getHeaderText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, document.current(), "Escape: nothing changed");

        // again; Enter is "only this week"
        robot.drag(screen(WEDNESDAY, 14 * 60), MouseButton.PRIMARY).dropTo(robot.point(screen(THURSDAY, 15 * 60)));
        DialogPane pane = question(robot);
        shot(robot, pane.getScene(), "week-once-question-" + words.code());
        Button thisWeek = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        assertEquals(words.thisWeek(), thisWeek.getText().replace("_", ""));
        assertTrue(thisWeek.isDefaultButton(), "Enter answers: only this week");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate wednesday = MON.plusDays(2);
        LocalDate thursday = MON.plusDays(3);
        assertEquals(Map.of(wednesday, new Dated(thursday.atTime(14, 0), thursday.atTime(18, 0))),
                weekly("f").series().moved());

        // Monday's 9-11: Delete in its menu, only this week
        contextMenuOn(robot, MONDAY, 10 * 60, words.delete());
        robot.clickOn(robot.lookup("#onceQuestion .button").match((Button b) -> b.getText().replace("_", "")
                .equals(words.thisWeek())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(MON), weekly("m").series().skipped());
        List<Node> skipped = skippedBlocks(robot);
        assertEquals(1, skipped.size(), "Monday's placeholder");
        assertTrue(skipped.get(0).getAccessibleText().startsWith(words.skipped()), skipped.get(0).getAccessibleText());
        assertTrue(view.grid().getBlocks().stream().anyMatch(b -> b.uid().equals("a") && b.day() == TUESDAY
                && b.once() == WeekBlock.Once.MOVED && b.startMinute() == 18 * 60), "the calendar app's moved Tuesday");
        javafx.scene.control.TableView<?> table = robot.lookup("#table").queryAs(javafx.scene.control.TableView.class);
        assertTrue(table.getItems().stream().anyMatch(r -> ((EntryTable.Line) r).row().daysText().equals(words.fortnightRule())),
                "the rule in words: " + table.getItems());
        shot(robot, stage.getScene(), "week-skipped-moved-" + words.code());

        // the placeholder's menu restores the week; Ctrl+Z skips it again, twice more brings all back
        contextMenuOn(robot, MONDAY, 10 * 60, words.restore());
        assertTrue(weekly("m").series().isEveryWeek());
        assertEquals(List.of(), skippedBlocks(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(Set.of(MON), weekly("m").series().skipped());
        for (int i = 0; i < 2; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        assertEquals(before, document.current(), "each answer was one undo step");
    }

    /** The form of a block: its dates, and an end before the start refused under them. */
    @Test
    @Timeout(180)
    void theFormSaysWhenAnEndDateLiesBeforeTheFirst(FxRobot robot) throws Exception {
        show(robot, DUTCH);
        // as a double-click does (a robot's double-click falls apart into two clicks on a loaded machine)
        WaitForAsyncUtils.asyncFx(() -> view.grid().listener().open("m", MONDAY));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#lastDate").tryQuery().isPresent());
        javafx.scene.control.DatePicker first = robot.lookup("#firstDate").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker last = robot.lookup("#lastDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> {
            first.setValue(LocalDate.of(2027, 2, 1));
            last.setValue(LocalDate.of(2027, 1, 31));
        });
        javafx.scene.control.Label error = robot.lookup("#datesError").queryAs(javafx.scene.control.Label.class);
        assertEquals("De einddatum ligt vóór de eerste datum.", error.getText());
        assertTrue(error.isVisible());
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton();
        assertTrue(ok.isDisabled(), "OK stays off while the dates are wrong");
        shot(robot, error.getScene(), "week-form-dates-nl");
        robot.interact(() -> last.setValue(LocalDate.of(2027, 3, 31)));
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2027, 3, 31), weekly("m").series().until());
        assertEquals(LocalDate.of(2027, 2, 1), weekly("m").since());
    }

    /**
     * The series edits: "Om de week" in the form (the next dates under it, the rule in the table), then,
     * a week on, the focus block dragged to Thursday with the question's third answer "Deze en volgende
     * weken": the series ends before that week and a new one starts; the footer names the week; one
     * Ctrl+Z takes the split back.
     */
    private void seriesEdits(FxRobot robot, Words words) throws Exception {
        boolean nl = words.code().equals("nl");
        show(robot, words);
        Schedule before = document.current();
        WaitForAsyncUtils.asyncFx(() -> view.grid().listener().open("f", WEDNESDAY));
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#repeat").tryQuery().isPresent());
        javafx.scene.control.ChoiceBox<?> repeat = robot.lookup("#repeat").queryAs(javafx.scene.control.ChoiceBox.class);
        robot.interact(() -> repeat.getSelectionModel().select(1));
        javafx.scene.control.Label hint = robot.lookup("#repeatHint").queryAs(javafx.scene.control.Label.class);
        assertEquals(nl ? "Om de week" : "Every other week", repeat.getConverter().toString(cast(repeat.getValue())));
        assertEquals(nl ? "Eerstvolgende keren: wo 9 december, wo 23 december, wo 6 januari"
                : "Next: Wed 9 December, Wed 23 December, Wed 6 January", hint.getText());
        assertTrue(hint.isVisible());
        shot(robot, hint.getScene(), "week-form-every-other-week-" + words.code());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, weekly("f").series().weeks());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, document.current());

        robot.interact(() -> model.page().navigation().next());
        robot.drag(screen(WEDNESDAY, 14 * 60), MouseButton.PRIMARY).dropTo(robot.point(screen(THURSDAY, 15 * 60)));
        DialogPane pane = question(robot);
        assertEquals(nl ? List.of("Alleen deze week", "Deze en volgende weken", "Elke week", "Annuleren")
                        : List.of("Only this week", "This and following weeks", "Every week", "Cancel"),
                pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText().replace("_", ""))
                        .toList());
        shot(robot, pane.getScene(), "week-three-way-question-" + words.code());
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 11, 25), weekly("f").series().until());
        javafx.scene.control.TableView<?> table = robot.lookup("#table").queryAs(javafx.scene.control.TableView.class);
        assertEquals(nl ? List.of("elke woensdag tot en met woensdag 25 november 2026",
                        "elke donderdag, vanaf donderdag 3 december")
                        : List.of("every Wednesday until Wednesday 25 November 2026",
                        "every Thursday, from Thursday 3 December"),
                table.getItems().stream().map(r -> ((EntryTable.Line) r).row()).filter(r -> r.kind() == org.reachable.domain.model
                        .EntryKind.FOCUS).map(EntryRow::daysText).toList(), "the table says both");
        javafx.scene.control.Label footer = robot.lookup("#summaryTitle").queryAs(javafx.scene.control.Label.class);
        assertEquals(nl ? "Week van maandag 30 november" : "Week of Monday 30 November", footer.getText());
        shot(robot, stage.getScene(), "week-split-series-" + words.code());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(before, document.current(), "one Ctrl+Z takes the split back");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Test
    @Timeout(180)
    void seriesEditsInDutch(FxRobot robot) throws Exception {
        seriesEdits(robot, DUTCH);
    }

    @Test
    @Timeout(180)
    void seriesEditsInEnglish(FxRobot robot) throws Exception {
        seriesEdits(robot, ENGLISH);
    }

    @Test
    @Timeout(180)
    void inDutch(FxRobot robot) throws Exception {
        flow(robot, DUTCH);
    }

    @Test
    @Timeout(180)
    void inEnglish(FxRobot robot) throws Exception {
        flow(robot, ENGLISH);
    }
}
