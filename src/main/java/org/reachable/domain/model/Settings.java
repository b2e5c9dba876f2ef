package org.reachable.domain.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about the user that is not the schedule: profile, channels and preferences (later
 * issues add template overrides).
 */
public record Settings(Profile profile, List<Channel> channels, Preferences preferences) {

    /** At most this many channels; the status engine keeps one bit per channel. */
    public static final int MAX_CHANNELS = 64;

    public Settings {
        profile = profile == null ? Profile.defaults(java.time.ZoneId.systemDefault()) : profile;
        channels = channels == null ? List.of() : List.copyOf(channels);
        // a settings.json written before preferences existed reads as the defaults
        preferences = preferences == null ? Preferences.defaults() : preferences;
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

    public Settings withPreferences(Preferences newPreferences) {
        return new Settings(profile, channels, newPreferences);
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The four channels a newcomer starts with, named in English. */
    public static List<Channel> defaultChannels() {
        return defaultChannels("en");
    }

    /**
     * The four channels a newcomer starts with. They become the user's own data, so they are
     * written in the user's language ("nl" or "en") once, when the data folder is created.
     */
    public static List<Channel> defaultChannels(String language) {
        boolean dutch = "nl".equals(language);
        String hour = dutch ? "binnen 1 uur" : "within 1 hour";
        String twoHours = dutch ? "binnen 2 uur" : "within 2 hours";
        String nextWindow = dutch ? "in het volgende bereikbaarheidsvenster" : "in the next reachable window";
        String workingDay = dutch ? "binnen 1 werkdag" : "within 1 working day";
        return List.of(
                new Channel("phone", ChannelType.PHONE, dutch ? "Telefoon" : "Phone", "", hour, nextWindow,
                        Fallback.VOICEMAIL, false, ""),
                new Channel("email", ChannelType.EMAIL, "E-mail", "", twoHours, workingDay,
                        Fallback.AUTO_REPLY, false, ""),
                new Channel("whatsapp", ChannelType.WHATSAPP, "WhatsApp Business", "", hour, nextWindow,
                        Fallback.AUTO_REPLY, false, ""),
                new Channel("sms", ChannelType.SMS, dutch ? "Sms" : "SMS", "", twoHours, nextWindow,
                        Fallback.NONE, false, ""));
    }
}
