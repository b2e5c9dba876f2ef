package org.reachable.ui.channels;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelIds;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;

/**
 * The names a channel gets without the user typing one: the usual name of its type in each text
 * language ("Telefoon", "Phone"), numbered when another channel has it ("E-mail 2"), and for a
 * channel of one's own a placeholder copied into every language and marked not translated yet.
 */
final class ChannelNaming {

    private final String screenLanguage;

    ChannelNaming(String screenLanguage) {
        this.screenLanguage = screenLanguage;
    }

    /** "Ander kanaal" / "Other channel" in a text language, from that language's own bundle. */
    static String custom(String language) {
        return ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("channels.default.custom");
    }

    /** The usual name of a type in a language. */
    static String usual(ChannelType type, String language) {
        return type.standardNames().in(language).orElseGet(() -> custom(language));
    }

    /** A new channel of {@code kind} beside {@code others}, named in {@code languages}, with the usual promises. */
    Channel fresh(ChannelType kind, List<Channel> others, List<String> languages) {
        Channel template = Settings.defaultChannels().stream().filter(c -> c.type() == kind).findFirst()
                .orElse(Channel.of("custom", kind, Translations.copiedFrom(screenLanguage, custom(screenLanguage),
                        languages)));
        Set<String> taken = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Channel c : others) {
            taken.add(c.name(screenLanguage));
            ids.add(c.id());
        }
        String usual = template.name(screenLanguage);
        int number = 1;
        while (taken.contains(number == 1 ? usual : usual + " " + number)) {
            number++;
        }
        String suffix = number == 1 ? "" : " " + number;
        Map<String, String> names = new LinkedHashMap<>();
        template.names().texts().forEach((language, name) -> names.put(language, name + suffix));
        String id = ChannelIds.unique(usual, kind, ids);
        return new Channel(id, kind, new Translations(names, template.names().untranslated()), "",
                template.promiseInside(), template.promiseOutside(), Translations.none(), template.fallback(), false,
                Translations.none());
    }

    /**
     * The names that follow a change of type: each name still the usual one of the old type in
     * some language (numbered or not, "Telefoon 2") becomes the usual one of the new type in its
     * language; a name the user typed stays. Empty when none follows, or another channel already
     * has the new name.
     */
    Optional<Map<String, String>> renamed(ChannelType was, ChannelType now, Map<String, String> typed,
            List<Channel> others) {
        if (was == null || was == now) {
            return Optional.empty();
        }
        String wanted = usual(now, screenLanguage);
        if (others.stream().anyMatch(c -> c.name(screenLanguage).equals(wanted))) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        typed.forEach((language, name) -> {
            boolean usual = ChannelWords.LANGUAGES.stream().map(l -> usual(was, l))
                    .anyMatch(old -> name.equals(old) || name.matches(Pattern.quote(old) + " \\d+"));
            if (usual) {
                names.put(language, usual(now, language));
            }
        });
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }
}
