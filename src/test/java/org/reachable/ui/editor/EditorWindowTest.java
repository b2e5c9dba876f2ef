package org.reachable.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.StatusResolver;
import org.reachable.ui.Appearance;
import org.reachable.ui.MemorySettingsStore;
import org.reachable.ui.Snapshots;
import org.reachable.ui.channels.ChannelsView;
import org.reachable.ui.channels.ChannelsViewModel;
import org.reachable.ui.daysoff.DaysOffView;
import org.reachable.ui.daysoff.DaysOffViewModel;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainViewModel.Page;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window with the three editing pages sharing one schedule, as the window process wires
 * them, in Dutch and English, light and dark: an edit on one page shows on the other, and the
 * pictures (target/screenshots/editor-*.png, copied to docs/) are what a user sees.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 26 November 2026, 10:00 in Amsterdam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), AMSTERDAM);

    private Stage stage;
    private int uids;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The example week, plus what a real week has: an evening window past midnight, a clash, days off. */
    static Schedule week() {
        List<ScheduleEntry> entries = new ArrayList<>(ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23))
                .entries());
        entries.add(new ReachableWindow("late", "Late calls", Weekly.of(EnumSet.of(DayOfWeek.FRIDAY),
                TimeRange.of("22:00", "01:00")), Set.of("phone")));
        entries.add(new FocusBlock("deep", "Deep work", Weekly.of(EnumSet.of(DayOfWeek.THURSDAY),
                TimeRange.of("08:30", "11:30")), Set.of()));
        entries.add(new DayOff("xmas", "Kerstvakantie", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                DayOffReason.VACATION, "Anna de Vries, 06 12345678", LocalDate.of(2027, 1, 4), false));
        entries.add(new ExtraWindow("sat", "Zaterdagochtend", new Dated(LocalDate.of(2026, 12, 5).atTime(9, 0),
                LocalDate.of(2026, 12, 5).atTime(12, 0)), Set.of("phone", "email")));
        return new Schedule(AMSTERDAM, entries);
    }

    @ParameterizedTest
    @CsvSource({"nl-NL, false, editor-nl", "en-GB, false, editor-en", "nl-NL, true, editor-dark-nl",
            "en-US, true, editor-dark-en"})
    void theEditingPagesShareOneScheduleAndLookRight(String tag, boolean dark, String name, FxRobot robot)
            throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        Settings settings = new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels(locale.getLanguage()));
        ScheduleDocument document = new ScheduleDocument(week());
        var scheduleBundle = ScheduleView.bundle(locale);
        ScheduleViewModel week = new ScheduleViewModel(scheduleBundle, locale, document, CLOCK, () -> "u" + ++uids);
        week.setChannels(settings.channels());
        ScheduleView weekView = new ScheduleView(week, scheduleBundle, locale);
        var daysOffBundle = DaysOffView.bundle(locale);
        DaysOffViewModel daysOff = new DaysOffViewModel(daysOffBundle, document, settings::channels, () -> "d" + ++uids,
                CLOCK);
        var channelsBundle = ChannelsView.bundle(locale);
        ChannelsViewModel channels = new ChannelsViewModel(channelsBundle, new MemorySettingsStore(settings), AMSTERDAM,
                id -> 0, id -> { }, Runnable::run, Runnable::run);
        channels.load();
        var mainBundle = MainView.bundle(locale);
        MainViewModel main = new MainViewModel(mainBundle);
        main.show(new StatusResolver(document.current(), settings.channels(), Optional.empty()).status(CLOCK.instant()),
                AMSTERDAM);
        Map<Page, Parent> pages = new EnumMap<>(Page.class);
        pages.put(Page.SCHEDULE, weekView.root());
        pages.put(Page.DAYS_OFF, new DaysOffView(daysOff, daysOffBundle).root());
        pages.put(Page.CHANNELS, new ChannelsView(channels, channelsBundle).root());
        robot.interact(() -> {
            Scene scene = new Scene(new MainView(main, mainBundle, CLOCK, pages).root(), 1180, 760);
            Appearance.apply(scene, dark);
            stage.setScene(scene);
            stage.show();
            weekView.grid().todayProperty().set(DayOfWeek.THURSDAY);
            weekView.grid().nowMinuteProperty().set(10 * 60);
            main.pageProperty().set(Page.SCHEDULE);
        });
        assertTrue(weekView.root().isVisible());
        assertEquals(2, week.page().warnings().size(), "the Thursday window inside the deep-work block; SMS in no window");
        assertTrue(week.page().blocks().stream().anyMatch(b -> b.day() == DayOfWeek.THURSDAY && b.warning()));
        assertTrue(week.page().blocks().stream().anyMatch(b -> b.uid().equals("late") && b.endMinute() == 25 * 60));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + ".png"));

        // the form, as a dialog over the window, in the same appearance
        robot.clickOn(weekView.grid());
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.Node form = robot.lookup(".entry-form").query();
        assertEquals(dark, Appearance.isDark(form.getScene()) || form.getScene().getRoot().getStylesheets()
                .contains(Appearance.DARK_CSS), "the dialog follows the window's appearance");
        Snapshots.take(robot, form.getScene(), Path.of("target/screenshots/" + name + "-form.png"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        // a day off added on the Days off page is in the same document the week editor undoes
        robot.interact(() -> document.apply(org.reachable.domain.edit.ScheduleEdit.add(
                org.reachable.domain.edit.ScheduleEdit.Action.CREATE, List.of(DayOff.of("sick", LocalDate.of(2026, 11,
                        27), LocalDate.of(2026, 11, 27), DayOffReason.SICK)))));
        assertTrue(daysOff.daysOff().stream().anyMatch(r -> r.entry().uid().equals("sick")));
        robot.interact(() -> main.pageProperty().set(Page.DAYS_OFF));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + "-daysoff.png"));
        robot.interact(week::undo);
        assertTrue(daysOff.daysOff().stream().noneMatch(r -> r.entry().uid().equals("sick")), "undone from the week editor");
        robot.interact(() -> main.pageProperty().set(Page.CHANNELS));
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/" + name + "-channels.png"));
    }
}
