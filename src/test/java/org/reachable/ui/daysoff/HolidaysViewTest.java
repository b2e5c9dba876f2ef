package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.holidays.JollydayHolidays;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.ui.Appearance;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Public holidays… dialog wired to its model: the home country's year shows with check boxes,
 * unticking one and Add changes the shared document. Saves target/screenshots/holidays-{nl,en}.png.
 */
@ExtendWith(ApplicationExtension.class)
class HolidaysViewTest {

    private Stage stage;
    private ScheduleDocument document;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Scene scene(String language) {
        document = new ScheduleDocument(Schedule.empty(DaysOffViewModelTest.AMSTERDAM));
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag(language));
        HolidaysViewModel model = new HolidaysViewModel(bundle, document, new HolidayOffer(new JollydayHolidays()),
                () -> Optional.of("NL"), () -> language, DaysOffViewModelTest.CLOCK);
        model.open();
        Scene scene = new Scene(new HolidaysView(model, bundle).root(), 640, 560);
        Appearance.apply(scene, false);
        return scene;
    }

    @Test
    void tickedHolidaysBecomeDaysOff(FxRobot robot) throws Exception {
        for (String language : List.of("nl", "en")) {
            robot.interact(() -> {
                stage.setScene(scene(language));
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> list = robot.lookup("#list").queryAs(ListView.class);
            assertEquals(11, list.getItems().size());
            Snapshots.take(robot, stage.getScene(), Path.of("target", "screenshots", "holidays-" + language + ".png"));
            CheckBox first = robot.lookup(".list-cell .check-box").queryAs(CheckBox.class);
            assertTrue(first.isSelected(), "Eerste Kerstdag is a day off by law");
            robot.interact(first::fire);
            Button add = robot.lookup("#add").queryAs(Button.class);
            assertFalse(add.isDisabled());
            robot.interact(add::fire);
            assertEquals(8, document.current().entries().size(), "nine ticked, one unticked by hand");
        }
    }
}
