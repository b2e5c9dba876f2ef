package org.reachable.grammar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.service.Workspace;

/**
 * A user's data folder as a newcomer gets it (`reachable init --example` on a Dutch or an English
 * system), in a temp folder, then either left as it is (the empty profile) or filled in the way
 * the user would (the full profile): name, business, phone and e-mail, an urgent line and a
 * stand-in for the Christmas days off. Both have the Christmas days off, so that "on a day off"
 * has a day off to be on. The data goes through the real stores, so a migration of settings.json
 * is part of what the texts are made from.
 */
final class ClientData {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00 in Amsterdam: the day the user sets up Reachable. */
    static final Clock SET_UP = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);

    static final String NAME = "Marieke Jansen";
    static final String FIRST_NAME = "Marieke";
    static final String BUSINESS = "Reisbureau Zonnig";
    static final String STAND_IN = "Anna de Vries";

    /** How much the user filled in. */
    enum Profile {
        FULL(null), EMPTY(null),
        /** The full profile for clients in London, whose clock changes with Amsterdam's. */
        LONDON(ZoneId.of("Europe/London")),
        /** The full profile for clients in New York, whose clock changes on other Sundays. */
        NEW_YORK(ZoneId.of("America/New_York"));

        /** The clients' zone the profile names; null: clients are in the home zone. */
        final ZoneId clients;

        Profile(ZoneId clients) {
            this.clients = clients;
        }

        boolean full() {
            return this != EMPTY;
        }

        @Override
        public String toString() {
            return clients == null ? name().toLowerCase(Locale.ROOT) + " profile"
                    : "full profile, clients in " + clients.getId();
        }
    }

    private ClientData() {
    }

    /**
     * Creates the data folder {@code dir} as a user of a {@code system} language ("nl", "en")
     * would, and loads it.
     */
    static Workspace.Loaded create(Path dir, String system, Profile profile) throws Exception {
        Files.createDirectories(dir);
        Locale previous = Locale.getDefault();
        try {
            // the first start writes channel names and the example week in the system's language
            Locale.setDefault(Locale.forLanguageTag(system));
            CliHarness.Result init = CliHarness.run(SET_UP, dir, "init", "--example");
            if (init.code() != 0) {
                throw new IllegalStateException("init --example failed: " + init.err());
            }
        } finally {
            Locale.setDefault(previous);
        }
        Workspace workspace = new AppEnvironment(SET_UP).workspace(Optional.of(dir.toString()));
        Workspace.Loaded loaded = workspace.load();
        boolean dutch = "nl".equals(system);
        Schedule schedule = loaded.schedule();
        List<ScheduleEntry> entries = new ArrayList<>(schedule.entries());
        entries.add(new DayOff("christmas@test", dutch ? "Kerstvakantie" : "Christmas holiday",
                LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), DayOffReason.HOLIDAY,
                profile.full() ? STAND_IN + ", 06 12345678" : "", null, false));
        workspace.schedules().save(new Schedule(schedule.zone(), entries));
        if (profile.full()) {
            Settings s = loaded.settings();
            List<Channel> channels = new ArrayList<>();
            for (Channel c : s.channels()) {
                channels.add(switch (c.id()) {
                    case "phone" -> c.withContact("020 123 4567");
                    case "email" -> c.withContact("marieke@zonnig.nl");
                    case "whatsapp" -> c.withContact("06 12345678");
                    default -> c;
                });
            }
            channels.add(Channel.of("urgent", ChannelType.PHONE, Translations.of("Spoednummer", "Emergency number"))
                    .withContact("06 87654321").withUrgentOnly(Translations.of(
                            "alleen voor klanten die in het buitenland vastzitten", "only for clients stuck abroad")));
            workspace.settings().save(s.withProfile(s.profile().withName(NAME).withBusiness(BUSINESS)
                    .withClientZone(profile.clients)).withChannels(channels));
        }
        return workspace.load();
    }
}
