package org.reachable.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Settings;
import org.reachable.ui.daysoff.DaysOffView;
import org.reachable.ui.daysoff.DaysOffViewModel;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every word the editing screens show of their own comes from their bundle, in Dutch and in
 * English (BundlesTest checks both bundles have every key): nothing is typed into the code.
 */
@ExtendWith(ApplicationExtension.class)
class VisibleTextsTest {

    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T09:00:00Z"),
            AMSTERDAM);
    private Stage stage;
    private int uids;

    private static org.reachable.domain.model.Schedule week() {
        return org.reachable.domain.service.ExampleWeek.create(AMSTERDAM, java.time.LocalDate.of(2026, 11, 23));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Parent show(FxRobot robot, Parent root) {
        robot.interact(() -> {
            stage.setScene(new Scene(root, 1000, 700));
            stage.show();
        });
        return root;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-NL", "en-GB", "en-US"})
    void theWeekEditorSpeaksOnlyFromItsBundles(String tag, FxRobot robot) {
        Locale locale = Locale.forLanguageTag(tag);
        ResourceBundle bundle = ScheduleView.bundle(locale);
        ScheduleViewModel model = new ScheduleViewModel(bundle, locale,
                new ScheduleDocument(week()), CLOCK, () -> "x" + ++uids);
        model.setChannels(Settings.defaultChannels(locale.getLanguage()));
        Parent root = show(robot, new ScheduleView(model, bundle, locale).root());
        assertTrue(VisibleTexts.of(root).size() > 15, "the check sees the toolbar, table and footer");
        assertEquals(List.of(), VisibleTexts.notInBundles(root, bundle,
                ResourceBundle.getBundle("org.reachable.ui.schedule.WeekGrid", locale)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-NL", "en-GB"})
    void theDaysOffPageSpeaksOnlyFromItsBundle(String tag, FxRobot robot) {
        Locale locale = Locale.forLanguageTag(tag);
        ResourceBundle bundle = DaysOffView.bundle(locale);
        DaysOffViewModel model = new DaysOffViewModel(bundle, new ScheduleDocument(week()),
                () -> Settings.defaultChannels(locale.getLanguage()), () -> "x" + ++uids, CLOCK);
        Parent root = show(robot, new DaysOffView(model, bundle).root());
        assertTrue(VisibleTexts.of(root).size() > 10, "the check sees the page");
        assertEquals(List.of(), VisibleTexts.notInBundles(root, bundle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-NL", "en-GB"})
    void theChannelsAndSettingsPagesSpeakOnlyFromTheirBundles(String tag, FxRobot robot) {
        Locale locale = Locale.forLanguageTag(tag);
        MemorySettingsStore store = new MemorySettingsStore(new Settings(
                org.reachable.domain.model.Profile.defaults(AMSTERDAM), Settings.defaultChannels(locale.getLanguage())));
        ResourceBundle channelsBundle = org.reachable.ui.channels.ChannelsView.bundle(locale);
        var channels = new org.reachable.ui.channels.ChannelsViewModel(channelsBundle, store, AMSTERDAM, id -> 0,
                id -> { }, Runnable::run, Runnable::run);
        channels.load();
        Parent channelsRoot = show(robot, new org.reachable.ui.channels.ChannelsView(channels, channelsBundle).root());
        assertTrue(VisibleTexts.of(channelsRoot).size() > 10, "the check sees the page");
        assertEquals(List.of(), VisibleTexts.notInBundles(channelsRoot, channelsBundle));

        ResourceBundle settingsBundle = org.reachable.ui.settings.SettingsView.bundle(locale);
        org.reachable.domain.port.Autostart never = new org.reachable.testing.NoAutostart();
        var settings = new org.reachable.ui.settings.SettingsViewModel(settingsBundle, never, store, AMSTERDAM,
                Runnable::run, Runnable::run);
        settings.load();
        Parent settingsRoot = show(robot, new org.reachable.ui.settings.SettingsView(settings, settingsBundle).root());
        assertTrue(VisibleTexts.of(settingsRoot).size() > 10, "the check sees the page");
        assertEquals(List.of(), VisibleTexts.notInBundles(settingsRoot, settingsBundle));
    }
}
