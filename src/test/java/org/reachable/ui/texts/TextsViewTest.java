package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.adapters.templates.MustacheRenderer;
import java.util.ArrayList;
import java.util.List;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.Snapshots;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainViewModel.Page;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Texts screen in the main window, headless under Monocle, with the real templates and the
 * week of the golden files: Copy, then the clipboard read back. Also saves screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class TextsViewTest {

    /** Thursday 26 November 2026, 10:00 in Amsterdam: inside the morning window. */
    private static final Clock CLOCK = Clock.fixed(SnippetWeek.Moment.WINDOW.at, SnippetWeek.AMSTERDAM);
    private static final SnippetRenderer RENDERER = new MustacheRenderer();
    /** The user's settings: a Dutch user's, or an English-speaking user's for the English screenshot. */
    private static volatile Settings settings = SnippetWeek.settings("nl");

    private Stage stage;
    private MainViewModel main;

    /** What the app wires in: the renderer over the current data, "not there yet" for a missing template. */
    static TextsViewModel.Rendered render(Target target, Format format, String language) {
        if (!RENDERER.has(target, language, format)) {
            return new TextsViewModel.Missing();
        }
        try {
            var schedule = SnippetWeek.schedule();
            return new TextsViewModel.Text(RENDERER.render(target, language, format, SnippetModel.of(settings,
                    schedule, new StatusResolver(schedule, settings.channels(), Optional.empty()), language,
                    CLOCK.instant(), null, SnippetWeek.PHONES)));
        } catch (SnippetException e) {
            return new TextsViewModel.Failed(e.getMessage());
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        settings = SnippetWeek.settings("nl");
        stage.setScene(scene(Locale.forLanguageTag("nl-NL"), "nl"));
        stage.show();
    }

    private Scene scene(Locale locale, String language) {
        return scene(locale, language, null);
    }

    private Scene scene(Locale locale, String language, TextGapLines.Opener opener) {
        return sceneWith(locale, language, TextsViewTest::render, opener);
    }

    private Scene sceneWith(Locale locale, String language, TextsViewModel.Source renderer,
            TextGapLines.Opener opener) {
        var bundle = MainView.bundle(locale);
        main = new MainViewModel(bundle);
        var textsBundle = TextsView.bundle(locale);
        TextGapLines gaps = opener == null ? null : new TextGapLines(textsBundle,
                () -> new TextGaps(settings, SnippetWeek.schedule()), opener);
        TextsViewModel texts = new TextsViewModel(textsBundle, renderer, language, null, gaps, Clock.systemUTC());
        Scene scene = new Scene(new MainView(main, bundle, CLOCK, new TextsView(texts, textsBundle).root()).root());
        var schedule = SnippetWeek.schedule();
        main.show(new StatusResolver(schedule, settings.channels(), Optional.empty()).status(CLOCK.instant()),
                SnippetWeek.AMSTERDAM);
        return scene;
    }

    @Test
    void inEnglishForAnEnglishSpeakingUser(FxRobot robot) throws Exception {
        settings = SnippetWeek.settings("en");
        robot.interact(() -> stage.setScene(scene(Locale.ENGLISH, "en")));
        robot.clickOn("#textsButton");
        robot.clickOn("#target-autoreply");
        assertEquals("Copy", robot.lookup("#copyButton").queryAs(Button.class).getText().replace("_", ""));
        assertTrue(robot.lookup("#language-en").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        String preview = robot.lookup("#preview").queryAs(TextArea.class).getText();
        assertEquals(golden("autoreply.en.text.window"), preview, "the reviewed text of the golden file");
        save(robot, "target/screenshots/texts-autoreply-en.png");
        robot.clickOn("#target-website");
        save(robot, "target/screenshots/texts-website-html-en.png");
    }

    @Test
    void copyPutsTheDutchAutoReplyOnTheClipboardAsItShows(FxRobot robot) throws Exception {
        robot.clickOn("#textsButton");
        assertEquals(Page.TEXTS, main.pageProperty().get());
        assertTrue(robot.lookup("#preview").query().isVisible());
        robot.clickOn("#target-autoreply");
        robot.clickOn("#language-nl");
        String preview = robot.lookup("#preview").queryAs(TextArea.class).getText();
        assertTrue(preview.startsWith("Bedankt voor je bericht."), preview);
        assertEquals(golden("autoreply.nl.text.window"), preview, "the reviewed text of the golden file");
        robot.clickOn("#copyButton");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> string = new AtomicReference<>();
        AtomicReference<Boolean> html = new AtomicReference<>();
        robot.interact(() -> {
            string.set(Clipboard.getSystemClipboard().getString());
            html.set(Clipboard.getSystemClipboard().hasHtml());
        });
        assertEquals(preview, string.get());
        assertFalse(html.get(), "plain text only: the auto-reply has no HTML");
        assertEquals("Gekopieerd naar het klembord.", robot.lookup("#copied").queryAs(Label.class).getText());
        save(robot, "target/screenshots/texts-autoreply-nl.png");
    }

    @Test
    void copyOfTheHtmlSignaturePutsHtmlAndItsPlainTextOnTheClipboard(FxRobot robot) throws Exception {
        robot.clickOn("#textsButton");
        robot.clickOn("#target-signature");
        robot.clickOn("#language-en");
        assertTrue(robot.lookup("#format-html").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        String preview = robot.lookup("#preview").queryAs(TextArea.class).getText();
        assertTrue(preview.contains("<"), preview);
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText().startsWith("Boven zoals het op een pagina"));
        // and shown as a page above the source: the text without its tags
        javafx.scene.text.TextFlow flow = robot.lookup("#renderedFlow").queryAs(javafx.scene.text.TextFlow.class);
        assertTrue(robot.lookup("#rendered").query().isVisible());
        String shown = flow.getChildren().stream().map(n -> ((javafx.scene.text.Text) n).getText())
                .collect(java.util.stream.Collectors.joining());
        assertTrue(!shown.contains("<") && !shown.isBlank(), shown);
        robot.clickOn("#copyButton");
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> string = new AtomicReference<>();
        AtomicReference<String> html = new AtomicReference<>();
        robot.interact(() -> {
            string.set(Clipboard.getSystemClipboard().getString());
            html.set(Clipboard.getSystemClipboard().getHtml());
        });
        assertEquals(preview, html.get());
        // a Dutch user's English signature, written out by hand: the plain text beside the HTML
        assertEquals("Marieke Jansen · Reisbureau Zonnig", string.get().lines().findFirst().orElseThrow());
        assertTrue(string.get().contains("Mon, Tue, Thu and Fri 9:00–11:00 and 16:00–18:00; Wed 9:00–11:00 and"
                + " 17:00–18:00"), string.get());
        assertTrue(string.get().strip().endsWith("+31 20 123 4567 · marieke@zonnig.nl · +31 6 12345678"), string.get());
        assertEquals(3, string.get().strip().lines().count(), string.get());
        assertFalse(string.get().contains("<"), "no tags in the plain text: " + string.get());
        save(robot, "target/screenshots/texts-signature-en.png");
        robot.clickOn("#format-text");
        assertEquals(string.get(), robot.lookup("#preview").queryAs(TextArea.class).getText());
        save(robot, "target/screenshots/texts-signature-text-en.png");
    }

    /**
     * Every template ships today, so the renderer is told that the Dutch JSON-LD is not there, as a
     * template left out of a build would be: the screen says so and Copy cannot be pressed.
     */
    @Test
    void aTargetWithoutATemplateSaysSoAndCannotBeCopied(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setScene(sceneWith(Locale.forLanguageTag("nl-NL"), "nl",
                (target, format, language) -> target == Target.WEBSITE && format == Format.JSONLD
                        && language.equals("nl") ? new TextsViewModel.Missing() : render(target, format, language), null)));
        robot.clickOn("#textsButton");
        robot.clickOn("#target-website");
        robot.clickOn("#format-jsonld");
        assertEquals("De tekst voor Website (Nederlands, JSON-LD) is er nog niet; die komt in een latere versie.",
                robot.lookup("#message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#copyButton").queryAs(Button.class).isDisabled(), "nothing to copy");
        save(robot, "target/screenshots/texts-website-jsonld-missing-nl.png");
        robot.clickOn("#format-html");
        assertFalse(robot.lookup("#copyButton").queryAs(Button.class).isDisabled(), "the HTML is there");
        assertTrue(robot.lookup("#preview").queryAs(TextArea.class).getText().contains("Marieke Jansen"));
        save(robot, "target/screenshots/texts-website-nl.png");
        robot.interact(() -> stage.setScene(scene(Locale.forLanguageTag("nl-NL"), "nl")));
        robot.clickOn("#textsButton");
        robot.clickOn("#target-website");
        robot.clickOn("#format-jsonld");
        assertFalse(robot.lookup("#copyButton").queryAs(Button.class).isDisabled(), "the shipped JSON-LD can be copied");
        save(robot, "target/screenshots/texts-website-jsonld-nl.png");
        robot.clickOn("#format-html");
        save(robot, "target/screenshots/texts-website-nl.png");
        robot.clickOn("#language-en");
        robot.clickOn("#format-text");
        save(robot, "target/screenshots/texts-website-en.png");
    }

    @Test
    void theTextSaysWhatItLacksWithAButtonToThePageThatFillsIt(FxRobot robot) throws Exception {
        List<String> opened = new ArrayList<>();
        TextGapLines.Opener opener = new TextGapLines.Opener() {
            @Override
            public void settings() {
                opened.add("settings");
                main.pageProperty().set(Page.SETTINGS);
            }

            @Override
            public void channel(String channelId, TextGaps.Field field, String language) {
                opened.add(channelId + " " + field + " " + language);
            }
        };
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
            String language = locale.getLanguage();
            settings = new Settings(Profile.defaults(SnippetWeek.AMSTERDAM), Settings.defaultChannels());
            robot.interact(() -> stage.setScene(scene(locale, language, opener)));
            robot.clickOn("#textsButton");
            robot.clickOn("#target-website");
            List<String> lines = robot.lookup(".gap-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertEquals("nl".equals(language) ? List.of(
                    "Je profiel heeft geen naam: je teksten kunnen niet zeggen van wie ze komen.",
                    "Je profiel heeft geen bedrijfsnaam (niet verplicht): je teksten noemen alleen je naam.",
                    "Telefoon heeft nog geen telefoonnummer: je teksten noemen het zonder.",
                    "E-mail heeft nog geen e-mailadres: je teksten noemen het zonder.",
                    "WhatsApp Business heeft nog geen nummer: je teksten noemen het zonder.") : List.of(
                    "Your profile has no name: the texts cannot say who they come from.",
                    "Your profile has no business name (optional): the texts give only your name.",
                    "Phone has no phone number yet: the texts name it without one.",
                    "Email has no e-mail address yet: the texts name it without one.",
                    "WhatsApp Business has no number yet: the texts name it without one."), lines);
            save(robot, "target/screenshots/texts-empty-profile-" + language + ".png");
            List<Button> buttons = robot.lookup(".gap-action").queryAllAs(Button.class).stream().toList();
            robot.clickOn(buttons.get(2));
            assertEquals("phone null null", opened.get(opened.size() - 1), "to the phone's number");
            robot.clickOn(buttons.get(0));
            assertEquals("settings", opened.get(opened.size() - 1));
            assertEquals(Page.SETTINGS, main.pageProperty().get());

            settings = SnippetWeek.settings(language);
            robot.interact(() -> stage.setScene(scene(locale, language, opener)));
            robot.clickOn("#textsButton");
            robot.clickOn("#target-website");
            robot.clickOn("#language-" + language);
            assertFalse(robot.lookup("#gapsBox").query().isVisible(), "a full profile lacks nothing");
            save(robot, "target/screenshots/texts-full-profile-" + language + ".png");

            // a name only in Dutch: the English text says so, the Dutch one does not
            Channel phone = settings.channel("phone").orElseThrow();
            settings = settings.withChannels(settings.channels().stream().map(c -> c.id().equals("phone")
                    ? c.withNames(Translations.only("nl", "Vaste lijn")) : c).toList());
            robot.interact(() -> stage.setScene(scene(locale, language, opener)));
            robot.clickOn("#textsButton");
            robot.clickOn("#target-website");
            robot.clickOn("#language-nl");
            assertFalse(robot.lookup("#gapsBox").query().isVisible(), "the Dutch text lacks nothing");
            robot.clickOn("#language-en");
            save(robot, "target/screenshots/texts-not-translated-" + language + ".png");
            lines = robot.lookup(".gap-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
            assertEquals(List.of("nl".equals(language) ? "Vaste lijn: de naam is nog niet in het Engels vertaald."
                    : "Vaste lijn: the name is not translated into English yet."), lines);
            robot.clickOn(robot.lookup(".gap-action").queryAs(Button.class));
            assertEquals(phone.id() + " NAME en", opened.get(opened.size() - 1), "to the English name");
        }
    }

    /** A golden file of GoldenTest: text a person read and accepted, not made by this run. */
    private static String golden(String name) throws java.io.IOException {
        return java.nio.file.Files.readString(Path.of("src/test/resources/golden", name + ".txt"));
    }

    private void save(FxRobot robot, String name) throws Exception {
        Path file = Path.of(name);
        Snapshots.take(robot, stage.getScene(), file);
    }
}
