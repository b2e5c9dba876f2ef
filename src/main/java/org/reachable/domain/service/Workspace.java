package org.reachable.domain.service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.OverrideStore;
import org.reachable.domain.port.PublicHolidays;
import org.reachable.domain.port.PublishFailures;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StatusMemory;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SubscriptionStore;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.status.StatusResolver;

/** The user's data folder seen through its stores: loads everything a status needs, in order. */
public final class Workspace {

    private final ScheduleStore schedules;
    private final SettingsStore settings;
    private final OverrideStore overrides;
    private final Clock clock;
    private final PhoneNumbers phones;
    private final SubscriptionStore subscriptions;
    private final PublicHolidays holidays;
    private final PublishFailures publishFailures;
    private final StatusMemory statusMemory;

    /** Numbers as typed: for tests of other things. */
    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides, Clock clock) {
        this(schedules, settings, overrides, clock, PhoneNumbers.AS_TYPED);
    }

    /** Subscriptions in memory: for tests of other things. */
    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides, Clock clock,
            PhoneNumbers phones) {
        this(schedules, settings, overrides, SubscriptionStore.inMemory(), clock, phones);
    }

    /** @param phones reads phone numbers: typed ones become E.164 as the settings load */
    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides,
            SubscriptionStore subscriptions, Clock clock, PhoneNumbers phones) {
        this(schedules, settings, overrides, subscriptions, PublishFailures.inMemory(), clock, phones,
                PublicHolidays.NONE);
    }

    /**
     * @param publishFailures where the tray keeps its last failure to publish to the calendar server
     * @param holidays names a public holiday taken as a day off in each text's language
     */
    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides,
            SubscriptionStore subscriptions, PublishFailures publishFailures, Clock clock, PhoneNumbers phones,
            PublicHolidays holidays) {
        this(schedules, settings, overrides, subscriptions, publishFailures, clock, phones, holidays, StatusMemory.NONE);
    }

    /** @param statusMemory what {@code reachable status} last made of this folder's files */
    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides,
            SubscriptionStore subscriptions, PublishFailures publishFailures, Clock clock, PhoneNumbers phones,
            PublicHolidays holidays, StatusMemory statusMemory) {
        this.statusMemory = statusMemory;
        this.holidays = holidays;
        this.publishFailures = publishFailures;
        this.schedules = schedules;
        this.settings = settings;
        this.overrides = overrides;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.phones = phones;
    }

    /** How phone numbers are read and written (libphonenumber in the app, as typed in tests). */
    public PhoneNumbers phones() {
        return phones;
    }

    /**
     * Everything loaded at one moment, with the phone numbers' rules the texts write numbers by, and
     * the calendars imported from an address (what Days off shows, what the tray refreshes), and the
     * holidays' names a text names a public holiday by in its own language.
     */
    public record Loaded(Settings settings, Schedule schedule, Optional<ManualOverride> override,
            PhoneNumbers phones, List<Subscription> subscriptions, PublicHolidays holidays) {

        public Loaded {
            subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
        }

        /** Holidays named only as stored: for tests of other things. */
        public Loaded(Settings settings, Schedule schedule, Optional<ManualOverride> override, PhoneNumbers phones,
                List<Subscription> subscriptions) {
            this(settings, schedule, override, phones, subscriptions, PublicHolidays.NONE);
        }

        /** No subscriptions: for tests of other things. */
        public Loaded(Settings settings, Schedule schedule, Optional<ManualOverride> override, PhoneNumbers phones) {
            this(settings, schedule, override, phones, List.of());
        }

        /** Numbers as typed: for tests of other things. */
        public Loaded(Settings settings, Schedule schedule, Optional<ManualOverride> override) {
            this(settings, schedule, override, PhoneNumbers.AS_TYPED);
        }

        public StatusResolver resolver() {
            return new StatusResolver(schedule, settings.channels(), override);
        }

        public ZoneId zone() {
            return schedule.zone();
        }

        public Loaded withOverride(Optional<ManualOverride> newOverride) {
            return new Loaded(settings, schedule, newOverride, phones, subscriptions, holidays);
        }
    }

    /** What the app runs on, with the problem that made it fall back, if any. */
    public record Recovered(Loaded data, Optional<Problem> problem) {
    }

    /**
     * For the app, which must go on when a file is broken: each file that does not parse is
     * replaced by its backup, or by empty data, and the first problem is reported. The broken file
     * stays on disk untouched until the next save moves it aside.
     */
    public Recovered loadOrRecover() {
        try {
            return new Recovered(load(), Optional.empty());
        } catch (StoreException first) {
            ZoneId systemZone = clock.getZone();
            // without readable settings the home zone is the clock's, as load() and HomeZone have it
            Settings s = firstReadable(() -> settings.load(systemZone),
                    () -> settings.loadBackup(systemZone).orElse(null),
                    () -> new Settings(Profile.defaults(systemZone), Settings.defaultChannels()));
            ZoneId zone = s.profile().homeZone();
            Schedule schedule = firstReadable(() -> schedules.load(zone),
                    () -> schedules.loadBackup(zone).orElse(null),
                    () -> Schedule.empty(zone));
            Optional<ManualOverride> override = firstReadable(overrides::load, Optional::empty);
            List<Subscription> subscribed = firstReadable(subscriptions::load,
                    () -> subscriptions.loadBackup().orElse(null), List::of);
            return new Recovered(new Loaded(PhoneMigration.toE164(s, phones), schedule, override, phones, subscribed,
                    holidays),
                    Optional.of(first.problem()));
        }
    }

    private interface Source<T> {
        T read() throws StoreException;
    }

    @SafeVarargs
    private static <T> T firstReadable(Source<T>... sources) {
        for (Source<T> source : sources) {
            try {
                T value = source.read();
                if (value != null) {
                    return value;
                }
            } catch (StoreException e) {
                // try the next one; the first problem is the one reported
            }
        }
        throw new IllegalStateException("the last source always gives a value");
    }

    public Loaded load() throws StoreException {
        return load(subscriptions::load);
    }

    /**
     * As {@link #load}, but a subscriptions.json that does not parse gives its last good version
     * ({@link SubscriptionStore#loadOrLastGood}): the tray's refresh goes on, and its save keeps the
     * broken file aside, as the app's first read reported it (its line and why).
     */
    public Loaded loadWithLastGoodSubscriptions() throws StoreException {
        return load(subscriptions::loadOrLastGood);
    }

    private Loaded load(Source<List<Subscription>> subscribed) throws StoreException {
        Settings s = PhoneMigration.toE164(settings.load(clock.getZone()), phones);
        Schedule schedule = schedules.load(s.profile().homeZone());
        return new Loaded(s, schedule, overrides.load(), phones, subscribed.read(), holidays);
    }

    public Clock clock() {
        return clock;
    }

    public ScheduleStore schedules() {
        return schedules;
    }

    public SettingsStore settings() {
        return settings;
    }

    public OverrideStore overrides() {
        return overrides;
    }

    /** calendar-publish.json: the tray's last failure to publish to the calendar server, for Settings. */
    public PublishFailures publishFailures() {
        return publishFailures;
    }

    /** What {@code reachable status} last made of the files, to answer again while they stay as they were. */
    public StatusMemory statusMemory() {
        return statusMemory;
    }

    /** subscriptions.json: the calendars imported from an address, written in turns. */
    public SubscriptionStore subscriptions() {
        return subscriptions;
    }
}
