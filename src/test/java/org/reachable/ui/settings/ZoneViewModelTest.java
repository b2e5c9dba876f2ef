package org.reachable.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Settings;

/** The zones part of the Settings page: a home zone said before it is saved, taken back, or refused. */
class ZoneViewModelTest extends SettingsModelFixture {

    @Test
    void aNewHomeZoneIsSavedAndThenTheAppIsTold() {
        List<ZoneId> told = new ArrayList<>();
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run, zone -> {
                    assertEquals(zone, store.settings.profile().homeZone(), "told after it is saved");
                    told.add(zone);
                });
        m.load();
        m.zones().clientZoneProperty().set("Europe/London");
        m.zones().homeZoneProperty().set("Europe/London");
        assertEquals(AMSTERDAM, store.settings.profile().homeZone(), "said first, saved when confirmed");
        assertEquals("Your windows, focus blocks and days off keep their times on the clock: 9:00–11:00 stays "
                + "9:00–11:00, now in Europe/London instead of Europe/Amsterdam.", m.zones().zoneChangeProperty().get());
        assertEquals(List.of(), told);
        m.zones().confirmHomeZone();
        assertEquals("", m.zones().zoneChangeProperty().get());
        assertEquals(ZoneId.of("Europe/London"), store.settings.profile().homeZone());
        assertEquals(null, store.settings.profile().clientZone(), "no client zone equal to home");
        assertEquals("", m.zones().clientZoneProperty().get());
        assertEquals(List.of(ZoneId.of("Europe/London")), told);
    }

    @Test
    void aHomeZoneChangeCanBeTakenBack() {
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run);
        m.load();
        m.zones().homeZoneProperty().set("America/New_York");
        m.zones().cancelHomeZone();
        assertEquals("Europe/Amsterdam", m.zones().homeZoneProperty().get());
        assertEquals("", m.zones().zoneChangeProperty().get());
        assertEquals(AMSTERDAM, store.settings.profile().homeZone());
    }

    @Test
    void anUnknownZoneIsRefused() {
        List<ZoneId> told = new ArrayList<>();
        SettingsViewModel m = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                autostart, store, AMSTERDAM, Runnable::run, Runnable::run, told::add);
        m.load();
        m.zones().homeZoneProperty().set("Mars/Olympus_Mons");
        assertEquals("Europe/Amsterdam", m.zones().homeZoneProperty().get());
        assertEquals("There is no time zone \"Mars/Olympus_Mons\"; pick one from the list.", m.problemProperty().get());
        m.zones().clientZoneProperty().set("Atlantis/Capital");
        assertEquals("", m.zones().clientZoneProperty().get());
        assertEquals(0, store.saves);
        assertEquals(List.of(), told);
    }
}
