package org.reachable.ui.texts;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;

/**
 * The Texts screen's state: which target, language and format, and the text as it reads now.
 * The text comes from a {@link Source} the app wires to the renderer and the current schedule, so
 * this class knows no adapter and is tested with plain JUnit.
 */
public final class TextsViewModel {

    /** The languages a text is written in, in the order of the switch. */
    public static final List<String> LANGUAGES = List.of("nl", "en");

    /** Makes one text now. */
    @FunctionalInterface
    public interface Source {
        Rendered render(Target target, Format format, String language);

        /** The dated variant too (issue 11): a source that knows no dates makes the week's text. */
        default Rendered render(Target target, Format format, String language, boolean dated) {
            return render(target, format, language);
        }

        /** Whether the text names a date and until when it holds. */
        default TextService.Validity validity(Target target, Format format, String language, boolean dated) {
            return new TextService.Validity(!target.pasteOnce(), Optional.empty());
        }

        /** The Sieve script as made at {@code at} from the data now; empty: cannot be made (no reminder). */
        default Optional<String> sieveAt(String language, Instant at) {
            return Optional.empty();
        }
    }

    /** What the source gave: a text, no template (yet), or an error message. */
    public sealed interface Rendered permits Text, Missing, Failed {
    }

    /**
     * A text. {@code problem} is not empty when the user's own template failed and the text came
     * from the last version that worked or the default; it names the template, line and reason.
     */
    public record Text(String text, String problem) implements Rendered {
        public Text {
            problem = problem == null ? "" : problem;
        }

        public Text(String text) {
            this(text, "");
        }
    }

    /** No template for this target, language and format yet. */
    public record Missing() implements Rendered {
    }

    public record Failed(String message) implements Rendered {
    }

    /** What Copy puts on the clipboard: always plain text, HTML too when the format is HTML. */
    public record Clip(String plain, String html) {
        public boolean hasHtml() {
            return html != null;
        }
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Source source;
    private final ObservableList<Target> targets = FXCollections.observableArrayList(Target.values());
    private final ObservableList<Format> formats = FXCollections.observableArrayList();
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
    /** The dated variant of a text pasted once: the day off in force or coming, with its dates. */
    private final BooleanProperty dated = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper validity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper length = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper copied = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper(false);
    private final TemplateEditor editor;
    private final TemplateStore templates;
    /** The auto-reply's "also reply inside reachable hours" (issue 11), stored in the settings. */
    private final ReplyInsideSwitch replyInside;
    private final ReadOnlyBooleanWrapper replyChoice = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(false);
    private boolean switching;
    private final TextGapLines gaps;
    private final SieveReminder sieve;
    private final ObservableList<TextFields.Field> fields = FXCollections.observableArrayList();

    /**
     * @param language the language the screen opens in (the profile's first); anything but the
     *     known languages opens in Dutch
     */
    public TextsViewModel(ResourceBundle bundle, Source source, String language) {
        this(bundle, source, language, null, null, Clock.systemDefaultZone());
    }

