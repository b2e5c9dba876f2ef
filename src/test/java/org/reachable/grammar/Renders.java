package org.reachable.grammar;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.UserTemplates;

/**
 * The one place the text checks ask for a text, so that switching them to the text service of
 * issue 10 is one edit here. Today it does what cli/SnippetCommand does: the snippet model, then
 * the user's template where there is one, else the shipped one.
 */
final class Renders {

    private static final UserTemplates TEMPLATES = new UserTemplates(new MustacheRenderer());

    private Renders() {
    }

    /** Who reads a text: its language tag and, for Dutch, the register it speaks in. */
    enum Reader {
        NL_JE("nl", "je", "nl (je)"),
        // TODO(words, issue 10): NL_U("nl", "u", "nl (u)") once the profile has the register
        EN_GB("en", null, "en-GB"),
        EN_US("en-US", null, "en-US");

        final String tag;
        /** "je" or "u" for Dutch, null for a language without one. */
        final String register;
        private final String label;

        Reader(String tag, String register, String label) {
            this.tag = tag;
            this.register = register;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The text of {@code target} in {@code format} for {@code reader}, as it reads at {@code at}. */
    static String text(Settings settings, Schedule schedule, Target target, Format format, Reader reader, Instant at) {
        // TODO(words, issue 10): hand reader.register to the text service (or put it in the profile)
        String language = Locale.forLanguageTag(reader.tag).getLanguage();
        SnippetModel model = SnippetModel.of(settings, schedule,
                new StatusResolver(schedule, settings.channels(), Optional.empty()), reader.tag, at);
        return TEMPLATES.render(target, language, format, model, settings.templateOverrides()).text();
    }
}
