package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Import… dialog wired to its model: typing an address and Preview fills the list, Import
 * changes the shared document. Saves target/screenshots/import-preview-{nl,en}.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ImportViewTest {

    private static final String TEAM = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:xmas@example.com", "SUMMARY:Kerstvakantie", "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261227", "END:VEVENT", "BEGIN:VEVENT", "UID:review@example.com",
            "SUMMARY:Ontwerpreview", "DTSTART;TZID=Europe/Amsterdam:20261210T140000",
            "DTEND;TZID=Europe/Amsterdam:20261210T160000", "END:VEVENT", "BEGIN:VEVENT", "UID:standup@example.com",
            "SUMMARY:Standup", "DTSTART;TZID=Europe/Amsterdam:20261207T090000",
            "DTEND;TZID=Europe/Amsterdam:20261207T091500", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "END:VEVENT",
            "BEGIN:VEVENT", "UID:lunch@example.com", "SUMMARY:Lunch", "TRANSP:TRANSPARENT",
            "DTSTART;TZID=Europe/Amsterdam:20261211T120000", "DTEND;TZID=Europe/Amsterdam:20261211T130000",
            "END:VEVENT", "END:VCALENDAR", "");

    private Stage stage;
    private ScheduleDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene scene(String language) {
        document = new ScheduleDocument(Schedule.empty(DaysOffViewModelTest.AMSTERDAM));
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag(language));
        CalendarSource source = given -> new CalendarSource.Fetched(TEAM.getBytes(StandardCharsets.UTF_8), given,
                given, true);
        ImportViewModel model = new ImportViewModel(bundle, document, new CalendarImporter(source, new IcsImport()),
                () -> Settings.defaultChannels(language), DaysOffViewModelTest.CLOCK, Runnable::run, Runnable::run);
        Scene scene = new Scene(new ImportView(model, bundle).root(), 680, 480);
        Appearance.apply(scene, false);
        return scene;
    }

    private void show(FxRobot robot, String language) {
        robot.interact(() -> {
            stage.setScene(scene(language));
            stage.show();
        });
    }

    @Test
    void previewThenImport(FxRobot robot) throws Exception {
        for (String language : List.of("nl", "en")) {
            show(robot, language);
            Button importNow = robot.lookup("#importNow").queryAs(Button.class);
            assertTrue(importNow.isDisabled(), "nothing to import before a preview");
            robot.interact(() -> robot.lookup("#source").queryAs(TextField.class)
                    .setText("webcal://example.com/team.ics"));
            robot.interact(() -> robot.lookup("#preview").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> lines = robot.lookup("#lines").queryAs(ListView.class);
            assertEquals(4, lines.getItems().size(), lines.getItems().toString());
            assertFalse(importNow.isDisabled());
            Snapshots.take(robot, stage.getScene(), Path.of("target", "screenshots", "import-preview-" + language
                    + ".png"));
            robot.interact(importNow::fire);
            assertEquals(3, document.current().entries().size());
        }
    }
}
