package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.texts.TextsViewModel.Rendered;

/** The Texts screen's state, with a fake source of texts: plain JUnit, no toolkit. */
class TextsViewModelTest {

    /** Texts that say what was asked for; voicemail has no template, assistant's fails. */
    private final List<String> asked = new ArrayList<>();
    private int made;

    private Rendered fake(Target target, Format format, String language) {
        asked.add(target.code() + "." + language + "." + format.code());
        made++;
        if (target == Target.VOICEMAIL) {
            return new TextsViewModel.Missing();
        }
        if (target == Target.ASSISTANT) {
            return new TextsViewModel.Failed("template assistant." + language + ".text: line 3: no value 'x'");
        }
        return new TextsViewModel.Text(format == Format.HTML ? "<p>" + target.code() + " " + language + " #" + made
                + "</p>" : target.code() + " " + language + " " + format.code() + " #" + made);
    }

    private TextsViewModel model(String uiLanguage, String textLanguage) {
        return new TextsViewModel(TextsView.bundle(Locale.forLanguageTag(uiLanguage)), this::fake, textLanguage);
    }

    @Test
    void opensOnTheFirstTargetInItsDefaultFormatAndTheGivenLanguage() {
        TextsViewModel model = model("en", "en");
        assertEquals(List.of(Target.values()), model.targets());
        assertEquals(Target.WEBSITE, model.targetProperty().get());
        assertEquals(Format.HTML, model.formatProperty().get());
        assertEquals(List.of(Format.HTML, Format.TEXT, Format.MARKDOWN, Format.JSONLD), model.formats());
        assertEquals("<p>website en #1</p>", model.previewProperty().get());
        assertEquals(List.of("website.en.html"), asked, "one text made, not one per property set");
        assertTrue(model.messageProperty().get().startsWith("HTML source"));
        assertTrue(model.canCopyProperty().get());
    }

    @Test
    void anUnknownLanguageOpensInDutch() {
        assertEquals("nl", model("en", "fr").languageProperty().get());
    }

    @Test
    void switchingTargetResetsTheFormatToItsFirst() {
        TextsViewModel model = model("en", "nl");
        model.formatProperty().set(Format.JSONLD);
        assertEquals("website nl jsonld #2", model.previewProperty().get());
        model.targetProperty().set(Target.AUTOREPLY);
        assertEquals(Format.TEXT, model.formatProperty().get());
        assertEquals(List.of(Format.TEXT, Format.SIEVE), model.formats());
        assertEquals("autoreply nl text #3", model.previewProperty().get());
        assertEquals("", model.messageProperty().get(), "no HTML remark on plain text");
        assertEquals(List.of("website.nl.html", "website.nl.jsonld", "autoreply.nl.text"), asked);
        model.formatProperty().set(Format.SIEVE);
        model.targetProperty().set(Target.SIGNATURE);
        assertEquals(Format.HTML, model.formatProperty().get());
        assertEquals("signature.nl.html", asked.get(asked.size() - 1));
    }

    @Test
    void switchingLanguageMakesTheTextAgain() {
        TextsViewModel model = model("en", "nl");
        model.targetProperty().set(Target.FACEBOOK);
        assertEquals("facebook nl text #2", model.previewProperty().get());
        model.languageProperty().set("en");
        assertEquals("facebook en text #3", model.previewProperty().get());
        assertEquals(Target.FACEBOOK, model.targetProperty().get(), "the target stays");
        assertEquals(Format.TEXT, model.formatProperty().get());
        assertEquals("19 characters", model.lengthProperty().get());
    }

    @Test
    void aMissingTemplateSaysItIsNotThereYetAndThereIsNothingToCopy() {
        TextsViewModel model = model("nl", "nl");
        model.targetProperty().set(Target.VOICEMAIL);
        assertEquals("", model.previewProperty().get());
        assertEquals("De tekst voor Voicemail (Nederlands, Tekst) is er nog niet; die komt in een latere versie.",
                model.messageProperty().get());
        assertTrue(model.failedProperty().get());
        assertFalse(model.canCopyProperty().get());
        assertNull(model.copy());
        model.targetProperty().set(Target.WEBSITE);
        assertFalse(model.failedProperty().get(), "the next target shows again");
        assertTrue(model.canCopyProperty().get());
    }

    @Test
    void aTemplateThatFailsShowsItsMessage() {
        TextsViewModel model = model("en", "en");
        model.targetProperty().set(Target.ASSISTANT);
        assertEquals("This text could not be made: template assistant.en.text: line 3: no value 'x'",
                model.messageProperty().get());
        assertTrue(model.failedProperty().get());
        assertEquals("", model.lengthProperty().get());
    }

    @Test
    void copyOfHtmlGivesTheHtmlAndTheTargetsPlainText() {
        TextsViewModel model = model("en", "en");
        model.targetProperty().set(Target.SIGNATURE);
        TextsViewModel.Clip clip = model.copy();
        assertEquals(model.previewProperty().get(), clip.html(), "what shows is what is copied");
        assertTrue(clip.html().startsWith("<p>signature en"));
        assertTrue(clip.plain().startsWith("signature en text"), clip.plain());
        assertEquals("Copied to the clipboard, as HTML and as plain text.", model.copiedProperty().get());
        model.languageProperty().set("nl");
        assertEquals("", model.copiedProperty().get(), "a new text is not copied yet");
    }

    @Test
    void copyOfPlainTextIsMadeAfreshAndHasNoHtml() {
        TextsViewModel model = model("en", "nl");
        model.targetProperty().set(Target.AUTOREPLY);
        String before = model.previewProperty().get();
        TextsViewModel.Clip clip = model.copy();
        assertFalse(clip.hasHtml());
        assertEquals(model.previewProperty().get(), clip.plain());
        assertFalse(before.equals(clip.plain()), "made again at the moment of copying");
        assertEquals("Copied to the clipboard.", model.copiedProperty().get());
    }

    @Test
    void refreshMakesTheTextAgainForTheSameChoice() {
        TextsViewModel model = model("en", "en");
        model.refresh();
        assertEquals("<p>website en #2</p>", model.previewProperty().get());
    }

    @Test
    void namesForTheSwitchesComeFromTheBundle() {
        TextsViewModel model = model("nl", "nl");
        assertEquals("Automatisch antwoord", model.nameOf(Target.AUTOREPLY));
        assertEquals("Engels", model.nameOf("en"));
        assertEquals("JSON-LD", model.nameOf(Format.JSONLD));
    }
}
