package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Calendar server wired to its FXML, headless under Monocle with a fake sync: typed in,
 * saved, and pictured in Dutch and English (target/screenshots/settings-server-{nl,en}.png, kept
 * in docs/ after a look).
 */
@ExtendWith(ApplicationExtension.class)
class CalendarServerViewTest {

    private final CalendarServerViewModelTest.FakeSync sync = new CalendarServerViewModelTest.FakeSync();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, String language) {
        Locale locale = Locale.forLanguageTag(language);
        var bundle = CalendarServerView.bundle(locale);
        CalendarServerViewModel model = new CalendarServerViewModel(bundle, locale, sync,
                CalendarServerViewModelTest.AMSTERDAM, Runnable::run, Runnable::run);
        robot.interact(() -> {
            SectionStage.show(stage, new CalendarServerView(model, bundle).root(), 760, 420);
            model.load();
        });
    }

    private void fillInAndSave(FxRobot robot) {
        robot.clickOn("#url").write(CalendarServerViewModelTest.URL);
        robot.clickOn("#user").write("anna");
        robot.clickOn("#password").write("app-password");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savedInDutchItSaysWhatWasSentAndForgetsThePassword(FxRobot robot) throws Exception {
        show(robot, "nl");
        assertEquals("Geen agendaserver ingesteld: er gaat niets van deze computer af.",
                robot.lookup("#status").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#result").queryAs(Label.class).isManaged(), "no empty line before anything was said");
        fillInAndSave(robot);
        assertEquals(List.of("test anna:app-password", "setUp", "sync"), sync.calls);
        assertEquals("Opgeslagen en gesynchroniseerd: 7 verstuurd, 1 ontvangen.",
                robot.lookup("#result").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#password").queryAs(PasswordField.class).getText());
        assertEquals("Verbinding testen", robot.lookup("#test").queryAs(Button.class).getText().replace("_", ""));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-server-nl.png"));
    }

    @Test
    void inEnglishTestConnectionNamesTheCalendar(FxRobot robot) throws Exception {
        show(robot, "en");
        fillInAndSave(robot);
        robot.clickOn("#password").write("app-password");
        robot.clickOn("#test");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#result").queryAs(Label.class).getText()
                .startsWith("Connected: the calendar is /remote.php/dav/calendars/anna/reachable/"));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().startsWith("Last sync: Monday 7 December 09:15."));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/settings-server-en.png"));
    }
}
