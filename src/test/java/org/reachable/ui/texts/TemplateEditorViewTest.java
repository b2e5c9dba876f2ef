package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.ui.MemorySettingsStore;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Editing a template on the Texts screen, headless under Monocle, with the real renderer and the
 * app's template wiring over an in-memory settings store: a broken template is refused with its
 * line, a fixed one is saved and shows in the preview, Reset brings the default back.
 */
@ExtendWith(ApplicationExtension.class)
class TemplateEditorViewTest {

    private static final Clock CLOCK = Clock.fixed(SnippetWeek.Moment.WINDOW.at, SnippetWeek.AMSTERDAM);

    private final MemorySettingsStore store = new MemorySettingsStore(SnippetWeek.settings("nl"));
    private volatile Workspace.Loaded data;
    private TextTemplates templates;
    private Stage stage;
    private final MustacheRenderer renderer = new MustacheRenderer();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        data = new Workspace.Loaded(store.settings, SnippetWeek.schedule(), Optional.empty());
        // as the app: a save reloads the data (here at once) and the screen shows it
        Locale locale = Locale.forLanguageTag("nl-NL");
        templates = new TextTemplates(renderer, () -> data, store, CLOCK, saved -> {
            data = new Workspace.Loaded(saved, data.schedule(), data.override());
            templates.reloaded();
        }, locale);
        var bundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(bundle);
        var textsBundle = TextsView.bundle(locale);
        TextsViewModel texts = new TextsViewModel(textsBundle, templates::render, "nl", templates, null, CLOCK);
        stage.setScene(new Scene(new MainView(main, bundle, CLOCK, new TextsView(texts, textsBundle).root()).root()));
        main.show(data.resolver().status(CLOCK.instant()), SnippetWeek.AMSTERDAM);
        stage.show();
    }

    @Test
    void aBrokenTemplateSaysItsLineAFixedOneIsSavedAndResetBringsBackTheDefault(FxRobot robot) throws Exception {
        robot.clickOn("#textsButton");
        robot.clickOn("#target-autoreply");
        TextArea preview = robot.lookup("#preview").queryAs(TextArea.class);
        String standard = preview.getText();
        assertTrue(standard.startsWith("Bedankt voor je bericht."), standard);

        robot.clickOn("#editTemplateButton");
        TextArea editor = robot.lookup("#templateEditor").queryAs(TextArea.class);
        assertTrue(robot.lookup("#editorBox").query().isVisible());
        String original = editor.getText();
        assertEquals(renderer.template(org.reachable.domain.text.snippet.Target.AUTOREPLY, "nl",
                org.reachable.domain.text.snippet.Format.TEXT), original);
        assertTrue(robot.lookup("#resetTemplateButton").queryAs(Button.class).isDisabled(), "nothing to reset yet");
        assertTrue(robot.lookup("#target-website").query().isDisabled(), "no switching away while editing");

        // a section that is never closed, on a line of its own at the end
        robot.interact(() -> editor.positionCaret(editor.getLength()));
        robot.clickOn(editor);
        robot.interact(() -> editor.end());
        robot.write("Tot snel!\n{{#x}}");
        String broken = editor.getText();
        assertTrue(broken.endsWith("Tot snel!\n{{#x}}"), broken);
        int line = broken.split("\n", -1).length;
        robot.clickOn("#saveTemplateButton");
        Label error = robot.lookup("#templateError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Niet opgeslagen. Regel " + line + ": het stuk {{#x}} wordt nergens afgesloten; zet {{/x}} waar "
                + "het moet eindigen", error.getText());
        assertEquals(0, store.saves, "not saved");
        assertEquals("{{#x}}", editor.getSelectedText(), "the line the error names is selected");
        assertEquals(standard, preview.getText(), "the preview keeps the good text");
        Path shot = Path.of("target/screenshots/texts-edit-template-error-nl.png");
        save(robot, shot);

        // fixed: the section closes, and the change shows in the preview
        robot.interact(() -> editor.setText(broken.replace("{{#x}}", "{{#who}}Groet van {{who}}{{/who}}")));
        robot.clickOn("#saveTemplateButton");
        assertFalse(robot.lookup("#editorBox").query().isVisible(), "the editor closes: " + error.getText());
        assertEquals(1, store.saves);
        assertTrue(store.settings.templateOverrides().containsKey("autoreply.nl.text"));
        assertTrue(preview.getText().contains("Tot snel!\nGroet van Marieke Jansen"), preview.getText());
        assertFalse(robot.lookup("#message").queryAs(Label.class).isVisible(), "no problem to tell");
        save(robot, Path.of("target/screenshots/texts-edit-template-saved-nl.png"));

        // reset to the default
        robot.clickOn("#editTemplateButton");
        assertTrue(editor.getText().contains("Groet van {{who}}"), "the user's own version opens");
        assertFalse(robot.lookup("#resetTemplateButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#resetTemplateButton");
        assertFalse(robot.lookup("#editorBox").query().isVisible());
        assertEquals(2, store.saves);
        assertFalse(store.settings.templateOverrides().containsKey("autoreply.nl.text"));
        assertEquals(standard, preview.getText());
        robot.clickOn("#editTemplateButton");
        assertEquals(original, editor.getText());
        robot.clickOn("#cancelTemplateButton");
        assertFalse(robot.lookup("#editorBox").query().isVisible());
    }

    private void save(FxRobot robot, Path file) throws Exception {
        Snapshots.take(robot, stage.getScene(), file);
    }
}
