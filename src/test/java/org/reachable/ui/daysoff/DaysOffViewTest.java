package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The page in its own scene, headless under Monocle, in Dutch, on Thursday 26 November 2026: the
 * form, the channel picker and the keys, against a real {@link ScheduleDocument}. Saves
 * target/screenshots/daysoff-nl.png, daysoff-en.png and daysoff-dark-nl.png.
 */
@ExtendWith(ApplicationExtension.class)
class DaysOffViewTest {

    private Stage stage;
    private ScheduleDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(scene("nl", false));
        stage.show();
    }

    /** The realistic page: Christmas off, a sick day behind us, an extra Saturday morning. */
    private Scene scene(String language, boolean dark) {
        document = new ScheduleDocument(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of(
                DaysOffViewModelTest.sickDay(), christmas(language), saturday(language))));
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag(language));
        List<Channel> channels = Settings.defaultChannels(language);
        DaysOffViewModel model = new DaysOffViewModel(bundle, document, () -> channels, DaysOffViewModelTest.uids(),
                DaysOffViewModelTest.CLOCK);
        Scene scene = new Scene(new DaysOffView(model, bundle).root(), 940, 760);
        Appearance.apply(scene, dark);
        return scene;
    }

    private static DayOff christmas(String language) {
        DayOff xmas = DaysOffViewModelTest.christmas();
        return "nl".equals(language) ? xmas : new DayOff(xmas.uid(), "Christmas holiday", xmas.first(), xmas.last(),
                xmas.reason(), "Anna de Vries, +31 6 12345678", xmas.backOn(), xmas.urgentLineOff());
    }

    private static ExtraWindow saturday(String language) {
        return new ExtraWindow("sat", "nl".equals(language) ? "Zaterdagochtend voor spoedklussen"
                : "Saturday morning for rush jobs", new Dated(LocalDateTime.of(2026, 12, 5, 9, 0),
                LocalDateTime.of(2026, 12, 5, 12, 0)), Set.of("phone", "email"));
    }

    @Test
    void aDayOffAddedThroughTheFormIsInTheListAndTheDocument(FxRobot robot) throws Exception {
        robot.clickOn("#addDayOff");
        DatePicker first = robot.lookup("#first").queryAs(DatePicker.class);
        assertTrue(first.isVisible());
        typeDate(robot, "#first", "8-2-2027");
        assertEquals(LocalDate.of(2027, 2, 8), robot.lookup("#last").queryAs(DatePicker.class).getValue(),
                "the last day follows the first");
        typeDate(robot, "#last", "12-2-2027");
        assertEquals(LocalDate.of(2027, 2, 13), robot.lookup("#backOn").queryAs(DatePicker.class).getValue(),
                "back on: the day after");
        robot.clickOn("#reason");
        // the item in the open list, not the "Ziek" of the folded past list
        java.util.function.Predicate<javafx.scene.Node> sick = n -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Ziek".equals(cell.getText()) && n.getScene() != stage.getScene();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(sick).tryQuery().isPresent());
        robot.clickOn((javafx.scene.Node) robot.lookup(sick).query());
        robot.clickOn("#standIn").write("Anna de Vries, 06 12345678");
        typeDate(robot, "#backOn", "15-2-2027");
        robot.clickOn("#urgentLineOff");
        robot.clickOn("#summary").write("Griep");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/daysoff-form-nl.png"));
        robot.type(KeyCode.ENTER); // the default button saves

        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#dayOffForm").query().isVisible(), "the form closes after saving");
        DayOff added = (DayOff) find("new-1");
        assertEquals(LocalDate.of(2027, 2, 8), added.first());
        assertEquals(LocalDate.of(2027, 2, 12), added.last());
        assertEquals(DayOffReason.SICK, added.reason());
        assertEquals("Anna de Vries, 06 12345678", added.standIn());
        assertEquals(LocalDate.of(2027, 2, 15), added.backOn());
        assertTrue(added.urgentLineOff());
        TableView<DayOffRow> table = table(robot, "#daysOffTable");
        assertEquals(List.of("xmas", "new-1"), table.getItems().stream().map(DayOffRow::uid).toList());
        assertEquals("ma 8 feb – vr 12 feb 2027", table.getItems().get(1).dates());
        assertEquals("new-1", table.getSelectionModel().getSelectedItem().uid(), "the new one is selected");
        assertTrue(robot.lookup("ma 8 feb – vr 12 feb 2027").tryQuery().isPresent(), "shown in the list");
    }

    @Test
    void anInvalidRangeIsShownInlineAndNotSaved(FxRobot robot) {
        robot.clickOn("#addDayOff");
        typeDate(robot, "#first", "10-3-2027");
        typeDate(robot, "#last", "8-3-2027");
        assertTrue(robot.lookup("#dayOffProblem").query().isVisible());
        assertTrue(robot.lookup("#saveDayOff").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER);
        assertEquals(3, document.current().entries().size());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#dayOffForm").query().isVisible(), "Escape cancels");
    }

    @Test
    void anExtraWindowWithAChannel(FxRobot robot) throws Exception {
        robot.clickOn("#addWindow");
        typeDate(robot, "#date", "12-12-2026");
        typeText(robot, "#from", "9.00");
        typeText(robot, "#to", "12:00");
        assertTrue(robot.lookup("#saveDated").queryAs(Button.class).isDisabled(), "no channel yet");
        robot.clickOn("#channels");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Telefoon").tryQuery().isPresent());
        robot.clickOn("Telefoon");
        robot.clickOn("#description"); // closes the picker
        robot.write("Extra zaterdag");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/daysoff-window-nl.png"));
        robot.clickOn("#saveDated");

        ExtraWindow window = (ExtraWindow) find("new-1");
        assertEquals(new Dated(LocalDateTime.of(2026, 12, 12, 9, 0), LocalDateTime.of(2026, 12, 12, 12, 0)),
                window.when());
        assertEquals(Set.of("phone"), window.channels());
        assertEquals("Extra zaterdag", window.summary());
        TableView<DatedRow> table = table(robot, "#datedTable");
        assertEquals(List.of("sat", "new-1"), table.getItems().stream().map(DatedRow::uid).toList());
        assertEquals("Telefoon", table.getItems().get(1).channels());
    }

    @Test
    void deleteWithTheKeyboardAndUndoBringsItBack(FxRobot robot) {
        TableView<DayOffRow> table = table(robot, "#daysOffTable");
        robot.clickOn("do 24 dec – vr 1 jan 2027");
        assertEquals("xmas", table.getSelectionModel().getSelectedItem().uid());
        robot.type(KeyCode.DELETE);
        assertTrue(table.getItems().isEmpty());
        assertFalse(document.current().entries().stream().anyMatch(e -> e.uid().equals("xmas")));
        assertTrue(robot.lookup("#message").query().isVisible(), "says undo brings it back");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("xmas"), table.getItems().stream().map(DayOffRow::uid).toList());
        assertFalse(robot.lookup("#redo").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#undo").queryAs(Button.class).isDisabled(), "nothing left to undo");

        // Enter opens the selected row in the form
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dayOffForm").query().isVisible());
        assertEquals(LocalDate.of(2027, 1, 4), robot.lookup("#backOn").queryAs(DatePicker.class).getValue());
    }

    @Test
    void pastExtraWindowsAndFocusBlocksFoldAwayAndAnswerTheSameKeys(FxRobot robot) throws Exception {
        // it is Thursday 10:00: this morning's focus block and last Saturday's window are over
        FocusBlock morning = new FocusBlock("morning", "Offerte schrijven", new Dated(
                LocalDateTime.of(2026, 11, 26, 7, 30), LocalDateTime.of(2026, 11, 26, 9, 30)), Set.of());
        ExtraWindow lastSaturday = new ExtraWindow("lastsat", "Zaterdag voor de verhuizing", new Dated(
                LocalDateTime.of(2026, 11, 21, 9, 0), LocalDateTime.of(2026, 11, 21, 12, 0)), Set.of("phone"));
        robot.interact(() -> document.external(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of(
                DaysOffViewModelTest.sickDay(), christmas("nl"), saturday("nl"), morning, lastSaturday))));
        WaitForAsyncUtils.waitForFxEvents();

        TitledPane pane = robot.lookup("#pastDatedPane").queryAs(TitledPane.class);
        assertTrue(pane.isVisible());
        assertFalse(pane.isExpanded(), "folded until asked");
        assertEquals("Eerdere extra vensters en focusblokken tonen (2)", pane.getText());
        TableView<DatedRow> upcoming = table(robot, "#datedTable");
        assertEquals(List.of("sat"), upcoming.getItems().stream().map(DatedRow::uid).toList());
        shot(robot, "daysoff-past-folded-nl.png");

        robot.clickOn(pane.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.isExpanded());
        assertEquals("Eerdere extra vensters en focusblokken verbergen (2)", pane.getText());
        TableView<DatedRow> past = table(robot, "#pastDatedTable");
        assertEquals(List.of("morning", "lastsat"), past.getItems().stream().map(DatedRow::uid).toList(),
                "most recent first");
        shot(robot, "daysoff-past-nl.png");

        // Enter opens the selected row in the form
        robot.interact(() -> {
            past.requestFocus();
            past.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#datedForm").query().isVisible());
        assertEquals(LocalDate.of(2026, 11, 21), robot.lookup("#date").queryAs(DatePicker.class).getValue());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#datedForm").query().isVisible());

        // Delete removes it, and the next row takes the selection
        robot.interact(() -> {
            past.requestFocus();
            past.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(document.current().entries().stream().anyMatch(e -> e.uid().equals("morning")));
        assertEquals(List.of("lastsat"), past.getItems().stream().map(DatedRow::uid).toList());
        assertEquals("lastsat", past.getSelectionModel().getSelectedItem().uid());
        assertEquals("Eerdere extra vensters en focusblokken verbergen (1)", pane.getText());
        assertTrue(robot.lookup("#message").query().isVisible(), "says undo brings it back");
    }

    @Test
    void aSickFridayInTheUsualWeekIsBackOnMonday(FxRobot robot) throws Exception {
        robot.interact(() -> document.external(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of(
                DaysOffViewModelTest.sickDay(), christmas("nl"), saturday("nl"),
                DaysOffViewModelTest.workWeek(null)))));
        robot.clickOn("#addDayOff");
        typeDate(robot, "#first", "5-3-2027");
        assertEquals(LocalDate.of(2027, 3, 8), robot.lookup("#backOn").queryAs(DatePicker.class).getValue());
        assertEquals("de eerste dag dat je weer bereikbaar bent",
                robot.lookup("#backOnHint").queryAs(javafx.scene.control.Label.class).getText());
        assertFalse(robot.lookup("#backOnReset").query().isVisible());
        shot(robot, "daysoff-backon-nl.png");

        typeDate(robot, "#backOn", "6-3-2027"); // the user knows better: back on Saturday
        assertEquals("zelf gekozen", robot.lookup("#backOnHint").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#backOnReset").query().isVisible());
        shot(robot, "daysoff-backon-own-nl.png");
        robot.clickOn("#backOnReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2027, 3, 8), robot.lookup("#backOn").queryAs(DatePicker.class).getValue());
    }

    @Test
    void mnemonicsOpenTheFormsAndAnEmptyListSaysWhatADayOffDoes(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dayOffForm").query().isVisible(), "Alt+N: Vrije dag toevoege_n");
        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#datedForm").query().isVisible(), "Alt+X: E_xtra venster toevoegen");
        assertFalse(robot.lookup("#dayOffForm").query().isVisible(), "one form at a time");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> document.external(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of())));
        TableView<DayOffRow> table = table(robot, "#daysOffTable");
        assertTrue(table.getItems().isEmpty());
        assertTrue(((javafx.scene.control.Label) table.getPlaceholder()).getText()
                .contains("Op een vrije dag staat alles uit"));
        shot(robot, "daysoff-empty-nl.png");
    }

    @Test
    void screenshotsInDutchEnglishAndDark(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#pastPane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        Snapshots.Shot nl = shot(robot, "daysoff-nl.png");
        nl.assertShows(robot.lookup("#addDayOff").queryAs(Button.class), "Vrije dag toevoegen");
        nl.assertShows(robot.lookup("#addWindow").queryAs(Button.class), "Extra venster toevoegen");
        nl.assertShown(robot.lookup("#pastTable").query(), "the past days off, unfolded");
        assertTrue(nl.backgroundOf(stage.getScene().getRoot()).getBrightness() > 0.8, "light");

        robot.interact(() -> stage.setScene(scene("en", false)));
        robot.interact(() -> robot.lookup("#pastPane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        Snapshots.Shot en = shot(robot, "daysoff-en.png");
        en.assertShows(robot.lookup("#addDayOff").queryAs(Button.class), "Add day off");
        en.assertShows(robot.lookup("#addFocus").queryAs(Button.class), "Add one-off focus");
        robot.clickOn("#addFocus");
        Snapshots.Shot focus = shot(robot, "daysoff-focus-en.png");
        focus.assertShown(robot.lookup("#datedForm").query(), "the form for a one-off focus block");
        focus.assertShown(robot.lookup("#datedTitle").query(), "the form's title");

        robot.interact(() -> stage.setScene(scene("nl", true)));
        robot.clickOn("#addWindow");
        Snapshots.Shot dark = shot(robot, "daysoff-dark-nl.png");
        dark.assertShown(robot.lookup("#datedForm").query(), "the form for an extra window");
        assertTrue(dark.backgroundOf(stage.getScene().getRoot()).getBrightness() < 0.35, "dark: "
                + dark.backgroundOf(stage.getScene().getRoot()));
        dark.assertShows(robot.lookup("#addDayOff").queryAs(Button.class), "Vrije dag toevoegen");
    }

    private Snapshots.Shot shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots", name));
    }

    /** Types a date the way a user does: select what is there, type, Tab on. */
    private static void typeDate(FxRobot robot, String id, String text) {
        DatePicker picker = robot.lookup(id).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeText(FxRobot robot, String id, String text) {
        javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private ScheduleEntry find(String uid) {
        return document.current().entries().stream().filter(e -> e.uid().equals(uid)).findFirst().orElseThrow();
    }
}
