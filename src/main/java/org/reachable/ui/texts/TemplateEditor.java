package org.reachable.ui.texts;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.texts.TemplateStore.Outcome;

/**
 * The Texts page's template editor: which template is open, its text as the user edits it, and
 * why a save failed and on which line. {@link TextsViewModel} says which target, format and
 * language; this class asks the {@link TemplateStore} store and keeps the editor's state.
 *
 * <p>A good template closes the editor at once; the store writes it after. Should that write fail,
 * the text comes back: into the editor, when the page still shows that template, else kept until the
 * user opens that template again (the page says so). Nothing typed is lost.
 */
public final class TemplateEditor {

    /** Whether the page around the editor shows a template (its target, format and language). */
    @FunctionalInterface
    interface Shown {
        boolean shows(Target target, Format format, String language);
    }

    /** A text whose write failed after the editor closed, with why, until its template is opened again. */
    private record Kept(String text, String error) {
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final TemplateStore templates;
    private final Shown shown;
    /** Makes the page's text again (what it runs on changed) and says the words given, when not empty. */
    private final Consumer<String> told;
    private final Map<String, Kept> kept = new HashMap<>();
    /** The template open in the editor (its target, language and format), or null. */
    private String open;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(false);
    private final StringProperty editorText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper editorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);

    TemplateEditor(ResourceBundle bundle, Locale locale, TemplateStore templates, Shown shown, Consumer<String> told) {
        this.bundle = bundle;
        this.locale = locale;
        this.templates = templates;
        this.shown = shown;
        this.told = told;
    }

    /** Whether templates can be edited here at all (the app wired a store). */
    boolean available() {
        return templates != null;
    }

    /** Opens the editor on the template of {@code target}, {@code language} and {@code format}. */
    void open(Target target, Format format, String language) {
        Kept unsaved = kept.remove(key(target, format, language));
        editorText.set(unsaved != null ? unsaved.text() : templates.template(target, format, language));
        custom.set(templates.isCustom(target, format, language));
        editorTitle.set(format(custom.get() ? "editor.title.custom" : "editor.title.default",
                text("target." + target.name()), text("language." + language), text("format." + format.name())));
        clearError();
        if (unsaved != null) {
            editorError.set(unsaved.error());
        }
        open = key(target, format, language);
        editing.set(true);
    }

    /** Checks the edited template and stores it when good; returns whether it was (then the editor closes). */
    boolean save(Target target, Format format, String language) {
        String text = editorText.get();
        return editing.get() && finish(templates.save(target, format, language, text,
                why -> notStored(target, format, language, text, why)));
    }

    /** Back to the shipped template; returns whether that was stored. */
    boolean reset(Target target, Format format, String language) {
        return editing.get() && finish(templates.reset(target, format, language,
                why -> notStored(target, format, language, templates.template(target, format, language), why)));
    }

    /** A write that failed after the editor closed: {@code text} goes back where the user will find it. */
    private void notStored(Target target, Format format, String language, String text, String why) {
        String error = format("editor.notStored", why);
        String key = key(target, format, language);
        if (editing.get() && key.equals(open)) { // opened on it again: the newer text stays, and why it failed shows
            errorLine.set(0);
            // the words are about the version that failed: the editor may hold a newer one, not saved yet
            editorError.set(text.equals(editorText.get()) ? error : format("editor.notStoredEarlier", why));
            told.accept("");
        } else if (!editing.get() && shown.shows(target, format, language)) {
            told.accept("");
            open(target, format, language);
            editorText.set(text);
            editorError.set(error);
        } else {
            kept.put(key, new Kept(text, error));
            told.accept(format("editor.notStoredKept", text("target." + target.name()), text("language." + language),
                    text("format." + format.name()), why));
        }
    }

    private static String key(Target target, Format format, String language) {
        return target.name() + "/" + format.name() + "/" + language;
    }

    private boolean finish(Outcome outcome) {
        if (!outcome.done()) {
            errorLine.set(Math.max(0, outcome.line()));
            editorError.set(outcome.line() < 0 ? format("editor.notStored", outcome.reason())
                    : outcome.line() > 0 ? format("editor.errorLine", outcome.line(), outcome.reason())
                    : format("editor.error", outcome.reason()));
            return false;
        }
        close();
        told.accept(""); // the preview shows it
        return true;
    }

    /** Closes the editor without storing anything. */
    void cancel() {
        close();
    }

    private void close() {
        open = null;
        editing.set(false);
        clearError();
    }

    private void clearError() {
        editorError.set("");
        errorLine.set(0);
    }

    /** How templates are written, in a line, for above the editor. */
    String help() {
        return format("editor.help");
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Whether the template editor is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Whether the template in the editor is the user's own (so Reset has something to undo). */
    public ReadOnlyBooleanProperty customProperty() {
        return custom.getReadOnlyProperty();
    }

    /** The template text being edited. */
    public StringProperty editorTextProperty() {
        return editorText;
    }

    /** Which template is open, and whether it is the user's own. */
    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    /** The line (1-based) of the last problem in the edited template, 0 when there is none. */
    public ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    /** Why the edited template was not saved, with its line; empty when there is nothing wrong. */
    public ReadOnlyStringProperty editorErrorProperty() {
        return editorError.getReadOnlyProperty();
    }
}
