package org.reachable.publish;

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
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.service.Workspace;

/**
 * A user who publishes: the example week in Amsterdam, published on Thursday 22 October 2026 at
 * 10:00, three days before Europe's clocks go back (25 October) and ten before America's (1
 * November), with a day off on Wednesday 28 October whose reason and name must stay private, and
 * an urgent line.
 */
public final class PublishFixture {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final Instant PUBLISHED = Instant.parse("2026-10-22T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(PUBLISHED, AMSTERDAM);
    /** The day off's name in the schedule: private, never published. */
    static final String PRIVATE_SUMMARY = "Tandarts en ziekenhuis";
    static final LocalDate DAY_OFF = LocalDate.of(2026, 10, 28);

    private PublishFixture() {
    }

    /** The data folder {@code dir}, with {@code name} as the profile's name, in {@code languages}. */
    public static Workspace.Loaded create(Path dir, String name, Register register, List<String> languages)
            throws Exception {
        return create(dir, name, register, languages, CLOCK, DAY_OFF);
    }

    /** As above, set up at {@code clock}'s instant with the day off on {@code dayOff}. */
    static Workspace.Loaded create(Path dir, String name, Register register, List<String> languages, Clock clock,
            LocalDate dayOff) throws Exception {
        Files.createDirectories(dir);
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl"));
            CliHarness.Result init = CliHarness.run(clock, dir, "init", "--example", "--zone", AMSTERDAM.getId());
            if (init.code() != 0) {
                throw new IllegalStateException("init --example failed: " + init.err());
            }
        } finally {
            Locale.setDefault(previous);
        }
        Workspace workspace = new AppEnvironment(clock).workspace(Optional.of(dir.toString()));
        Workspace.Loaded loaded = workspace.load();
        Schedule schedule = loaded.schedule();
        List<ScheduleEntry> entries = new ArrayList<>(schedule.entries());
        entries.add(new DayOff("dayoff@test", PRIVATE_SUMMARY, dayOff, dayOff, DayOffReason.SICK,
                "Anna de Vries, 06 12345678", null, false));
        workspace.schedules().save(new Schedule(schedule.zone(), entries));
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
        workspace.settings().save(s.withProfile(s.profile().withName(name).withBusiness("Reisbureau Zonnig")
                .withRegister(register).withLanguages(languages)).withChannels(channels));
        return workspace.load();
    }
}
