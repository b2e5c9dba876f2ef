package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
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

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static String contact(Settings settings, String channel) {
        return settings.channel(channel).map(Channel::contact).orElseThrow();
    }

    @Test
    void theWelcomesProfileAndContactsGoIntoTheNewSettings() throws Exception {
        InMemoryStores stores = new InMemoryStores(null, null);
        Profile told = new Profile("Anne de Vries", "De Vries Vertalingen", AMSTERDAM, List.of("en", "nl"), LONDON,
                Register.U, EnglishVariant.AMERICAN);

        new StarterData(stores.workspace(new FakeTime(MONDAY, AMSTERDAM))).create(Optional.of(AMSTERDAM), true,
                Language.ENGLISH, Optional.of(new StarterData.Newcomer(told, " +31 6 12345678 ", "anne@vries.nl")));

        assertEquals(told, stores.settings.profile());
        assertEquals("+31 6 12345678", contact(stores.settings, "phone"));
        assertEquals("+31 6 12345678", contact(stores.settings, "sms"));
        assertEquals("+31 6 12345678", contact(stores.settings, "whatsapp"), "with the country code it fits WhatsApp");
        assertEquals("anne@vries.nl", contact(stores.settings, "email"));
        assertEquals(AMSTERDAM, stores.schedule.zone());
    }

    @Test
    void aNumberWithoutCountryCodeLeavesWhatsAppEmptyAndABadDetailIsNeverSaved() throws Exception {
        InMemoryStores stores = new InMemoryStores(null, null);
        StarterData.Newcomer newcomer = new StarterData.Newcomer(Profile.defaults(AMSTERDAM), "06 12345678", "anne@");

        new StarterData(stores.workspace(new FakeTime(MONDAY, AMSTERDAM))).create(Optional.of(LONDON), false,
                Language.DUTCH, Optional.of(newcomer));

        assertEquals("06 12345678", contact(stores.settings, "phone"));
        assertEquals("", contact(stores.settings, "whatsapp"));
        assertEquals("", contact(stores.settings, "email"));
        assertEquals(LONDON, stores.settings.profile().homeZone(), "the zone chosen, not the profile's");
    }

    @Test
    void aClientZoneEqualToTheHomeZoneIsNone() throws Exception {
        InMemoryStores stores = new InMemoryStores(null, null);
        Profile told = Profile.defaults(AMSTERDAM).withClientZone(LONDON);

        new StarterData(stores.workspace(new FakeTime(MONDAY, AMSTERDAM))).create(Optional.of(LONDON), false,
                Language.DUTCH, Optional.of(new StarterData.Newcomer(told, "", "")));

        assertNull(stores.settings.profile().clientZone());
    }

    @Test
    void skippingKeepsTheSettingsThatExistAndTheirContacts() throws Exception {
        Settings had = new Settings(Profile.defaults(AMSTERDAM).withName("Anne"), Settings.defaultChannels().stream()
                .map(c -> c.id().equals("phone") ? c.withContact("020 123 4567") : c).toList());
        InMemoryStores stores = new InMemoryStores(null, had);

        new StarterData(stores.workspace(new FakeTime(MONDAY, AMSTERDAM))).create(Optional.of(AMSTERDAM), true,
                Language.DUTCH, Optional.empty());

        assertEquals(had, stores.settings);
    }

    @Test
    void theWelcomesNoToSilencingIsSavedAndAnInitAfterwardsKeepsIt() throws Exception {
        InMemoryStores stores = new InMemoryStores(null, null);
        var workspace = stores.workspace(new FakeTime(MONDAY, AMSTERDAM));

        new StarterData(workspace).create(Optional.of(AMSTERDAM), true, Language.DUTCH, Optional.empty(), false);
        assertEquals(false, stores.settings.preferences().silenceDesktop());

        new StarterData(workspace).create(Optional.of(AMSTERDAM), false, Language.DUTCH);
        assertEquals(false, stores.settings.preferences().silenceDesktop(), "reachable init asks nothing about it");
    }
}
