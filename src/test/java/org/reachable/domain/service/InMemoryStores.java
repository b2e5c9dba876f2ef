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

/** Stores that keep their data in fields; the schedule can be made to look broken. */
public final class InMemoryStores {

    public Schedule schedule;
    Schedule scheduleBackup;
    Settings settings;
    ManualOverride override;
    String scheduleProblem;

    public InMemoryStores(Schedule schedule, Settings settings) {
        this.schedule = schedule;
        this.settings = settings;
    }

    public Workspace workspace(Clock clock) {
        return new Workspace(new Schedules(), new SettingsFile(), new Overrides(), clock);
    }

    private final class Schedules implements ScheduleStore {
        @Override
        public Schedule load(ZoneId homeZone) throws StoreException {
            if (scheduleProblem != null) {
                throw new StoreException("schedule.ics", 3, scheduleProblem);
            }
            return schedule;
        }

        @Override
        public Optional<Schedule> loadBackup(ZoneId homeZone) {
            return Optional.ofNullable(scheduleBackup);
        }

        @Override
        public void save(Schedule s) {
            schedule = s;
        }

        @Override
        public boolean exists() {
            return true;
        }
    }

    private final class SettingsFile implements SettingsStore {
        @Override
        public Settings load(ZoneId defaultZone) {
            return settings;
        }

        @Override
        public Optional<Settings> loadBackup(ZoneId defaultZone) {
            return Optional.empty();
        }

        @Override
        public void save(Settings s) {
            settings = s;
        }

        @Override
        public boolean exists() {
            return settings != null; // a first start has no settings.json yet
        }
    }

    private final class Overrides implements OverrideStore {
        @Override
        public Optional<ManualOverride> load() {
            return Optional.ofNullable(override);
        }

        @Override
        public void save(ManualOverride o) {
            override = o;
        }

        @Override
        public void clear() {
            override = null;
        }
    }
}
