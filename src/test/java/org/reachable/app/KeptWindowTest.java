package org.reachable.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.Timer;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.testing.NoAutostart;
import org.reachable.ui.main.IdlePulse;
import org.reachable.ui.main.WindowScreens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window process kept between opens (issue 16): closing the window keeps it, and the next open
 * shows the status as it is then, even when its timer slept through a suspend or the clock was
 * set meanwhile; a new display language ends it, so the next open starts one in that language.
 * The clock is moved by the test; the timer never fires, as a timer that sleeps through a suspend.
 */
@ExtendWith(ApplicationExtension.class)
class KeptWindowTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 08:30 in Amsterdam: the example week is reachable from 9:00. */
    private static final Instant MONDAY_0830 = Instant.parse("2026-11-23T07:30:00Z");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(MONDAY_0830);
    /** A timer that slept through the suspend: nothing it holds has fired yet. */
    private final Timer sleeping = (when, task) -> () -> { };
    /** When the screens asked their timer for a task (the week's now line, each minute while on the screen). */
    private final List<Instant> asked = new CopyOnWriteArrayList<>();
    private final Timer screensTimer = (when, task) -> {
        asked.add(when);
        return () -> { };
    };
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private Workspace workspace;
    private WindowScreens screens;
    /** The main window, found while it shows (the toolkit lists showing windows only). */
    private Stage main;

    @Start
    void start(Stage stage) {
        // the toolkit only: the window process builds its own windows
    }

    @AfterEach
    void pulseForTheOtherTests(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().stream().toList().forEach(Window::hide);
            IdlePulse.ofToolkit().start();
        });
    }

    private void openTheWindowThenCloseIt(FxRobot robot, String headline) throws Exception {
        workspace = new AppEnvironment(clock).workspace(DataFolder.at(dir));
        // screens in English, chosen in Settings (not left to the system, which other tests in this JVM set)
        workspace.settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en"))
                .withPreferences(Preferences.defaults().withUiLanguage("en")));
        workspace.schedules().save(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23)));
        StatusMonitor monitor = new StatusMonitor(workspace, sleeping, clock);
        robot.interact(() -> {
            screens = new WindowScreens(workspace, monitor, screensTimer, Runnable::run, new MustacheRenderer(),
                    new NoAutostart(), () -> false, clock, Locale.ENGLISH, false, () -> ended.add("exit"));
            monitor.addListener(screens);
            monitor.start();
            screens.ready(); // started ahead by the tray: built, hidden
        });
        // shown and put away at once, drawn, then the pulse stops (a few pulses later)
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !IdlePulse.ofToolkit().running()).get());
        robot.interact(() -> assertFalse(IdlePulse.ofToolkit().running(), "no pulse while it waits for the first open"));
        List<Window> counted = WaitForAsyncUtils.asyncFx(
                () -> Window.getWindows().stream().filter(Window::isShowing).toList()).get();
        assertEquals(1, counted.size(), "only the main window, made ready while nobody waits: not even the"
                + " notifications' anchor, a blank frame on a desktop without a compositor");
        main = (Stage) counted.get(0);
        assertEquals("Reachable", main.getTitle());
        assertFalse(screens.onScreen(), "put away at once: not on the screen");
        Instant nextMinute = clock.instant().truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        assertFalse(asked.contains(nextMinute), "the week's now line does not tick while it waits");
        List<WindowEvent> shown = new CopyOnWriteArrayList<>();
        main.addEventHandler(WindowEvent.WINDOW_SHOWN, shown::add);
        robot.interact(screens::open);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screens.onScreen());
        assertEquals(List.of(), shown, "the first open brings back the window made ahead, as a later open does:"
                + " no first show to pay for (~150 ms of CPU, JFR)");
        assertTrue(asked.contains(nextMinute), "on the screen, the now line moves each minute");
        assertEquals(headline, headline(robot));
        closeButton(robot);
        assertEquals(List.of(), ended, "kept, hidden, for the next open");
        assertFalse(screens.onScreen());
        robot.interact(() -> assertFalse(IdlePulse.ofToolkit().running(), "no pulse while it waits"));
    }

    /** What the window manager's close button does: WM_DELETE_WINDOW, a close request to the window. */
    private void closeButton(FxRobot robot) {
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCloseButtonPutsTheWindowAwayDrawnAndTheNextOpenBringsItBackWhereItWas(FxRobot robot) throws Exception {
        openTheWindowThenCloseIt(robot, "Not reachable");
        assertTrue(main.isShowing(), "put away, not hidden: a hidden window loses its styles and drawing, and the"
                + " next open would style, lay out and draw all of it again (~100 ms of CPU)");
        String countdown = countdown(robot);
        clock.set(Instant.parse("2026-11-23T07:45:00Z"));
        Thread.sleep(1500); // the countdown ticks each second while the window is on the screen, not while away
        assertEquals(countdown, countdown(robot), "no ticking while it is away");
        double[] before = {main.getX(), main.getY(), main.getWidth(), main.getHeight()};

        robot.interact(screens::open);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screens.onScreen());
        assertEquals("in 15 min", countdown(robot), "8:45: the countdown of now at once");
        assertEquals(List.of(before[0], before[1], before[2], before[3]),
                List.of(main.getX(), main.getY(), main.getWidth(), main.getHeight()), "where it was, as large");
        closeButton(robot);
        robot.interact(screens::open);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screens.onScreen(), "and again");
    }

    @Test
    void aWindowWhereItOpensByItselfIsNotWrittenToSettings(FxRobot robot) throws Exception {
        openTheWindowThenCloseIt(robot, "Not reachable");
        assertNull(workspace.settings().load(AMSTERDAM).preferences().window(), "nothing to keep: a write of"
                + " settings.json makes both processes read every file again, in the middle of a first open");
    }

    @Test
    void afterASuspendTheNextOpenShowsTheStatusOfNowNotOfBeforeTheSuspend(FxRobot robot) throws Exception {
        openTheWindowThenCloseIt(robot, "Not reachable"); // 08:30, before the first window
        clock.set(Instant.parse("2026-11-23T08:30:00Z")); // resumed at 9:30: reachable, the timer not fired yet

        robot.interact(screens::open);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screens.onScreen());
        assertEquals("Available", headline(robot), "9:30: the status of now, read before the window shows");
        robot.interact(() -> assertTrue(IdlePulse.ofToolkit().running(), "the window is drawn"));
    }

    @Test
    void aClockSetBackIsFollowedAsWell(FxRobot robot) throws Exception {
        clock.set(Instant.parse("2026-11-23T08:30:00Z"));
        openTheWindowThenCloseIt(robot, "Available"); // 9:30
        clock.set(MONDAY_0830); // the user sets the clock back an hour

        robot.interact(screens::open);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not reachable", headline(robot));
        assertEquals("outside hours, until 9:00", detail(robot));
    }

    @Test
    void aNewDisplayLanguageChosenWhileItWaitsEndsItAndOtherSettingsDoNot(FxRobot robot) throws Exception {
        openTheWindowThenCloseIt(robot, "Not reachable");
        workspace.settings().update(AMSTERDAM, s -> s.withProfile(s.profile().withName("Anna")));
        robot.interact(screens::filesChanged); // as the folder watcher calls it
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), ended, "another setting: it keeps waiting");

        workspace.settings().update(AMSTERDAM, s -> s.withPreferences(s.preferences().withUiLanguage("nl")));
        robot.interact(screens::filesChanged);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("exit"), ended, "the next open starts a window process that speaks Dutch");
    }

    private String headline(FxRobot robot) {
        return robot.from(main.getScene().getRoot()).lookup(".headline").queryAs(Label.class).getText();
    }

    private String countdown(FxRobot robot) {
        return robot.from(main.getScene().getRoot()).lookup(".countdown").queryAs(Label.class).getText();
    }

    private String detail(FxRobot robot) {
        return robot.from(main.getScene().getRoot()).lookup(".detail").queryAs(Label.class).getText();
    }

    /** The wall clock, as the test sets it (a resume, or the user setting the time); its zones share it. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant now) {
            this(new AtomicReference<>(now), AMSTERDAM);
        }

        private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
