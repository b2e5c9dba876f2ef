package org.reachable.domain.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;

/**
 * What a newcomer starts with, for {@code reachable init} and the welcome window alike: settings
 * with four channels in their language (kept when there are settings already) and an empty week
 * or the example week, in the home zone.
 */
public final class StarterData {

    private final Workspace workspace;

    public StarterData(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Writes the starter settings and schedule.
     *
     * @param zone the home zone the user chose; it becomes the profile's. Empty keeps the profile's
     *     zone, or for new settings takes the clock's
     * @return the schedule written
     */
    public Schedule create(Optional<ZoneId> zone, boolean exampleWeek, Language language) throws StoreException {
        ZoneId home;
        if (workspace.settings().exists()) {
            Settings settings = workspace.settings().load(zone.orElse(workspace.clock().getZone()));
            home = zone.orElse(settings.profile().homeZone());
            if (!home.equals(settings.profile().homeZone())) {
                workspace.settings().save(settings.withProfile(settings.profile().withHomeZone(home)));
            }
        } else {
            home = zone.orElse(workspace.clock().getZone());
            workspace.settings().save(new Settings(Profile.defaults(home), Settings.defaultChannels(language.code())));
        }
        Schedule schedule = exampleWeek
                ? ExampleWeek.create(home, LocalDate.ofInstant(workspace.clock().instant(), home), language.code())
                : Schedule.empty(home);
        workspace.schedules().save(schedule);
        return schedule;
    }
}
