package org.reachable.ui.tray;

import java.text.MessageFormat;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.UserTemplates;

/**
 * The tray's Copy entries: puts a target's plain text, as it reads now, on the clipboard, in the
 * profile's main language; says so when there is no template for it yet or it cannot be made.
 */
public final class TrayCopy implements Consumer<Target> {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final SnippetRenderer renderer;
    private final Supplier<Workspace.Loaded> data;
    private final Tray tray;
    private final Clock clock;
    private final Locale locale;
    private final ResourceBundle words;
    private final BiConsumer<String, String> notify;
    /** Made at the first copy: the tray process starts without the text service's weight. */
    private TextService texts;

    /**
     * @param data the data the tray runs on now
     * @param notify shows a title and a message to the user (through the window, or the tray)
     */
    public TrayCopy(SnippetRenderer renderer, Supplier<Workspace.Loaded> data, Tray tray, Clock clock, Locale locale,
            BiConsumer<String, String> notify) {
        this.renderer = renderer;
        this.data = data;
        this.tray = tray;
        this.clock = clock;
        this.locale = locale;
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
        this.notify = notify;
    }

    @Override
    public void accept(Target target) {
        if (texts == null) {
            texts = new TextService(renderer);
        }
        Workspace.Loaded loaded = data.get();
        TextService.Request request = new TextService.Request(target, Format.TEXT, null);
        if (!texts.has(request, loaded.settings())) {
            String language = TextService.templateLanguage(TextService.languageOf(request, loaded.settings()));
            notify.accept(text("tray.copy.notYet.title"), format("tray.copy.notYet", text("tray.copy." + target.name()),
                    words.containsKey("tray.copy.lang." + language) ? text("tray.copy.lang." + language) : language));
            return;
        }
        try {
            // the user's own template where there is one; a broken one falls back (logged)
            UserTemplates.Result result = texts.text(request,
                    new TextService.Data(loaded.settings(), loaded.schedule(), loaded.resolver(), loaded.phones(),
                            loaded.holidays()),
                    clock.instant());
            result.problem().ifPresent(p -> LOG.warning(p.message()));
            if (!tray.copyText(result.text())) {
                notify.accept(text("tray.copy.failed.title"), text("tray.copy.noClipboard"));
            }
        } catch (SnippetException e) {
            LOG.warning(e.getMessage());
            notify.accept(text("tray.copy.failed.title"), ProblemWords.in(locale).message(e));
        }
    }

    private String text(String key) {
        return words.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
