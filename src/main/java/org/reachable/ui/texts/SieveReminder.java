package org.reachable.ui.texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.reachable.domain.model.ScriptCopy;
import org.reachable.domain.text.Words;

/**
 * The Texts page's reminder that the Sieve auto-reply on the mail server is out of date (issue 11).
 * The script encodes the week and the days off of the year ahead, so it stays right as time passes,
 * but not when the user changes the schedule, the days off, a promise or a template: then the
 * server keeps sending the old answers.
 *
 * <p>What was copied is remembered as a hash ({@link ScriptCopy}); to tell whether it is still
 * right, the script is made again <em>as of the moment it was copied</em> from the data as it is
 * now. Same hash: nothing that the script says has changed. Comparing with a script made now instead
 * would call every copy stale by the next morning (the year ahead moves on), and a hash of the
 * schedule file would call it stale for a change the script does not show (a theme, a hook).
 */
final class SieveReminder {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Clock clock;
    private final TemplateStore store;
    private final TextsViewModel.Source source;

    /** @param store where the copy is remembered; null: the page cannot store it, and never reminds */
    SieveReminder(ResourceBundle bundle, Locale locale, Clock clock, TemplateStore store,
            TextsViewModel.Source source) {
        this.bundle = bundle;
        this.locale = locale;
        this.clock = clock;
        this.store = store;
        this.source = source;
    }

    /**
     * The user copied the script in {@code language}: remember it. Returns why that failed, or "";
     * a store that fails after it answered tells {@code notStored}.
     */
    String copied(String language, String script, Consumer<String> notStored) {
        if (store == null) {
            return "";
        }
        TemplateStore.Outcome stored = store.sieveCopied(new ScriptCopy(clock.instant(), language, sha256(script)),
                notStored);
        return stored.done() ? "" : stored.reason();
    }

    /**
     * The line for the auto-reply in {@code language}: empty when the script was never copied (in
     * that language), or still says what the app says.
     */
    String line(String language) {
        Optional<ScriptCopy> copy = store == null ? Optional.empty() : store.sieveCopied();
        if (copy.isEmpty() || !copy.get().language().equals(language)) {
            return "";
        }
        Optional<String> again = source.sieveAt(language, copy.get().at());
        if (again.isEmpty() || sha256(again.get()).equals(copy.get().sha256())) {
            return "";
        }
        LocalDate day = LocalDate.ofInstant(copy.get().at(), clock.getZone());
        return new MessageFormat(bundle.getString("sieve.changed"), locale)
                .format(new Object[] {Words.forLocale(locale).dateWithYear(day)});
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
