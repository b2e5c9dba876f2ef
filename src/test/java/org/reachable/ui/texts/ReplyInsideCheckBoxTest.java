package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real check box, bound both ways as TextsView binds it: a choice the settings refuse at once
 * ("the data is not loaded yet") unticks the box again. Set inside the box's own update, the
 * model's value did not reach it.
 */
@ExtendWith(ApplicationExtension.class)
class ReplyInsideCheckBoxTest {

    @Start
    void start(Stage stage) {
        // no scene needed: the box and its binding are the point
    }

    /** Settings not loaded yet: every choice refused at once; the FX thread runs what comes after. */
    private static final TemplateStore NOT_LOADED = new TemplateStore() {
        @Override
        public String template(Target target, Format format, String language) {
            return "";
        }

        @Override
        public boolean isCustom(Target target, Format format, String language) {
            return false;
        }

        @Override
        public Outcome save(Target target, Format format, String language, String text, Consumer<String> notStored) {
            return Outcome.notStored("the data is not loaded yet");
        }

        @Override
        public Outcome reset(Target target, Format format, String language, Consumer<String> notStored) {
            return Outcome.notStored("the data is not loaded yet");
        }

        @Override
        public Outcome replyInsideHours(boolean on, Consumer<String> notStored) {
            return Outcome.notStored("the data is not loaded yet");
        }

        @Override
        public void later(Runnable step) {
            Platform.runLater(step);
        }
    };

    @Test
    void aChoiceRefusedAtOnceUnticksTheBox() throws Exception {
        TextsViewModel model = new TextsViewModel(TextsView.bundle(Locale.UK),
                (t, f, l) -> new TextsViewModel.Text("text"), "en", NOT_LOADED, null, Clock.systemUTC());
        CheckBox box = WaitForAsyncUtils.asyncFx(() -> {
            CheckBox made = new CheckBox();
            made.selectedProperty().bindBidirectional(model.replyInsideHoursProperty());
            made.fire(); // the user ticks it
            return made;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isSelected(), "unticked: the settings hold no such choice");
        assertEquals("Your choice could not be saved: the data is not loaded yet", model.messageProperty().get());
    }
}
