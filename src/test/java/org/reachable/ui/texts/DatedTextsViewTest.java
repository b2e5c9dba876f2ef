package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Texts page says which texts are dated and until when (issue 11, item 1): the website text
 * describes the week, its dated variant names Friday's day off with its year and says it is right
 * until that day; the auto-reply has no dated switch. Headless under Monocle, with the text
 * service and the week of the golden files; screenshots in docs/ in Dutch and English.
 */
@ExtendWith(ApplicationExtension.class)
class DatedTextsViewTest {

    /** Thursday 26 November 2026, 10:00 in Amsterdam: the day off is tomorrow. */
    private static final Clock CLOCK = Clock.fixed(SnippetWeek.Moment.WINDOW.at, SnippetWeek.AMSTERDAM);
    private static final TextService TEXTS = new TextService(new MustacheRenderer());

    private Stage stage;

    /** What the app wires in (TextTemplates), over the week of the golden files. */
    private static final class Source implements TextsViewModel.Source {
        private final Settings settings;

        Source(Settings settings) {
            this.settings = settings;
        }

        private TextService.Data data() {
            Schedule schedule = SnippetWeek.schedule();
            return new TextService.Data(settings, schedule, new StatusResolver(schedule, settings.channels(),
                    Optional.empty()), SnippetWeek.PHONES);
        }

        @Override
        public TextsViewModel.Rendered render(Target target, Format format, String language) {
            return render(target, format, language, false);
        }

        @Override
        public TextsViewModel.Rendered render(Target target, Format format, String language, boolean dated) {
            return new TextsViewModel.Text(TEXTS.text(new TextService.Request(target, format, language, dated),
                    data(), CLOCK.instant()).text());
        }

        @Override
        public TextService.Validity validity(Target target, Format format, String language, boolean dated) {
            return TEXTS.validity(new TextService.Request(target, format, language, dated), data(),
                    CLOCK.instant());
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(scene(Locale.forLanguageTag("nl-NL"), "nl"));
        stage.show();
    }

    private Scene scene(Locale locale, String language) {
        var bundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(bundle);
        var textsBundle = TextsView.bundle(locale);
        TemplateStore store = new TemplateStore() {
            private boolean replyInside;

            @Override
            public String template(Target target, Format format, String lang) {
                return "";
            }

            @Override
            public boolean isCustom(Target target, Format format, String lang) {
                return false;
            }

            @Override
            public Outcome save(Target target, Format format, String lang, String text, Consumer<String> notStored) {
                return Outcome.DONE;
            }

            @Override
            public Outcome reset(Target target, Format format, String lang, Consumer<String> notStored) {
                return Outcome.DONE;
            }

            @Override
            public boolean replyInsideHours() {
                return replyInside;
            }

            @Override
            public Outcome replyInsideHours(boolean on, Consumer<String> notStored) {
                replyInside = on;
                return Outcome.DONE;
            }
        };
        TextsViewModel texts = new TextsViewModel(textsBundle, new Source(SnippetWeek.settings(language)), language,
                store, null, CLOCK);
        Scene scene = new Scene(new MainView(main, bundle, CLOCK, new TextsView(texts, textsBundle).root()).root());
        Schedule schedule = SnippetWeek.schedule();
        main.show(new StatusResolver(schedule, SnippetWeek.settings(language).channels(), Optional.empty())
                .status(CLOCK.instant()), SnippetWeek.AMSTERDAM);
        return scene;
    }

    @Test
    void theOtherAppsFormsGetACopyPerField(FxRobot robot) throws Exception {
        for (String language : new String[] {"nl", "en"}) {
            Locale locale = Locale.forLanguageTag("nl".equals(language) ? "nl-NL" : "en-GB");
            robot.interact(() -> stage.setScene(scene(locale, language)));
            robot.clickOn("#textsButton");
            robot.clickOn("#target-whatsapp");
            assertTrue(robot.lookup("#fieldsPane").query().isVisible(), "WhatsApp's form: a field a row");
            Label monday = robot.lookup(".field-name").queryAllAs(Label.class).iterator().next();
            assertEquals("nl".equals(language) ? "Maandag" : "Monday", monday.getText());
            robot.clickOn("#copy-field-0");
            assertEquals("nl".equals(language) ? "Gekopieerd: Maandag." : "Copied: Monday.",
                    robot.lookup(".copied").queryAs(Label.class).getText());
            save(robot, "docs/texts-whatsapp-" + language + ".png");
            robot.clickOn("#target-google_business");
            assertTrue(robot.lookup("#fieldsPane").query().isVisible(), "Google's form too");
            save(robot, "docs/texts-google-" + language + ".png");
            robot.clickOn("#target-website");
            assertFalse(robot.lookup("#fieldsPane").query().isVisible(), "a website text is pasted whole");
        }
    }

    @Test
    void thePageSaysWhichTextsAreDatedAndUntilWhen(FxRobot robot) throws Exception {
        for (String language : new String[] {"nl", "en"}) {
            Locale locale = Locale.forLanguageTag("nl".equals(language) ? "nl-NL" : "en-GB");
            robot.interact(() -> stage.setScene(scene(locale, language)));
            robot.clickOn("#textsButton");
            robot.clickOn("#target-website");
            robot.clickOn("#format-text");
            Label validity = robot.lookup("#validity").queryAs(Label.class);
            TextArea preview = robot.lookup("#preview").queryAs(TextArea.class);
            assertEquals("nl".equals(language)
                    ? "Zonder datum: beschrijft je week en klopt dus tot je je tijden of beloftes wijzigt."
                    : "Undated: describes your week, so it stays right until you change your hours or promises.",
                    validity.getText());
            assertFalse(preview.getText().contains("november") || preview.getText().contains("November"),
                    preview.getText());
            save(robot, "docs/texts-undated-" + language + ".png");

            robot.clickOn("#datedBox");
            assertEquals("nl".equals(language)
                    ? "Gedateerd: noemt je vrije dagen en klopt tot en met vrijdag 27 november 2026; plak daarna"
                            + " weer de tekst zonder datum."
                    : "Dated: names your day off and is right until Friday 27 November 2026; paste the undated"
                            + " text back after that.", validity.getText());
            assertTrue(preview.getText().contains("nl".equals(language)
                    ? "Op vrijdag 27 november 2026 ben ik er niet; vanaf maandag 30 november 2026 ben ik weer"
                    : "I am away on Friday 27 November 2026 and back on Monday 30 November 2026."),
                    preview.getText());
            save(robot, "docs/texts-dated-" + language + ".png");

            robot.clickOn("#target-autoreply");
            assertFalse(robot.lookup("#datedBox").queryAs(CheckBox.class).isVisible(),
                    "the auto-reply speaks of now: no dated switch (it showed ticked and disabled)");
            assertFalse(validity.isVisible());
            CheckBox replyInside = robot.lookup("#replyInsideBox").queryAs(CheckBox.class);
            assertTrue(replyInside.isVisible(), "the auto-reply offers to reply inside reachable hours too");
            assertFalse(replyInside.isSelected(), "off by default: inside those hours a person answers");
            robot.clickOn("#replyInsideBox");
            assertTrue(replyInside.isSelected());
            save(robot, "docs/texts-autoreply-" + language + ".png");
            robot.clickOn("#target-website");
            assertFalse(replyInside.isVisible(), "a text pasted once has no such choice");
        }
    }

    private void save(FxRobot robot, String name) throws Exception {
        Snapshots.take(robot, stage.getScene(), Path.of(name));
    }
}
