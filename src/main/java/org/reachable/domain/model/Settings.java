package org.reachable.domain.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about the user that is not the schedule: profile and channels. Later issues add
 * template overrides, hooks and UI preferences.
 */
public record Settings(Profile profile, List<Channel> channels) {

    /** At most this many channels; the status engine keeps one bit per channel. */
    public static final int MAX_CHANNELS = 64;

    public Settings {
        profile = profile == null ? Profile.defaults(java.time.ZoneId.systemDefault()) : profile;
        channels = channels == null ? List.of() : List.copyOf(channels);
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

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The four channels a newcomer starts with. */
    public static List<Channel> defaultChannels() {
        return List.of(
                new Channel("phone", ChannelType.PHONE, "Phone", "", "within 1 hour", "next reachable window",
                        Fallback.VOICEMAIL, false, ""),
                new Channel("email", ChannelType.EMAIL, "E-mail", "", "within 2 hours", "within 1 working day",
                        Fallback.AUTO_REPLY, false, ""),
                new Channel("whatsapp", ChannelType.WHATSAPP, "WhatsApp Business", "", "within 1 hour",
                        "next reachable window", Fallback.AUTO_REPLY, false, ""),
                new Channel("sms", ChannelType.SMS, "SMS", "", "within 2 hours", "next reachable window",
                        Fallback.NONE, false, ""));
    }
}
