package org.reachable.grammar;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.phone.LibPhoneNumbers;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.model.Register;

/**
 * The one place the text checks ask for a text, so that switching them to the text service of
 * issue 10 is one edit here. Today it does what cli/SnippetCommand does: the snippet model, then
 * the user's template where there is one, else the shipped one.
 */
final class Renders {

    private static final TextService TEXTS = new TextService(new MustacheRenderer());
    /** Numbers as the app writes them: a client dials them from anywhere. */
    static final LibPhoneNumbers PHONES = new LibPhoneNumbers();

    private Renders() {
    }

    /** Who reads a text: its language tag and, for Dutch, the register it speaks in. */
    enum Reader {
        NL_JE("nl", "je", "nl (je)"),
        NL_U("nl", "u", "nl (u)"),
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
        // the register is the profile's: the reader's is put there, as the user would in Settings
        Settings read = reader.register == null ? settings : settings.withProfile(settings.profile()
                .withRegister("u".equals(reader.register) ? Register.U : Register.JE));
        return TEXTS.text(new TextService.Request(target, format, reader.tag),
                new TextService.Data(read, schedule, new StatusResolver(schedule, read.channels(), Optional.empty()),
                        PHONES),
                at).text();
    }
}
