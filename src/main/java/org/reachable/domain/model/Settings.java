package org.reachable.domain.model;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything about the user that is not the schedule: profile, channels, preferences and the
 * user's own versions of text templates.
 *
 * @param templateOverrides template text the user wrote, keyed {@code <target>.<lang>.<format>}
 *     (e.g. {@code autoreply.nl.text}); a key that is absent uses the shipped template
 */
public record Settings(Profile profile, List<Channel> channels, Preferences preferences,
        Map<String, String> templateOverrides) {

    /** At most this many channels; the status engine keeps one bit per channel. */
    public static final int MAX_CHANNELS = 64;

    public Settings {
        profile = profile == null ? Profile.defaults(ZoneId.systemDefault()) : profile;
        channels = channels == null ? List.of() : List.copyOf(channels);
        // a settings.json written before preferences existed reads as the defaults
        preferences = preferences == null ? Preferences.defaults() : preferences;
        // a settings.json written before template overrides existed reads as none; sorted, so the
        // file keeps a stable order
        templateOverrides = templateOverrides == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(templateOverrides));
        if (channels.size() > MAX_CHANNELS) {
            throw new InvalidScheduleException("At most " + MAX_CHANNELS + " channels are supported");
        }
        Set<String> ids = new HashSet<>();
        for (Channel channel : channels) {
            if (!ids.add(channel.id())) {
                throw new InvalidScheduleException("Two channels share the id " + channel.id());
            }
        }
    }

    public Settings(Profile profile, List<Channel> channels) {
        this(profile, channels, Preferences.defaults());
    }

    public Settings(Profile profile, List<Channel> channels, Preferences preferences) {
        this(profile, channels, preferences, Map.of());
    }

    public Settings withProfile(Profile newProfile) {
        return new Settings(newProfile, channels, preferences, templateOverrides);
    }

    public Settings withChannels(List<Channel> newChannels) {
        return new Settings(profile, newChannels, preferences, templateOverrides);
    }

    public Settings withPreferences(Preferences newPreferences) {
        return new Settings(profile, channels, newPreferences, templateOverrides);
    }

    /** These settings with the user's own text for one template (key {@code autoreply.nl.text}). */
    public Settings withTemplate(String key, String text) {
        Map<String, String> changed = new TreeMap<>(templateOverrides);
        changed.put(key, text);
        return new Settings(profile, channels, preferences, changed);
    }

    /** These settings with one template back to the shipped default. */
    public Settings withoutTemplate(String key) {
        Map<String, String> changed = new TreeMap<>(templateOverrides);
        changed.remove(key);
        return new Settings(profile, channels, preferences, changed);
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * The four channels a newcomer starts with, named in every text language, with promises that
     * each language words itself.
     */
    public static List<Channel> defaultChannels() {
        Promise hour = Promise.within(Duration.ofHours(1));
        Promise twoHours = Promise.within(Duration.ofHours(2));
        Promise whenBack = Promise.of(Promise.Kind.WHEN_BACK);
        Promise nextDay = Promise.of(Promise.Kind.NEXT_WORKING_DAY);
        return List.of(
                new Channel("phone", ChannelType.PHONE, ChannelType.PHONE.standardNames(), "", hour, whenBack,
                        Translations.none(), Fallback.VOICEMAIL, false, Translations.none()),
                new Channel("email", ChannelType.EMAIL, ChannelType.EMAIL.standardNames(), "", twoHours, nextDay,
                        Translations.none(), Fallback.AUTO_REPLY, false, Translations.none()),
                new Channel("whatsapp", ChannelType.WHATSAPP, ChannelType.WHATSAPP.standardNames(), "", hour,
                        whenBack, Translations.none(), Fallback.AUTO_REPLY, false, Translations.none()),
                new Channel("sms", ChannelType.SMS, ChannelType.SMS.standardNames(), "", twoHours, whenBack,
                        Translations.none(), Fallback.NONE, false, Translations.none()));
    }

    /** The same four channels; the language no longer matters, every channel speaks both. */
    public static List<Channel> defaultChannels(String language) {
        return defaultChannels();
    }
}
