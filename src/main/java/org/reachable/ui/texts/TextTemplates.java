package org.reachable.ui.texts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.reachable.domain.model.ScriptCopy;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.UserTemplates;

/**
 * The Texts screen's texts and template editing, over the data the app runs on: texts come from
 * the user's own templates where there are any ({@link UserTemplates}), and a saved template goes
 * into {@code settings.json} through the settings store (the folder watcher then reloads the app
 * and the tray process).
 *
 * <p>From a save asked until the data is read again after it, the settings as they will be are
 * used, so the preview shows the new text at once; the write itself waits for settings.json's turn
 * on the io thread ({@link #saveOn}, {@link TextSaves}).
 */
public final class TextTemplates implements TemplateStore, TextsViewModel.Source {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final TextService texts;
    private final Supplier<Workspace.Loaded> data;
    private final Clock clock;
    private final TextSaves saves;
    private final ProblemWords words;
    private volatile Script sieveKept;
    private volatile List<Object> sieveMaking;
    /** Where reminder scripts are made; null: at once, on the caller's thread. */
    private volatile Executor scripts;
    private volatile Runnable scriptMade = () -> { };

    /**
     * @param data the data the app runs on now, or null before it is loaded
     * @param saved told after a save, to reload the data
     */
    public TextTemplates(SnippetRenderer renderer, Supplier<Workspace.Loaded> data, SettingsStore store, Clock clock,
            Consumer<Settings> saved) {
        this(renderer, data, store, clock, saved, Locale.getDefault());
    }

    /** @param locale the screen's language: a broken template is explained in it */
    public TextTemplates(SnippetRenderer renderer, Supplier<Workspace.Loaded> data, SettingsStore store, Clock clock,
            Consumer<Settings> saved, Locale locale) {
        this.words = ProblemWords.in(locale);
        this.texts = new TextService(renderer);
        this.data = data;
        this.clock = clock;
        this.saves = new TextSaves(store, saved, words);
    }

    /** The data was loaded again: it now has what was saved. */
    public void reloaded() {
        saves.reloaded(data.get());
    }

    /**
     * Writes settings.json on {@code io}, one change after another, and tells how it went on
     * {@code ui} (the FX thread): the page never waits for the file's turn. Without this, at once.
     */
    public void saveOn(Executor io, Executor ui) {
        saves.runOn(io, ui);
    }

    @Override
    public void later(Runnable step) {
        saves.later(step);
    }

    /** One text as it reads now, for the screen ({@link TextsViewModel.Source}). */
    @Override
    public TextsViewModel.Rendered render(Target target, Format format, String language) {
        return render(target, format, language, false);
    }

