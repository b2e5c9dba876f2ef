package org.reachable.domain.service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.OverrideStore;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.StatusResolver;

/** The user's data folder seen through its stores: loads everything a status needs, in order. */
public final class Workspace {

    private final ScheduleStore schedules;
    private final SettingsStore settings;
    private final OverrideStore overrides;
    private final Clock clock;

    public Workspace(ScheduleStore schedules, SettingsStore settings, OverrideStore overrides, Clock clock) {
        this.schedules = schedules;
        this.settings = settings;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** Everything loaded at one moment. */
    public record Loaded(Settings settings, Schedule schedule, Optional<ManualOverride> override) {

        public StatusResolver resolver() {
            return new StatusResolver(schedule, settings.channels(), override);
        }

        public ZoneId zone() {
            return schedule.zone();
        }
    }

    public Loaded load() throws StoreException {
        Settings s = settings.load(clock.getZone());
        Schedule schedule = schedules.load(s.profile().homeZone());
        return new Loaded(s, schedule, overrides.load());
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
}
