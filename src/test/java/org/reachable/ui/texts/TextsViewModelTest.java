package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
        assertTrue(model.messageProperty().get().startsWith("Above as a page"), model.messageProperty().get());
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

    /** A fake store of the user's templates: "{{#x}}" without its end is a problem on its line. */
    private final java.util.Map<String, String> own = new java.util.HashMap<>();
    private final List<String> stored = new ArrayList<>();
    private boolean storeFails;
    /** Each change the store answered "done" to, as the app's store writes it later: failing it takes it back. */
    private final List<Consumer<String>> writing = new ArrayList<>();

    private final TemplateStore templates = new TemplateStore() {
        @Override
        public String template(Target target, Format format, String language) {
            return own.getOrDefault(key(target, format, language), "default " + key(target, format, language));
        }

        @Override
        public boolean isCustom(Target target, Format format, String language) {
            return own.containsKey(key(target, format, language));
        }

        @Override
        public TemplateStore.Outcome save(Target target, Format format, String language, String text,
                Consumer<String> notStored) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("{{#x}}") && !text.contains("{{/x}}")) {
                    return TemplateStore.Outcome.invalid(i + 1, "Section missing close tag 'x'");
                }
            }
            if (storeFails) {
                return TemplateStore.Outcome.notStored("settings.json is read-only");
            }
            String before = own.put(key(target, format, language), text);
            stored.add(key(target, format, language));
            writing.add(why -> {
                own.compute(key(target, format, language), (k, v) -> before);
                notStored.accept(why);
            });
            return TemplateStore.Outcome.DONE;
        }

        @Override
        public TemplateStore.Outcome reset(Target target, Format format, String language, Consumer<String> notStored) {
            own.remove(key(target, format, language));
            stored.add("reset " + key(target, format, language));
            return TemplateStore.Outcome.DONE;
        }

        @Override
        public boolean replyInsideHours() {
            return replyInside;
        }

        @Override
        public void later(Runnable step) {
            afterEvent.add(step);
        }

        @Override
        public TemplateStore.Outcome replyInsideHours(boolean on, Consumer<String> notStored) {
            if (storeFails) {
                return TemplateStore.Outcome.notStored("settings.json is read-only");
            }
            boolean before = replyInside;
            replyInside = on;
            stored.add("replyInsideHours " + on);
            writing.add(why -> {
                replyInside = before;
                notStored.accept(why);
            });
            return TemplateStore.Outcome.DONE;
        }
    };
    private boolean replyInside;
    /** What the store runs on the FX thread after the event in hand, as Platform.runLater would. */
    private final List<Runnable> afterEvent = new ArrayList<>();

    private static String key(Target target, Format format, String language) {
        return target.code() + "." + language + "." + format.code();
    }

    /** Texts from the fake templates: the template text itself, so a save shows in the preview. */
    private Rendered fromTemplates(Target target, Format format, String language) {
        if (target == Target.VOICEMAIL) {
            return new TextsViewModel.Missing();
        }
        return new TextsViewModel.Text(templates.template(target, format, language));
    }

    private TextsViewModel editable(String uiLanguage) {
        TextsViewModel model = new TextsViewModel(TextsView.bundle(Locale.forLanguageTag(uiLanguage)),
                this::fromTemplates, "nl", templates, null, Clock.systemUTC());
        model.targetProperty().set(Target.AUTOREPLY);
        return model;
    }

    @Test
    void theAutoReplyOffersToReplyInsideReachableHoursTooAndStoresTheChoice() {
        TextsViewModel model = editable("nl");
        assertTrue(model.replyChoiceProperty().get(), "offered for the auto-reply");
        assertFalse(model.replyInsideHoursProperty().get(), "off unless the settings say so");
        model.replyInsideHoursProperty().set(true);
        assertEquals(List.of("replyInsideHours true"), stored);
        assertTrue(replyInside);
        model.targetProperty().set(Target.WEBSITE);
        assertFalse(model.replyChoiceProperty().get(), "not a choice for a text pasted once");
        storeFails = true;
        model.targetProperty().set(Target.AUTOREPLY);
        model.replyInsideHoursProperty().set(false);
        assertTrue(model.failedProperty().get());
        assertTrue(model.messageProperty().get().contains("settings.json is read-only"), model.messageProperty().get());
        assertTrue(replyInside, "nothing stored when the settings cannot be written");
    }

    @Test
    void withoutTemplatesNothingCanBeEdited() {
        TextsViewModel model = model("en", "en");
        assertFalse(model.canEditProperty().get());
        model.edit();
        assertFalse(model.editor().editingProperty().get());
    }

    @Test
    void editOpensTheTemplateInUse() {
        TextsViewModel model = editable("nl");
        assertTrue(model.canEditProperty().get());
        model.edit();
        assertTrue(model.editor().editingProperty().get());
        assertEquals("default autoreply.nl.text", model.editor().editorTextProperty().get());
        assertEquals("Sjabloon voor Automatisch antwoord (Nederlands, Tekst): de standaardversie",
                model.editor().editorTitleProperty().get());
        assertFalse(model.editor().customProperty().get(), "nothing to reset yet");
        assertEquals("", model.editor().editorErrorProperty().get());
        assertTrue(model.editorHelp().startsWith("Mustache: {{who}} vult een waarde in, {{#x}}…{{/x}} toont"),
                model.editorHelp());
    }

    @Test
    void aBrokenTemplateIsNotSavedAndSaysItsLine() {
        TextsViewModel model = editable("nl");
        model.edit();
        model.editor().editorTextProperty().set("Dag!\n{{#x}}\nmeer");
        assertFalse(model.saveTemplate());
        assertEquals("Niet opgeslagen. Regel 2: Section missing close tag 'x'", model.editor().editorErrorProperty().get());
        assertEquals(2, model.editor().errorLineProperty().get());
        assertTrue(model.editor().editingProperty().get(), "the editor stays open with the text");
        assertEquals("Dag!\n{{#x}}\nmeer", model.editor().editorTextProperty().get());
        assertEquals(List.of(), stored);
        assertEquals("default autoreply.nl.text", model.previewProperty().get(), "the preview keeps the good text");
    }

    @Test
    void aGoodTemplateIsSavedTheEditorClosesAndThePreviewShowsIt() {
        TextsViewModel model = editable("en");
        model.edit();
        model.editor().editorTextProperty().set("Dag!\n{{#x}}\nmeer");
        model.saveTemplate();
        model.editor().editorTextProperty().set("Dag!\n{{#x}}meer{{/x}}");
        assertTrue(model.saveTemplate());
        assertEquals(0, model.editor().errorLineProperty().get());
        assertEquals(List.of("autoreply.nl.text"), stored);
        assertFalse(model.editor().editingProperty().get());
        assertEquals("", model.editor().editorErrorProperty().get());
        assertEquals("Dag!\n{{#x}}meer{{/x}}", model.previewProperty().get());
        model.edit();
        assertTrue(model.editor().customProperty().get());
        assertEquals("Template for Auto-reply (Dutch, Text): your own version", model.editor().editorTitleProperty().get());
    }

    @Test
    void resetBringsBackTheDefault() {
        own.put("autoreply.nl.text", "mijn eigen");
        TextsViewModel model = editable("nl");
        assertEquals("mijn eigen", model.previewProperty().get());
        model.edit();
        assertTrue(model.editor().customProperty().get());
        assertTrue(model.resetTemplate());
        assertEquals(List.of("reset autoreply.nl.text"), stored);
        assertFalse(model.editor().editingProperty().get());
        assertEquals("default autoreply.nl.text", model.previewProperty().get());
    }

    @Test
    void cancelAndSwitchingCloseTheEditorWithoutStoring() {
        TextsViewModel model = editable("nl");
        model.edit();
        model.editor().editorTextProperty().set("iets anders");
        model.cancelEdit();
        assertFalse(model.editor().editingProperty().get());
        model.edit();
        assertEquals("default autoreply.nl.text", model.editor().editorTextProperty().get(), "the edit is gone");
        model.languageProperty().set("en");
        assertFalse(model.editor().editingProperty().get());
        model.edit();
        model.formatProperty().set(Format.SIEVE);
        assertFalse(model.editor().editingProperty().get());
        assertEquals(List.of(), stored);
    }

    @Test
    void aTextWithoutTemplateCannotBeEdited() {
        TextsViewModel model = editable("nl");
        model.targetProperty().set(Target.VOICEMAIL);
        assertFalse(model.canEditProperty().get());
    }

    @Test
    void aStoreThatFailsSaysSoAndKeepsTheEditorOpen() {
        storeFails = true;
        TextsViewModel model = editable("en");
        model.edit();
        model.editor().editorTextProperty().set("fine");
        assertFalse(model.saveTemplate());
        assertEquals("The template is good, but it could not be saved: settings.json is read-only",
                model.editor().editorErrorProperty().get());
        assertTrue(model.editor().editingProperty().get());
    }

    @Test
    void aTextFromAFallbackSaysWhyButCanBeCopied() {
        TextsViewModel model = new TextsViewModel(TextsView.bundle(Locale.forLanguageTag("nl")),
                (t, f, l) -> new TextsViewModel.Text("standaardtekst",
                        "template autoreply.nl.text, line 2: Section missing close tag 'x'"), "nl", templates, null, Clock.systemUTC());
        assertEquals("standaardtekst", model.previewProperty().get());
        assertEquals("Je eigen sjabloon werkt niet (template autoreply.nl.text, line 2: Section missing close tag 'x')."
                + " De tekst hieronder komt uit de laatste versie die wel werkte, of uit de standaardversie.",
                model.messageProperty().get());
        assertTrue(model.failedProperty().get());
        assertTrue(model.canCopyProperty().get());
    }

    @Test
    void aWriteThatFailsAfterTheEditorClosedBringsTheTextBackIntoIt() {
        TextsViewModel model = editable("en");
        model.edit();
        model.editor().editorTextProperty().set("mine");
        assertTrue(model.saveTemplate());
        assertFalse(model.editor().editingProperty().get(), "closed at once: the store writes after");
        assertEquals("mine", model.previewProperty().get());
        writing.get(0).accept("settings.json stayed busy");
        assertTrue(model.editor().editingProperty().get(), "open again, on the text that was not written");
        assertEquals("mine", model.editor().editorTextProperty().get());
        assertEquals("The template is good, but it could not be saved: settings.json stayed busy",
                model.editor().editorErrorProperty().get());
        assertEquals("default autoreply.nl.text", model.previewProperty().get(), "the preview shows what is stored");
    }

    @Test
    void aWriteThatFailsAfterTheUserMovedOnKeepsTheTextUntilItsTemplateOpens() {
        TextsViewModel model = editable("nl");
        model.edit();
        model.editor().editorTextProperty().set("mijn tekst");
        assertTrue(model.saveTemplate());
        model.targetProperty().set(Target.WEBSITE);
        model.edit();
        model.editor().editorTextProperty().set("website, half af");
        writing.get(0).accept("settings.json bleef bezet");
        assertEquals("website, half af", model.editor().editorTextProperty().get(), "the edit in hand stays");
        assertEquals("Je sjabloon voor Automatisch antwoord (Nederlands, Tekst) is niet opgeslagen: settings.json "
                + "bleef bezet. Open het opnieuw om het op te slaan: je tekst staat er nog.", model.messageProperty().get());
        assertTrue(model.failedProperty().get());
        model.cancelEdit();
        model.targetProperty().set(Target.AUTOREPLY);
        model.edit();
        assertEquals("mijn tekst", model.editor().editorTextProperty().get());
        assertEquals("Het sjabloon klopt, maar opslaan lukte niet: settings.json bleef bezet",
                model.editor().editorErrorProperty().get());
    }

    @Test
    void aChoiceWhoseWriteFailsLaterFlipsBackAndSaysWhy() {
        TextsViewModel model = editable("en");
        model.replyInsideHoursProperty().set(true);
        assertTrue(replyInside);
        writing.get(0).accept("settings.json stayed busy");
        assertFalse(model.replyInsideHoursProperty().get(), "back to what the settings hold");
        assertFalse(replyInside);
        assertEquals(List.of("replyInsideHours true"), stored, "flipping back stores nothing");
        assertEquals("Your choice could not be saved: settings.json stayed busy", model.messageProperty().get());
        assertTrue(model.failedProperty().get());
    }

    @Test
    void aChoiceRefusedAtOnceFlipsTheCheckBoxBackToo() {
        TextsViewModel model = editable("en");
        javafx.beans.property.BooleanProperty box = new javafx.beans.property.SimpleBooleanProperty();
        box.bindBidirectional(model.replyInsideHoursProperty()); // as TextsView binds the CheckBox
        storeFails = true;
        box.set(true);
        assertEquals("Your choice could not be saved: settings.json is read-only", model.messageProperty().get());
        afterEvent.forEach(Runnable::run);
        assertFalse(box.get(), "the box shows what the settings hold");
        assertFalse(model.replyInsideHoursProperty().get());
        assertEquals(List.of(), stored);
    }

    @Test
    void aWriteThatFailsAfterTheTemplateWasOpenedAndEditedAgainSaysTheEditorsTextIsNotSavedYet() {
        TextsViewModel model = editable("nl");
        model.edit();
        model.editor().editorTextProperty().set("mijn tekst");
        assertTrue(model.saveTemplate());
        model.edit();
        model.editor().editorTextProperty().set("mijn tekst, beter");
        writing.get(0).accept("settings.json bleef bezet");
        assertEquals("mijn tekst, beter", model.editor().editorTextProperty().get(), "the newer text stays");
        assertEquals("Je vorige wijziging van dit sjabloon is niet opgeslagen: settings.json bleef bezet. "
                + "De tekst hierboven is nieuwer en nog niet opgeslagen.", model.editor().editorErrorProperty().get());
    }

    @Test
    void aWriteThatFailsAfterTheSameTextWasOpenedAgainSaysItCouldNotBeSaved() {
        TextsViewModel model = editable("en");
        model.edit();
        model.editor().editorTextProperty().set("mine");
        assertTrue(model.saveTemplate());
        model.edit();
        writing.get(0).accept("settings.json stayed busy");
        assertEquals("The template is good, but it could not be saved: settings.json stayed busy",
                model.editor().editorErrorProperty().get());
    }
}