    /**
     * @param templates the user's own templates; null when they cannot be edited here
     * @param gaps what the text lacks, with the way to fill it; null when the page does not say
     * @param clock when a Sieve script is copied, remembered to tell later whether it is still right
     */
    public TextsViewModel(ResourceBundle bundle, Source source, String language, TemplateStore templates,
            TextGapLines gaps, Clock clock) {
        this.bundle = bundle;
        this.gaps = gaps;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.editor = new TemplateEditor(bundle, locale, templates,
                (t, f, lang) -> t == target.get() && f == format.get() && lang.equals(this.language.get()), this::told);
        this.sieve = new SieveReminder(bundle, locale, clock, templates, source);
        this.templates = templates;
        this.replyInside = new ReplyInsideSwitch(templates,
                notStored -> told(notStored.isEmpty() ? "" : format("reply.notStored", notStored)));
        this.source = source;
        this.language.set(LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
        target.addListener((o, old, now) -> targetChanged(now));
        format.addListener((o, old, now) -> {
            if (!switching) {
                cancelEdit();
                refresh();
            }
        });
        this.language.addListener((o, old, now) -> {
            cancelEdit();
            refresh();
        });
        dated.addListener((o, old, now) -> refresh());
        target.set(Target.values()[0]);
    }

    private void targetChanged(Target now) {
        cancelEdit();
        switching = true;
        try {
            formats.setAll(now.formats());
            format.set(now.defaultFormat());
        } finally {
            switching = false;
        }
        refresh();
    }

    /** Makes the text again: the schedule, settings or time changed, or the user switched. */
    public void refresh() {
        Target t = target.get();
        Format f = format.get();
        String lang = language.get();
        copied.set("");
        if (t == null || f == null || lang == null) {
            return;
        }
        Rendered result = source.render(t, f, lang, dated.get());
        // the auto-reply's line: whether the Sieve script on the mail server still says what this page says
        validity.set(t == Target.AUTOREPLY ? sieve.line(lang)
                : ValidityLine.of(bundle, locale, t, dated.get(), source.validity(t, f, lang, dated.get())));
        if (gaps != null) {
            gaps.show(lang);
        }
        hint.set(text("hint." + t.name()));
        replyChoice.set(t == Target.AUTOREPLY && templates != null);
        canEdit.set(editor.available() && !(result instanceof Missing));
        fields.setAll(result instanceof Text ok && TextFields.applies(t) ? TextFields.of(ok.text()) : List.of());
        if (result instanceof Text ok) {
            preview.set(ok.text());
            String remark = f == Format.HTML ? text("html.source") : "";
            message.set(ok.problem().isEmpty() ? remark : format("template.fallback", ok.problem()));
            String stripped = ok.text().strip();
            length.set(stripped.isEmpty() ? "" : format("length", stripped.codePointCount(0, stripped.length())));
            failed.set(!ok.problem().isEmpty());
            canCopy.set(!ok.text().isEmpty());
        } else {
            preview.set("");
            length.set("");
            failed.set(true);
            canCopy.set(false);
            message.set(result instanceof Failed failure ? format("failed", failure.message())
                    : format("missing", text("target." + t.name()), text("language." + lang),
                            text("format." + f.name())));
        }
    }

    /** The text again (what the page runs on changed), then {@code words} as a problem when not empty. */
    private void told(String words) {
        refresh();
        if (!words.isEmpty()) {
            message.set(words);
            failed.set(true);
        }
    }

    /**
     * What to put on the clipboard, made afresh (so a text copied hours after the screen opened is
     * still true), or null when there is nothing to copy. For HTML the plain text is the target's
     * own text format where it has one and it can be made.
     */
    public Clip copy() {
        refresh();
        if (!canCopy.get()) {
            return null;
        }
        String text = preview.get();
        Clip clip = Clips.of(source, target.get(), format.get(), language.get(), text);
        copied.set(text(clip.hasHtml() ? "copied.both" : "copied"));
        if (target.get() == Target.AUTOREPLY && format.get() == Format.SIEVE) {
            String notStored = sieve.copied(language.get(), text, late -> told(format("sieve.notStored", late)));
            validity.set(sieve.line(language.get()));
            if (!notStored.isEmpty()) {
                message.set(format("sieve.notStored", notStored));
            }
        }
        return clip;
    }

    /** One field of a text for another app's form (a day's hours, the away message), on its own. */
    public Clip copyField(TextFields.Field field) {
        copied.set(format("copied.field", field.label()));
        return new Clip(field.value(), null);
    }

    /** The fields of the text shown, each to copy on its own; empty for a text pasted whole. */
    public ObservableList<TextFields.Field> fields() {
        return fields;
    }

    /** Opens the editor on the template of the chosen target, language and format. */
    public void edit() {
        if (canEdit.get()) {
            editor.open(target.get(), format.get(), language.get());
        }
    }

    /**
     * Checks the edited template and stores it when it is good: the editor closes and the preview
     * shows the new text. When it is not good nothing is stored, the editor stays open and says
     * what is wrong and on which line.
     *
     * @return whether it was saved
     */
    public boolean saveTemplate() {
        return editor.save(target.get(), format.get(), language.get());
    }

    /** Back to the shipped template: the user's own version is removed and the editor closes. */
    public boolean resetTemplate() {
        return editor.reset(target.get(), format.get(), language.get());
    }

    /** How templates are written, in a line, for above the editor. */
    public String editorHelp() {
        return editor.help();
    }

    /** Closes the editor without storing anything. */
    public void cancelEdit() {
        editor.cancel();
    }

    /** Also send the auto-reply inside reachable hours (stored in settings.json when changed). */
    public BooleanProperty replyInsideHoursProperty() {
        return replyInside.property();
    }

    /** Whether the page offers that choice: for the auto-reply, when settings can be stored. */
    public ReadOnlyBooleanProperty replyChoiceProperty() {
        return replyChoice.getReadOnlyProperty();
    }

    /** The template editor's state, for the view to bind. */
    public TemplateEditor editor() {
        return editor;
    }

    /** A display name for a target, format or language code, for the switches. */
    public String nameOf(Object value) {
        if (value instanceof Target t) {
            return text("target." + t.name());
        }
        if (value instanceof Format f) {
            return text("format." + f.name());
        }
        return text("language." + value);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** What the text lacks and where to fill it; empty when the page does not say. */
    public ObservableList<TextGapLines.Line> gaps() {
        return gaps == null ? FXCollections.emptyObservableList() : gaps.lines();
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    /** The formats of the chosen target, first the default. */
    public ObservableList<Format> formats() {
        return formats;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /** "nl" or "en". */
    public StringProperty languageProperty() {
        return language;
    }

    /** Whether the dated variant is shown (and copied). */
    public BooleanProperty datedProperty() {
        return dated;
    }

    /** Whether the text names a date and until when it holds, in the screen's words. */
    public ReadOnlyStringProperty validityProperty() {
        return validity.getReadOnlyProperty();
    }

    /** The text as it reads now; empty when it cannot be made. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no text, or a remark on how it is shown (HTML as source). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Where the chosen target's text goes. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** "312 characters". */
    public ReadOnlyStringProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /** Said after Copy; cleared when the text changes. */
    public ReadOnlyStringProperty copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    /** True when the message is an error (no template, or it failed), not a remark. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    /** Whether the chosen text has a template the user can edit here. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }
}
