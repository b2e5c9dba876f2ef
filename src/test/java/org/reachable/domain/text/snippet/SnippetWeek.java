package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reachable.adapters.phone.LibPhoneNumbers;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Translations;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.StatusResolver;

/**
 * The week every text test reads: the example week (phone and e-mail Mon–Fri 9–11 and 16–18,
 * WhatsApp 9–17, focus Wednesday 13–17), a day off on Friday 27 November 2026 with a stand-in,
 * and an urgent line (numbers stored E.164, as the app stores them); a virtual assistant covers
 * WhatsApp outside its hours; and the three
 * moments the goldens are made at.
 */
public final class SnippetWeek {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The moments of the golden files, by the name in the file name. */
    public enum Moment {
        /** Thursday 26 November 2026, 10:00: inside the morning window. */
        WINDOW("2026-11-26T09:00:00Z"),
        /** Wednesday 25 November 2026, 14:00: in the afternoon focus block. */
        FOCUS("2026-11-25T13:00:00Z"),
        /** Friday 27 November 2026, 10:00: the day off; back on Monday 30 November. */
        DAYOFF("2026-11-27T09:00:00Z");

        public final Instant at;

        Moment(String at) {
            this.at = Instant.parse(at);
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Numbers as the app writes them in texts (stored E.164, written "+31 6 12345678"). */
    public static final PhoneNumbers PHONES = new LibPhoneNumbers();

    private SnippetWeek() {
    }

    public static Schedule schedule() {
        List<ScheduleEntry> entries = new ArrayList<>(
                ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)).entries());
        entries.add(new DayOff("dayoff-27@test", "Vrij", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27),
                DayOffReason.OTHER, "Anna de Vries, 06 12345678", null, false));
        return new Schedule(AMSTERDAM, entries);
    }

    /** The user's channels, written in {@code language} as a user of that language would. */
    public static Settings settings(String language) {
        return settings(language, "Marieke Jansen", "Reisbureau Zonnig");
    }

    public static Settings settings(String language, String name, String business) {
        boolean nl = "nl".equals(language);
        List<Channel> channels = new ArrayList<>();
        for (Channel c : Settings.defaultChannels(language)) {
            channels.add(switch (c.id()) {
                case "phone" -> c.withContact("+31201234567");
                case "email" -> c.withContact("marieke@zonnig.nl");
                // a virtual assistant answers WhatsApp outside its hours (the assistant briefing's case)
                case "whatsapp" -> c.withContact("+31612345678").withFallback(Fallback.ASSISTANT);
                default -> c;
            });
        }
        channels.add(Channel.of("urgent", ChannelType.PHONE, Translations.of("Spoednummer", "Emergency number"))
                .withContact("+31687654321")
                .withUrgentOnly(Translations.of("alleen voor reizigers die in het buitenland vastzitten",
                        "only for travellers stuck abroad")));
        return new Settings(new Profile(name, business, AMSTERDAM, List.of("nl", "en"), null), channels);
    }

    public static SnippetModel model(String language, Moment moment) {
        return model(settings(language), schedule(), language, moment.at);
    }

    /** The dated variant: texts pasted once name the day off in force or coming (the voicemail's moments). */
    public static SnippetModel dated(Settings settings, Schedule schedule, String language, Instant at) {
        return SnippetModel.of(settings, schedule, new StatusResolver(schedule, settings.channels(), Optional.empty()),
                language, at, null, PHONES, true);
    }

    public static SnippetModel model(Settings settings, Schedule schedule, String language, Instant at) {
        return SnippetModel.of(settings, schedule, new StatusResolver(schedule, settings.channels(), Optional.empty()),
                language, at, null, PHONES);
    }
}
