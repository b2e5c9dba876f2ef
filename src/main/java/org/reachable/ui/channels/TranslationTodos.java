package org.reachable.ui.channels;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.reachable.domain.model.Channel;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.text.TextGaps.Field;

/** The Channels page's list of words that still lack a text language, each a place to jump to. */
final class TranslationTodos {

    /** "E-mail: English name not translated yet", for the channel, field and language it names. */
    public record Todo(String channelId, Field field, String language, String text) {
    }

    private TranslationTodos() {
    }

    /** What the channels still lack in the profile's {@code languages}, worded in the screen's language. */
    static List<Todo> of(List<Channel> channels, List<String> languages, ResourceBundle bundle, String screen) {
        return TextGaps.untranslated(channels, languages).stream()
                .map(gap -> new Todo(gap.channel().id(), gap.field(), gap.language(),
                        new MessageFormat(bundle.getString("channels.todo." + gap.field().name() + "."
                                + gap.language()), Locale.forLanguageTag(screen))
                                .format(new Object[] {gap.channel().name(screen)})))
                .toList();
    }
}
