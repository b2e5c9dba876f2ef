package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.Autostart;
import org.reachable.testing.NoAutostart;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.HomeZone;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.Status;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;

/**
 * One home zone: a change keeps every entry at its wall-clock times, through the real files, in a
 * week when the clocks change (Europe on Sunday 29 March 2026; New York already on summer time):
 * through HomeZone (as {@code reachable profile --zone} does; ProfileCommandTest runs the command
 * itself), by hand in settings.json, and on the Settings page.
 */
class HomeZoneChangeTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 23 March 2026; Europe's clocks go forward on Sunday the 29th. */
    private static final LocalDate DST_WEEK = LocalDate.of(2026, 3, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-23T07:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    private Workspace workspace() {
        return new AppEnvironment(CLOCK).workspace(DataFolder.at(dir));
    }

    /** What the status says through the week and the Monday after, read as wall-clock times. */
    private static List<String> week(Workspace.Loaded data) {
        List<String> seen = new ArrayList<>();
        ZoneId zone = data.settings().profile().homeZone();
        for (int day = 0; day < 8; day++) {
            for (String time : List.of("08:30", "09:30", "10:59", "11:00", "12:00", "13:30", "16:30", "18:00")) {
                LocalDateTime local = DST_WEEK.plusDays(day).atTime(LocalTime.parse(time));
                Status status = data.resolver().status(local.atZone(zone).toInstant());
                seen.add(local + " " + status.state() + (status.until() == null ? ""
                        : " until " + LocalDateTime.ofInstant(status.until(), zone)));
            }
        }
        return seen;
    }

    @Test
    void aHomeZoneChangeKeepsWallClockTimesAmsterdamLondonNewYork() throws Exception {
        Workspace workspace = workspace();
        workspace.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, DST_WEEK));
        Workspace.Loaded inAmsterdam = workspace.load();
        List<String> amsterdamWeek = week(inAmsterdam);
        assertEquals("2026-03-23T09:30 AVAILABLE until 2026-03-23T11:00", amsterdamWeek.get(1));

        for (ZoneId next : List.of(LONDON, NEW_YORK)) {
            Schedule changed = new HomeZone(workspace).change(next);
            Workspace.Loaded after = workspace().load(); // as the tray and the CLI read it next
            assertEquals(next, after.settings().profile().homeZone());
            assertEquals(next, after.zone(), "the schedule is in the one home zone");
            assertEquals(inAmsterdam.schedule().entries(), changed.entries(), "9:00-11:00 stays 9:00-11:00");
            assertEquals(inAmsterdam.schedule().entries(), after.schedule().entries());
            assertEquals(amsterdamWeek, week(after), "the same wall-clock week in " + next);
        }
    }

    @Test
    void aHomeZoneEditedInSettingsJsonAloneKeepsWallClockTimesToo() throws Exception {
        Workspace workspace = workspace();
        workspace.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, DST_WEEK));
        List<String> amsterdamWeek = week(workspace.load());

        // what a user does by hand: schedule.ics still says TZID=Europe/Amsterdam everywhere
        workspace.settings().update(AMSTERDAM, s -> s.withProfile(s.profile().withHomeZone(NEW_YORK)));

        Workspace.Loaded after = workspace().load();
        assertEquals(NEW_YORK, after.zone());
        assertEquals(amsterdamWeek, week(after), "no window moved by the six hours between the zones");
        Status mondayMorning = after.resolver().status(
                DST_WEEK.atTime(9, 30).atZone(NEW_YORK).toInstant());
        assertEquals(DayOfWeek.MONDAY, DST_WEEK.getDayOfWeek());
        assertEquals("AVAILABLE", mondayMorning.state().name());
    }

    @Test
    void theSettingsPageKeepsWallClockTimesAmsterdamLondonNewYork() throws Exception {
        Workspace workspace = workspace();
        workspace.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, DST_WEEK));
        Workspace.Loaded inAmsterdam = workspace.load();
        List<String> amsterdamWeek = week(inAmsterdam);
        // the window process's editor: the page tells it the new zone, it writes the week in it
        ScheduleDocument editor = new ScheduleDocument(inAmsterdam.schedule());
        SettingsViewModel page = new SettingsViewModel(ResourceBundle.getBundle(SettingsView.BUNDLE, Locale.ENGLISH),
                NO_AUTOSTART, workspace.settings(), AMSTERDAM, Runnable::run, Runnable::run, zone -> {
                    editor.rezone(zone);
                    try {
                        workspace.schedules().save(editor.current());
                    } catch (StoreException e) {
                        throw new AssertionError(e);
                    }
                });
        page.load();

        String from = AMSTERDAM.getId();
        for (ZoneId next : List.of(LONDON, NEW_YORK)) {
            page.zones().homeZoneProperty().set(next.getId());
            assertEquals("Your windows, focus blocks and days off keep their times on the clock: 9:00–11:00 stays "
                    + "9:00–11:00, now in " + next.getId() + " instead of " + from + ".",
                    page.zones().zoneChangeProperty().get(), "said before it saves");
            assertEquals(ZoneId.of(from), workspace().load().zone(),
                    "nothing saved before it is confirmed");
            page.zones().confirmHomeZone();
            assertEquals("", page.problemProperty().get());
            Workspace.Loaded after = workspace().load(); // as the tray and the CLI read it next
            assertEquals(next, after.zone());
            assertEquals(inAmsterdam.schedule().entries(), after.schedule().entries(), "9:00-11:00 stays 9:00-11:00");
            assertEquals(amsterdamWeek, week(after), "the same wall-clock week in " + next);
            assertTrue(Files.readString(dir.resolve("schedule.ics")).contains("TZID=" + next.getId()),
                    "the file's copy of the zone follows, for calendar apps");
            from = next.getId();
        }
    }

    private static final Autostart NO_AUTOSTART = new NoAutostart();
}