    /** Whether the text names a date and until when it holds. */
    @Override
    public TextService.Validity validity(Target target, Format format, String language, boolean dated) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return new TextService.Validity(!target.pasteOnce(), Optional.empty());
        }
        return texts.validity(new TextService.Request(target, format, language, dated), data(loaded),
                clock.instant());
    }

    /** The text, or its dated variant, as it reads now. */
    @Override
    public TextsViewModel.Rendered render(Target target, Format format, String language, boolean dated) {
        Workspace.Loaded loaded = data.get();
        TextService.Request request = new TextService.Request(target, format, language, dated);
        if (loaded == null) {
            return new TextsViewModel.Text("");
        }
        if (!texts.has(request, loaded.settings())) {
            return new TextsViewModel.Missing();
        }
        try {
            String forwardTo = loaded.settings().preferences().forwardTo();
            // the forwarding codes need a number: the one stored on the home screen, else the text asks for one
            UserTemplates.Result result = target == Target.FORWARDING && CallForwarding.isE164(forwardTo)
                    ? texts.forwarding(request, data(loaded), clock.instant(), new CallForwarding(forwardTo))
                    : texts.text(request, data(loaded), clock.instant(), overrides(loaded));
            result.problem().ifPresent(p -> LOG.warning(p.message()));
            return new TextsViewModel.Text(result.text(), result.problem().map(p -> words.what(p.whole()))
                    .orElse(""));
        } catch (SnippetException e) {
            LOG.warning(e.getMessage());
            return new TextsViewModel.Failed(words.message(e));
        }
    }

    @Override
    public String template(Target target, Format format, String language) {
        Workspace.Loaded loaded = data.get();
        TextService.Request request = new TextService.Request(target, format, language);
        return loaded == null ? texts.template(request, new Settings(null, List.of()), Map.of())
                : texts.template(request, loaded.settings(), overrides(loaded));
    }

    @Override
    public boolean isCustom(Target target, Format format, String language) {
        Workspace.Loaded loaded = data.get();
        return loaded != null && overrides(loaded).containsKey(UserTemplates.key(target, language, format));
    }

    @Override
    public TemplateStore.Outcome save(Target target, Format format, String language, String text,
            Consumer<String> notStored) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return TemplateStore.Outcome.notStored("the data is not loaded yet");
        }
        Optional<UserTemplates.Problem> problem = texts.check(new TextService.Request(target, format, language), text,
                data(loaded), clock.instant());
        if (problem.isPresent()) {
            return TemplateStore.Outcome.invalid(problem.get().line(), words.what(problem.get().detail()));
        }
        return saves.save(loaded, s -> s.withTemplate(UserTemplates.key(target, language, format), text), notStored);
    }

    @Override
    public TemplateStore.Outcome reset(Target target, Format format, String language, Consumer<String> notStored) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return TemplateStore.Outcome.notStored("the data is not loaded yet");
        }
        return saves.save(loaded, s -> s.withoutTemplate(UserTemplates.key(target, language, format)), notStored);
    }

    @Override
    public boolean replyInsideHours() {
        Workspace.Loaded loaded = data.get();
        Settings pending = saves.pending();
        Settings settings = pending != null ? pending : loaded == null ? null : loaded.settings();
        return settings != null && settings.preferences().replyInsideHours();
    }

    @Override
    public TemplateStore.Outcome replyInsideHours(boolean on, Consumer<String> notStored) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return TemplateStore.Outcome.notStored("the data is not loaded yet");
        }
        return saves.save(loaded, s -> s.withPreferences(s.preferences().withReplyInsideHours(on)), notStored);
    }

    @Override
    public Optional<ScriptCopy> sieveCopied() {
        Workspace.Loaded loaded = data.get();
        Settings pending = saves.pending();
        Settings settings = pending != null ? pending : loaded == null ? null : loaded.settings();
        return settings == null ? Optional.empty() : Optional.ofNullable(settings.preferences().sieveCopied());
    }

    @Override
    public TemplateStore.Outcome sieveCopied(ScriptCopy copy, Consumer<String> notStored) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return TemplateStore.Outcome.notStored("the data is not loaded yet");
        }
        return saves.save(loaded, s -> s.withPreferences(s.preferences().withSieveCopied(copy)), notStored);
    }

    /**
     * Makes the Sieve scripts the reminder compares on {@code work} rather than on the caller's (the
     * FX) thread: a year of the schedule takes up to a second or two to plan. {@code made} runs once
     * one is ready, so the page asks again and finds it. Without this, they are made at once.
     */
    public void makeScriptsOn(Executor work, Runnable made) {
        this.scripts = work;
        this.scriptMade = made;
    }

    /**
     * The Sieve script as made at {@code at} from the data now. Kept for the data it was made from,
     * since the page asks at each refresh; while it is being made elsewhere, empty (no reminder yet).
     */
    @Override
    public Optional<String> sieveAt(String language, Instant at) {
        Workspace.Loaded loaded = data.get();
        if (loaded == null) {
            return Optional.empty();
        }
        List<Object> key = List.of(loaded, overrides(loaded), language, at);
        Script kept = sieveKept;
        if (kept != null && kept.key().equals(key)) {
            return kept.text();
        }
        if (scripts == null) {
            Script made = script(key, loaded, language, at);
            sieveKept = made;
            return made.text();
        }
        if (!key.equals(sieveMaking)) {
            sieveMaking = key;
            scripts.execute(() -> {
                sieveKept = script(key, loaded, language, at);
                scriptMade.run();
            });
        }
        return Optional.empty();
    }

    /** A script made for the data, templates, language and instant of {@code key}. */
    private record Script(List<Object> key, Optional<String> text) {
    }

    private Script script(List<Object> key, Workspace.Loaded loaded, String language, Instant at) {
        try {
            return new Script(key, Optional.of(texts.text(new TextService.Request(Target.AUTOREPLY, Format.SIEVE,
                    language), data(loaded), at, overrides(loaded)).text()));
        } catch (RuntimeException e) { // a SnippetException, or a template that fails: no reminder
            LOG.warning("The Sieve script for the reminder: " + e.getMessage());
            return new Script(key, Optional.empty());
        }
    }

    private Map<String, String> overrides(Workspace.Loaded loaded) {
        Settings saving = saves.pending();
        return saving != null ? saving.templateOverrides() : loaded.settings().templateOverrides();
    }

    private static TextService.Data data(Workspace.Loaded loaded) {
        return new TextService.Data(loaded.settings(), loaded.schedule(), loaded.resolver(), loaded.phones(),
                loaded.holidays());
    }
}
