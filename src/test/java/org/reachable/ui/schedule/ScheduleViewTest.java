package org.reachable.ui.schedule;

import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.service.Presets;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Schedule page headless (Monocle), in Dutch, saving through the real iCalendar store into a
 * temp folder at once (no delay), so each test can read the file a user's calendar would read.
 */
@ExtendWith(ApplicationExtension.class)
class ScheduleViewTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ScheduleViewModelTest.AMSTERDAM);

    @TempDir
    static Path folder;

    Stage stage;
    ScheduleDocument document;
    ScheduleViewModel model;
    ScheduleView view;
    IcsScheduleStore store;
    private int uids;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = Files.createTempDirectory(folder, "data").resolve("schedule.ics");
        store = new IcsScheduleStore(new StoreFile(new DataFile(file, CLOCK)));
        store.save(ScheduleViewModelTest.week());
        document = new ScheduleDocument(store.load(ScheduleViewModelTest.AMSTERDAM));
        var bundle = ScheduleView.bundle(DUTCH);
        model = new ScheduleViewModel(bundle, DUTCH, document, CLOCK, () -> "new-" + ++uids + "@reachable");
        model.setChannels(Settings.defaultChannels("nl"));
        new ScheduleAutoSave(document, store, Runnable::run, Runnable::run, Runnable::run, model::saveProblem,
                model::external).start();
        view = new ScheduleView(model, bundle, DUTCH);
        // these edits are the pattern's (every week); a dated week asks first (DatedWeekViewTest)
        model.page().navigation().pattern();
        for (Presets.Preset preset : Presets.Preset.values()) {
            view.addPreset(bundle.getString("preset." + preset.name()), () -> model.applyPreset(preset));
        }
        stage.setScene(new Scene(view.root(), 1000, 720));
        stage.show();
    }

    Schedule onDisk() throws Exception {
        return store.load(ScheduleViewModelTest.AMSTERDAM);
    }

    @SuppressWarnings("unchecked")
    TableView<EntryTable.Line> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    /** Selects a row by its description the way a user would: a click on it. */
    void clickRow(FxRobot robot, String kindText) {
        robot.clickOn(robot.lookup(".table-row-cell").match(n -> {
            Object item = ((javafx.scene.control.TableRow<?>) n).getItem();
            return item instanceof EntryTable.Line line && line.row().kindText().equals(kindText);
        }).queryAs(Node.class));
    }

    @Test
    void theFormFromTheTableChangesEveryDayOfTheEntryAndItIsSavedAtOnce(FxRobot robot) throws Exception {
        clickRow(robot, "Focus");
        robot.type(KeyCode.ENTER);
        TextField start = robot.lookup(".entry-form .text-field").nth(0).queryAs(TextField.class);
        assertEquals("13:00", start.getText(), "as the Dutch write it in a field");
        robot.interact(() -> start.setText("12.30"));
        robot.clickOn("#day-friday");
        Snapshots.take(robot, start.getScene(), Path.of("target/screenshots/schedule-form-nl.png"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        var when = WeekEdits.weekly(WeekEdits.find(onDisk(), "f"));
        assertEquals(TimeRange.of("12:30", "17:00"), when.times(), "in the file at once");
        assertEquals(java.util.EnumSet.of(WEDNESDAY, java.time.DayOfWeek.FRIDAY), when.days());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ScheduleViewModelTest.week(), onDisk(), "undo is saved too");
        robot.clickOn(robot.lookup(".button").match((Button b) -> b.getText().replace("_", "").equals("Opnieuw"))
                .queryButton());
        assertEquals(TimeRange.of("12:30", "17:00"), WeekEdits.weekly(WeekEdits.find(onDisk(), "f")).times());
    }

    @Test
    void aWrongTimeInTheFormSaysWhatIsWrongAndOkStaysOff(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        TextField start = robot.lookup(".entry-form .text-field").nth(0).queryAs(TextField.class);
        robot.interact(() -> start.setText("kwart over negen"));
        javafx.scene.control.Labeled error = robot.lookup(".field-error").match(Node::isVisible).queryLabeled();
        assertEquals("Schrijf een tijd als 9:00 of 13.30", error.getText());
        Button ok = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton();
        assertTrue(ok.isDisabled());
        robot.interact(() -> start.setText("9:15"));
        assertFalse(ok.isDisabled());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> !b.getText().equals("OK"))
                .queryButton()); // Cancel
        assertEquals(2, table(robot).getItems().size(), "cancel makes nothing");
    }

    @Test
    void aPresetReplacesTheWeekAndTheTableFollows(FxRobot robot) throws Exception {
        robot.clickOn(".menu-button");
        robot.clickOn("’s Ochtends bereikbaar, ’s middags focus");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table(robot).getItems().size());
        assertTrue(table(robot).getItems().stream().anyMatch(r -> r.row().timesText().equals("9.00–12.00 uur")));
        assertEquals(2, onDisk().entries().size());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(ScheduleViewModelTest.week(), onDisk(), "one Ctrl+Z brings the old week back");
    }

    @Test
    void deleteInTheTableRemovesTheWholeEntry(FxRobot robot) throws Exception {
        clickRow(robot, "Focus");
        robot.type(KeyCode.DELETE);
        assertEquals(1, table(robot).getItems().size());
        assertEquals(1, onDisk().entries().size());
    }

    @Test
    void aClashWithAnOutsideEditAsksAndTakesTheFilesVersion(FxRobot robot) throws Exception {
        Schedule base = document.current();
        robot.interact(() -> document.apply(new WeekEdits(() -> "x").resize(base, "f", WEDNESDAY,
                TimeRange.of("13:00", "18:00"))));
        robot.interact(() -> document.saved(base)); // as if the save had not reached the disk yet
        Schedule theirs = new WeekEdits(() -> "x").resize(base, "f", WEDNESDAY, TimeRange.of("14:00", "17:00"))
                .applyTo(base);
        robot.interact(() -> model.external(theirs));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Labeled text = robot.lookup(".dialog-pane .content").queryLabeled();
        assertEquals("Jouw versie: Focus, wo 13.00–18.00 uur: alle kanalen\nIn het bestand: Focus, wo 14.00–17.00 uur:"
                + " alle kanalen", text.getText());
        Snapshots.take(robot, text.getScene(), Path.of("target/screenshots/schedule-conflict-nl.png"));
        robot.clickOn("De versie uit het bestand nemen");
        assertEquals(TimeRange.of("14:00", "17:00"), WeekEdits.weekly(WeekEdits.find(document.current(), "f")).times());
    }

    private javafx.geometry.Point2D screen(DayOfWeek day, int minute) {
        javafx.geometry.Point2D[] p = new javafx.geometry.Point2D[1];
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> p[0] = view.grid().localToScreen(view.grid().pointAt(day, minute)));
        WaitForAsyncUtils.waitForFxEvents();
        return p[0];
    }

    @Test
    void drawingMovingToAnotherDayAndResizingInTheWeekAreSavedAndUndone(FxRobot robot) throws Exception {
        // draw on an empty Tuesday afternoon: a window for the channels ticked in the toolbar
        robot.drag(screen(DayOfWeek.TUESDAY, 13 * 60 + 5), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.TUESDAY, 15 * 60)));
        var created = (org.reachable.domain.model.ReachableWindow) WeekEdits.find(onDisk(), "new-1@reachable");
        assertEquals(TimeRange.of("13:00", "15:00"), created.when().times());
        assertEquals(java.util.EnumSet.of(DayOfWeek.TUESDAY), created.when().days());
        assertEquals(java.util.Set.of("phone", "email", "whatsapp", "sms"), created.channels());
        assertEquals(3, table(robot).getItems().size(), "the table lists it too");

        // move Wednesday's focus block to Thursday, an hour later
        robot.drag(screen(WEDNESDAY, 14 * 60), javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.THURSDAY, 15 * 60)));
        var focus = WeekEdits.weekly(WeekEdits.find(onDisk(), "f"));
        assertEquals(java.util.EnumSet.of(DayOfWeek.THURSDAY), focus.days());
        assertEquals(TimeRange.of("14:00", "18:00"), focus.times());

        // stretch it by its bottom edge to 19:00
        javafx.geometry.Bounds b = view.grid().blockBounds(new BlockKey("f", DayOfWeek.THURSDAY)).orElseThrow();
        javafx.geometry.Point2D edge = view.grid().localToScreen(b.getCenterX(), b.getMaxY() - 2);
        robot.drag(edge, javafx.scene.input.MouseButton.PRIMARY)
                .dropTo(robot.point(screen(DayOfWeek.THURSDAY, 19 * 60)));
        assertEquals(TimeRange.of("14:00", "19:00"), WeekEdits.weekly(WeekEdits.find(onDisk(), "f")).times());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/schedule-after-drags-nl.png"));

        // three undos bring back the week as it was, on disk too
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        assertEquals(ScheduleViewModelTest.week(), onDisk());
    }

    @Test
    void theToolbarTicksTheChannelsNewWindowsGetEvenWhenTheyArriveAfterThePage(FxRobot robot) {
        var bundle = ScheduleView.bundle(DUTCH);
        ScheduleViewModel late = new ScheduleViewModel(bundle, DUTCH, new ScheduleDocument(ScheduleViewModelTest.week()),
                CLOCK, () -> "x");
        ScheduleView page = new ScheduleView(late, bundle, DUTCH); // as the app builds it: before settings are read
        robot.interact(() -> stage.setScene(new Scene(page.root(), 1000, 720)));
        robot.interact(() -> late.setChannels(Settings.defaultChannels("nl")));
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> box = robot.lookup("#newChannels")
                .queryAs(org.controlsfx.control.CheckComboBox.class);
        assertEquals(java.util.List.of("phone", "email", "whatsapp", "sms"), java.util.List.copyOf(
                box.getCheckModel().getCheckedItems()), "what is ticked is what a drawn window gets");
        robot.interact(() -> late.setChannels(Settings.defaultChannels("nl").subList(2, 4)));
        assertEquals(java.util.List.of("whatsapp", "sms"), java.util.List.copyOf(box.getCheckModel().getCheckedItems()));
    }
}
