package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;

/** `reachable init` and the welcome make the same start, in one home zone. */
class StarterDataTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theChosenZoneBecomesTheHomeZoneOfSettingsAndSchedule() throws Exception {
        InMemoryStores stores = new InMemoryStores(null,
                new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
        Workspace workspace = stores.workspace(new FakeTime(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM));

        Schedule made = new StarterData(workspace).create(Optional.of(LONDON), true, Language.DUTCH);

        assertEquals(LONDON, made.zone());
        assertEquals(LONDON, stores.settings.profile().homeZone(), "no second zone in settings.json");
        assertFalse(made.entries().isEmpty(), "the example week");
        assertEquals(made, stores.schedule);
    }

    @Test
    void withoutAChoiceTheProfilesZoneStays() throws Exception {
        InMemoryStores stores = new InMemoryStores(null,
                new Settings(Profile.defaults(LONDON), Settings.defaultChannels("en")));
        Workspace workspace = stores.workspace(new FakeTime(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM));

        Schedule made = new StarterData(workspace).create(Optional.empty(), false, Language.ENGLISH);

        assertEquals(LONDON, made.zone(), "the profile's zone, not the clock's");
        assertEquals(0, made.entries().size());
    }
}
