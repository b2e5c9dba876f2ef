package org.reachable.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;

/**
 * What the texts in one language lack, as values the window and the command line each put in their
 * own words with a way to fill it: the profile's name or business, a contact detail of a channel
 * clients see, the user's own words not yet in the text's language. A gap never breaks a text
 * (every template has a sentence for a missing value); it makes the text vaguer than it could be.
 *
 * <p>Clients see a channel when it has hours in the usual week or is an urgent line: those are the
 * channels the texts name.
 */
public record TextGaps(Settings settings, Schedule schedule) {

    /** Which of a channel's words: its name, the note beside its promise, when the urgent line is for. */
    public enum Field {
        NAME, NOTE, URGENT_CONDITION
    }

    /** One thing the texts lack. */
    public sealed interface Gap permits NoName, NoBusiness, NoContact, Undialable, Untranslated {
    }

    /** The profile has no name: texts speak for the business, or for no one in particular. */
    public record NoName() implements Gap {
    }

    /** The profile has no business (it is optional): texts speak only for the person. */
    public record NoBusiness() implements Gap {
    }

    /** A channel clients see has no number or address: texts name it without one. */
    public record NoContact(Channel channel) implements Gap {
    }

    /**
     * A phone, SMS or WhatsApp channel clients see whose number could not be read as one anybody
     * can dial: it was kept as typed when the numbers were stored as E.164 (issue 11), and texts
     * show it as typed.
     */
    public record Undialable(Channel channel) implements Gap {
    }

    /**
     * A channel's words are not in {@code language}: the text shows an unchecked copy
     * ({@code copied}) or the words of another language.
     */
    public record Untranslated(Channel channel, Field field, String language, boolean copied) implements Gap {
    }

    /** Every gap of a text in {@code language} ("nl", "en", or a tag such as "en-GB"), profile first. */
    public List<Gap> in(String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        List<Gap> gaps = new ArrayList<>();
        if (settings.profile().name().isEmpty()) {
            gaps.add(new NoName());
        }
        if (settings.profile().business().isEmpty()) {
            gaps.add(new NoBusiness());
        }
        for (Channel channel : seen()) {
            if (channel.contact().isBlank()) {
                gaps.add(new NoContact(channel));
            } else if (dialled(channel) && !PhoneNumbers.isE164(channel.contact().replaceAll("[\\s\\-().]", ""))) {
                // "+31 6 12345678" just typed on the Channels page is E.164 with spaces: only a number
                // without its country (kept as typed when it could not be read) is a gap
                gaps.add(new Undialable(channel));
            }
        }
        for (Channel channel : seen()) {
            gaps.addAll(untranslated(channel, List.of(lang)));
        }
        return gaps;
    }

    private static boolean dialled(Channel channel) {
        return channel.type() == ChannelType.PHONE || channel.type() == ChannelType.SMS
                || channel.type() == ChannelType.WHATSAPP;
    }

    /** Whether a text in this language lacks nothing. */
    public boolean complete(String language) {
        return in(language).isEmpty();
    }

    /** The channels the texts name, in the user's order. */
    public List<Channel> seen() {
        return settings.channels().stream()
                .filter(c -> c.urgentOnly() || !WeeklyHours.forChannel(schedule, c.id()).isEmpty()).toList();
    }

    /**
     * A channel's words that are missing or only an unchecked copy in any of {@code languages}:
     * the name always, the note and the urgent condition when there is one in some language.
     */
    public static List<Untranslated> untranslated(Channel channel, List<String> languages) {
        List<Untranslated> list = new ArrayList<>();
        add(list, channel, Field.NAME, channel.names(), languages);
        add(list, channel, Field.NOTE, channel.note(), languages);
        if (channel.urgentOnly()) {
            add(list, channel, Field.URGENT_CONDITION, channel.urgentCondition(), languages);
        }
        return list;
    }

    /** The same over every channel, for the Channels page: what still lacks which language. */
    public static List<Untranslated> untranslated(List<Channel> channels, List<String> languages) {
        List<Untranslated> list = new ArrayList<>();
        for (Channel channel : channels) {
            list.addAll(untranslated(channel, languages));
        }
        return list;
    }

    private static void add(List<Untranslated> list, Channel channel, Field field, Translations words,
            List<String> languages) {
        if (words.blank()) {
            return; // nothing in any language: nothing to translate (an empty note is no gap)
        }
        for (String language : words.missing(languages)) {
            Optional<String> copy = words.in(language);
            list.add(new Untranslated(channel, field, language, copy.isPresent()));
        }
    }
}
