package org.reachable.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.publish.CalendarPublish;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.settings.PublishSettingsView;
import org.reachable.ui.settings.PublishSettingsViewModel;

/**
 * A failure to publish to the calendar on the server is kept by the tray process
 * (calendar-publish.json) and shown by Settings next to the switch, with when and why in the
 * window's language, until a publish goes through.
 */
class PublishFailureLineTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Instant FAILED = Instant.parse("2026-12-07T13:05:00Z");

    @TempDir
    Path dir;
    private final FakeTime clock = new FakeTime(FAILED, AMSTERDAM);

    private PublishSettingsViewModel settingsPage(Workspace workspace, String language) throws Exception {
        workspace.settings().update(AMSTERDAM, s -> s.withPreferences(s.preferences().withPublishCalendar(true)));
        PublishSettingsViewModel model = new PublishSettingsViewModel(ResourceBundle.getBundle(PublishSettingsView.BUNDLE,
                Locale.forLanguageTag(language)), workspace.settings(), workspace.publishFailures(), AMSTERDAM,
                Runnable::run, Runnable::run);
        model.load();
        return model;
    }

    @Test
    void theTraysLastFailureShowsInSettingsWithItsTimeUntilAPublishGoesThrough() throws Exception {
        Workspace tray = new AppEnvironment(clock).workspace(Optional.of(dir.toString()));
        List<String> told = new ArrayList<>();
        TrayPublish publish = new TrayPublish(new AppEnvironment(clock).publisher(), () -> {
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, "https://dav.example", "refused"));
        }, tray.publishFailures(), clock, Locale.ENGLISH, (title, text) -> told.add(text));
        Problem problem = Problem.of(ProblemKind.PUBLISH_CALENDAR, CalendarPublish.CALENDAR,
                Problem.of(ProblemKind.SYNC_UNREACHABLE, "https://dav.example", "refused"));
        publish.failed(problem, true);
        assertEquals(1, told.size(), "the notification as before");

        // the window is another process: it reads what the tray kept
        Workspace window = new AppEnvironment(clock).workspace(Optional.of(dir.toString()));
        assertEquals("Mislukt op 7 december om 14.05 uur: kan je bereikbaarheid niet publiceren in de agenda"
                + " \"Reachable – availability\" op je agendaserver: https://dav.example: kan de server niet bereiken"
                + " (refused); je wijzigingen wachten en gaan mee zodra hij weer antwoordt. Reachable probeert het"
                + " opnieuw bij de volgende wijziging.", settingsPage(window, "nl").calendarFailureProperty().get());
        PublishSettingsViewModel english = settingsPage(window, "en");
        String line = english.calendarFailureProperty().get();
        assertTrue(line.startsWith("Failed on 7 December at 14:05: cannot publish your availability to the calendar"
                + " \"Reachable – availability\" on your calendar server: https://dav.example: "), line);
        assertTrue(line.endsWith(". Reachable tries again at the next change."), line);
        english.calendarProperty().set(false);
        assertEquals("", english.calendarFailureProperty().get(), "switched off: no failure shown");

        clock.advance(Duration.ofMinutes(10));
        publish.published(new CalendarPublish.Report(CalendarPublish.CALENDAR, 3, 0, 0));
        assertEquals("", settingsPage(window, "en").calendarFailureProperty().get(), "cleared after a success");
        assertEquals("{ }", Files.readString(dir.resolve("calendar-publish.json")).strip());
    }
}
