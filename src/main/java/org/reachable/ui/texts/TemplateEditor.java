package org.reachable.ui.texts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
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
 */
public final class TemplateEditor {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final TemplateStore templates;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(false);
    private final StringProperty editorText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper editorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);

    TemplateEditor(ResourceBundle bundle, Locale locale, TemplateStore templates) {
        this.bundle = bundle;
        this.locale = locale;
        this.templates = templates;
    }

    /** Whether templates can be edited here at all (the app wired a store). */
    boolean available() {
        return templates != null;
    }

    /** Opens the editor on the template of {@code target}, {@code language} and {@code format}. */
    void open(Target target, Format format, String language) {
        editorText.set(templates.template(target, format, language));
        custom.set(templates.isCustom(target, format, language));
        editorTitle.set(format(custom.get() ? "editor.title.custom" : "editor.title.default",
                text("target." + target.name()), text("language." + language), text("format." + format.name())));
        clearError();
        editing.set(true);
    }

    /** Checks the edited template and stores it when good; returns whether it was (then the editor closes). */
    boolean save(Target target, Format format, String language) {
        return editing.get() && finish(templates.save(target, format, language, editorText.get()));
    }

    /** Back to the shipped template; returns whether that was stored. */
    boolean reset(Target target, Format format, String language) {
        return editing.get() && finish(templates.reset(target, format, language));
    }

    private boolean finish(Outcome outcome) {
        if (!outcome.done()) {
            errorLine.set(Math.max(0, outcome.line()));
            editorError.set(outcome.line() < 0 ? format("editor.notStored", outcome.reason())
                    : outcome.line() > 0 ? format("editor.errorLine", outcome.line(), outcome.reason())
                    : format("editor.error", outcome.reason()));
            return false;
        }
        editing.set(false);
        clearError();
        return true;
    }

    /** Closes the editor without storing anything. */
    void cancel() {
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
