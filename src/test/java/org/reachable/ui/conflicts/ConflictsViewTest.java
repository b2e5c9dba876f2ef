package org.reachable.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflict question wired to its FXML, headless under Monocle: two entries changed on both
 * sides, one answered by a click, and the window pictured in Dutch and English
 * (target/screenshots/conflicts-{nl,en}.png, kept in docs/ after a look).
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {

    private final ConflictsViewModelTest.FakeSync sync = new ConflictsViewModelTest.FakeSync();
    private final ScheduleDocument document = new ScheduleDocument(new Schedule(ConflictsViewModelTest.AMSTERDAM,
            List.of(ConflictsViewModelTest.MORNINGS, ConflictsViewModelTest.WRITING, ConflictsViewModelTest.DENTIST)));
    private Stage stage;
    private boolean closed;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(FxRobot robot, String language) {
        sync.waiting.put("window-1", Optional.of(ConflictsViewModelTest.LATER_MORNINGS));
        sync.waiting.put("focus-2", Optional.of(ConflictsViewModelTest.DENTIST_LONDON));
        Locale locale = Locale.forLanguageTag(language);
        var bundle = ConflictsView.bundle(locale);
        ConflictsViewModel model = new ConflictsViewModel(bundle, locale, sync, document, Settings::defaultChannels,
                () -> "copy-1", ConflictsViewModelTest.CLOCK, Runnable::run, Runnable::run);
        robot.interact(() -> {
            model.load(() -> { });
            stage.setScene(new Scene(new ConflictsView(model, bundle, () -> closed = true).root(), 680, 560));
            stage.show();
        });
    }

    private Node card(FxRobot robot, int index) {
        return robot.lookup(".card").queryAll().stream().toList().get(index);
    }

    @Test
    void inDutchTheServersVersionIsTakenWithAClickAndTheOtherQuestionStays(FxRobot robot) throws Exception {
        show(robot, "nl");
        assertEquals(2, robot.lookup(".card").queryAll().size());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/conflicts-nl.png"));
        robot.clickOn(robot.from(card(robot, 1)).lookup("#server").queryAs(RadioButton.class));
        robot.clickOn("#apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Set.of("focus-2")), sync.settled);
        assertEquals(ConflictsViewModelTest.DENTIST_LONDON, document.current().entries().get(2));
        assertEquals(1, robot.lookup(".card").queryAll().size());
        assertTrue(robot.lookup(".message").queryAs(Label.class).getText().startsWith("Klaar: je keuze staat in je schema"));
        assertEquals("Keuzes toepassen", robot.lookup("#apply").queryAs(Button.class).getText().replace("_", ""));
    }

    @Test
    void inEnglishADeletedSideOffersNoKeepBothAndLaterClosesWithoutAnswering(FxRobot robot) throws Exception {
        sync.waiting.put("focus-1", Optional.empty());
        show(robot, "en");
        assertEquals(3, robot.lookup(".card").queryAll().size());
        assertFalse(robot.from(card(robot, 0)).lookup("#both").tryQuery().isPresent(), "nothing to keep both of");
        assertTrue(robot.from(card(robot, 1)).lookup("#both").tryQuery().isPresent());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/conflicts-en.png"));
        robot.clickOn("#later");
        assertTrue(closed);
        assertTrue(sync.settled.isEmpty());
    }
}
