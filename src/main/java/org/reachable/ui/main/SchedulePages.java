package org.reachable.ui.main;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.reachable.domain.edit.ChannelRemoval;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.Debouncer;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.domain.service.Presets;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.TextGaps;
import org.reachable.ui.channels.ChannelsView;
import org.reachable.ui.channels.ChannelsViewModel;
import org.reachable.domain.subscribe.SubscriptionRefresh;
import org.reachable.ui.daysoff.DaysOffView;
import org.reachable.ui.daysoff.DaysOffViewModel;
import org.reachable.ui.daysoff.HolidaysViewModel;
import org.reachable.ui.daysoff.ImportViewModel;
import org.reachable.ui.daysoff.SubscriptionsView;
import org.reachable.ui.daysoff.SubscriptionsViewModel;
import org.reachable.ui.schedule.ScheduleAutoSave;
import org.reachable.ui.schedule.ScheduleView;
import org.reachable.ui.schedule.ScheduleViewModel;

/**
 * The editing pages of the window process and the one schedule document they share: the week
 * editor (and, beside it, days off and channels). Loads the document once the files are read,
 * saves it after every change, and merges in what others write to the files meanwhile.
 */
public final class SchedulePages {

    private static final Logger LOG = Logger.getLogger("org.reachable");
    /** Long enough to write a drag once, short enough that the tray follows within a second. */
    static final Duration SAVE_DELAY = Duration.ofMillis(250);

    private final Workspace workspace;
    private final Timer timer;
    private final Executor io;
    private final ScheduleDocument document;
    private final ScheduleViewModel week;
    private final ScheduleView weekView;
    private final ScheduleAutoSave autoSave;
    private final DaysOffViewModel daysOff;
    private final DaysOffView daysOffView;
    private final ChannelsViewModel channelsModel;
    private final ChannelsView channelsView;
    private List<Channel> channels = List.of();
    private Profile profile;
    private final Debouncer saveDelay;
    private boolean loaded;
    /** The override the week page was last told of. */
    private Optional<ManualOverride> override = Optional.empty();
    private Timer.Cancellable nextMinute;
    /** The main window is on the screen: the now line moves. */
    private boolean onScreen;
    private final Locale locale;
    /** Days off's subscriptions, once the window has an importer to refresh them with. */
    private SubscriptionsViewModel subscriptions;

    /** @param io the thread files are read and written on (the timer's) */
    public SchedulePages(Workspace workspace, Timer timer, Executor io, Locale locale) {
        this.workspace = workspace;
        this.timer = timer;
        this.io = io;
        this.locale = locale;
        Clock clock = workspace.clock();
        document = new ScheduleDocument(Schedule.empty(clock.getZone()));
        ResourceBundle bundle = ScheduleView.bundle(locale);
        week = new ScheduleViewModel(bundle, locale, document, clock, SchedulePages::newUid);
        weekView = new ScheduleView(week, bundle, locale);
        for (Presets.Preset preset : Presets.Preset.values()) {
            weekView.addPreset(bundle.getString("preset." + preset.name()), () -> week.applyPreset(preset));
        }
        week.setAddChannels(this::addChannels);
        daysOff = new DaysOffViewModel(DaysOffView.bundle(locale), document, () -> channels, SchedulePages::newUid,
                clock);
        daysOffView = new DaysOffView(daysOff, DaysOffView.bundle(locale));
        ResourceBundle channelsBundle = ChannelsView.bundle(locale);
        channelsModel = new ChannelsViewModel(channelsBundle, workspace.settings(), clock.getZone(),
                id -> ChannelRemoval.usage(document.current(), id),
                // a removed channel leaves the schedule too (saved with the next save; undo brings the entries back)
                id -> Platform.runLater(() -> document.apply(ChannelRemoval.edit(document.current(), id))),
                io::execute, Platform::runLater);
        channelsModel.checkNumbersWith(workspace.phones());
        channelsView = new ChannelsView(channelsModel, channelsBundle);
        channelsModel.load();
        saveDelay = saveDebouncer(timer, clock, Platform::runLater);
        autoSave = new ScheduleAutoSave(document, workspace.schedules(), saveDelay, io::execute, Platform::runLater,
                week::saveProblem, week::external);
    }

    /** The save waits for a burst of edits to end: {@link #SAVE_DELAY} after the last, on {@code ui}. */
    static Debouncer saveDebouncer(Timer timer, Clock clock, Executor ui) {
        return new Debouncer(timer, clock, SAVE_DELAY, ui);
    }

    /** Gives the Days off page its Import… button, fetching on {@code io} as the files are read. */
    public void enableImport(CalendarImporter importer) {
        ImportViewModel model = new ImportViewModel(DaysOffView.bundle(locale), document, importer, () -> channels,
                workspace.clock(), io, Platform::runLater);
        // an import from an address becomes a subscription, which the tray refreshes (SubscriptionRefresh)
        model.rememberWith((plan, as) -> {
            Schedule after = document.current();
            java.time.Instant at = workspace.clock().instant();
            io.execute(() -> {
                try {
                    workspace.subscriptions().update(list -> SubscriptionRefresh.remember(list, plan, as,
                            java.util.Set.of(), after, at));
                } catch (org.reachable.domain.port.StoreException e) {
                    // the entries are in; only the refresh is not kept: said in the log, tried at the next import
                    java.util.logging.Logger.getLogger(SchedulePages.class.getName()).warning(
                            "Cannot keep the subscription: " + e.getMessage());
                }
            });
        });
        daysOffView.enableImport(model);
        subscriptions = SubscriptionsView.model(DaysOffView.bundle(locale), document, workspace, importer);
        daysOffView.showSubscriptions(subscriptions);
    }

    /**
     * Gives the Days off page its Public holidays… button: the home zone's country (by the same
     * zone table the phone numbers use), holidays named in the first text language, in the user's English.
     */
    public void enableHolidays(HolidayOffer offer) {
        Clock clock = workspace.clock();
        daysOffView.enableHolidays(new HolidaysViewModel(DaysOffView.bundle(locale), document, offer,
                () -> workspace.phones().region(profile == null ? document.zone() : profile.homeZone()),
                () -> profile == null ? locale.getLanguage() : HolidaysViewModel.namedIn(profile), clock));
    }

    public static String newUid() {
        return UUID.randomUUID() + "@reachable";
    }

    /** The schedule the pages edit: one undo history for every screen that changes it. */
    public ScheduleDocument document() {
        return document;
    }

    public Parent weekPage() {
        return weekView.root();
    }

    public Parent channelsPage() {
        return channelsView.root();
    }

    /**
     * Shows a channel on the Channels page with the cursor where something is missing (see
     * {@link ChannelsView#open}); call once that page is the one shown.
     */
    public void openChannel(String channelId, TextGaps.Field field, String language) {
        channelsView.open(channelId, field, language);
    }

    /** The profile's home zone changed (called from any thread): the schedule's times now mean that zone. */
    public void homeZoneChanged(ZoneId zone) {
        Platform.runLater(() -> {
            if (loaded) {
                document.rezone(zone);
            }
        });
    }

    public Parent daysOffPage() {
        return daysOffView.root();
    }

    /** What the files hold (first read, or after a change on disk). On the FX thread. */
    public void show(Workspace.Loaded data, Schedule fromFile) {
        boolean channelsChanged = !loaded || !data.settings().channels().equals(channels);
        channels = data.settings().channels();
        profile = data.settings().profile();
        // only what changed: each of these redoes the whole week page (its texts for every entry),
        // and the page's own save comes back here through the folder watcher after every edit
        if (channelsChanged) {
            week.setChannels(channels);
        }
        if (!loaded || !data.override().equals(override)) {
            override = data.override();
            week.setOverride(override);
        }
        daysOff.refresh(); // channel names, and what is past by now
        if (subscriptions != null) {
            subscriptions.show(data.subscriptions(), data.schedule());
        }
        if (channelsChanged) {
            channelsModel.load(); // settings.json changed elsewhere
        }
        if (!loaded) {
            loaded = true;
            // a file that does not read: edit what the app runs on (its backup, or an empty week);
            // the header says why, and the store moves the broken file aside before the next save
            document.reset(fromFile != null ? fromFile : data.schedule());
            autoSave.start();
            showNow(); // in the schedule's zone, known only now
        } else if (fromFile != null) {
            week.external(fromFile);
        }
    }

    /** Time moved on (the status changed, the window opened): what depends on today follows. */
    public void timePassed(Workspace.Loaded data) {
        override = data.override();
        week.setOverride(override); // and the summary's "next change" from now
        showNow();
        daysOff.refresh();
    }

    private void showNow() {
        ZonedDateTime now = ZonedDateTime.now(workspace.clock().withZone(document.zone()));
        week.page().navigation().todayProperty().set(now.toLocalDate()); // and the grid's today column follows
        weekView.grid().nowMinuteProperty().set(now.getHour() * 60 + now.getMinute());
    }

    /**
     * Moves the grid's now line once a minute while the main window is on the screen, and not at all
     * while it is hidden or put away: a timer task per minute, not an animation, which would keep
     * the toolkit busy. FX thread.
     */
    public void onScreen(boolean shown) {
        onScreen = shown;
        if (nextMinute != null) {
            nextMinute.cancel();
            nextMinute = null;
        }
        if (shown) {
            minuteTick();
        }
    }

    private void minuteTick() {
        showNow();
        Instant now = workspace.clock().instant();
        Instant next = now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        nextMinute = timer.schedule(next, () -> Platform.runLater(() -> {
            if (onScreen) {
                minuteTick();
            }
        }));
    }

    /**
     * The editing pages follow the files: read here on {@code io}, shown on the FX thread. Called at
     * start (the first status) and when a file changed; any thread.
     */
    public void follow(Workspace.Loaded data) {
        io.execute(() -> {
            Schedule fromFile = readFile(data);
            Platform.runLater(() -> show(data, fromFile));
        });
    }

    /** Reads the schedule file as it is now (off the FX thread); null when it does not parse. */
    public Schedule readFile(Workspace.Loaded data) {
        try {
            Schedule schedule = workspace.schedules().load(data.settings().profile().homeZone());
            Platform.runLater(() -> week.fileProblem(null));
            return schedule;
        } catch (StoreException e) {
            LOG.warning("The editor keeps its schedule: " + e.getMessage());
            Platform.runLater(() -> week.fileProblem(ProblemWords.in(locale).message(e)));
            return null;
        }
    }

    /** The window closes or the process ends: what is not written yet is written now. */
    public void flush() {
        saveDelay.stop();
        autoSave.saveNow();
    }

    /**
     * The process ends: what is pending is written before the timer thread stops — on that
     * thread, after any save already under way there, so an older save cannot land last.
     */
    public void flushAndWait() {
        saveDelay.stop();
        if (!loaded || !document.dirty()) {
            return;
        }
        Schedule last = document.current();
        CountDownLatch written = new CountDownLatch(1);
        io.execute(() -> {
            try {
                workspace.schedules().save(last);
            } catch (StoreException e) {
                LOG.severe("The last schedule edits could not be saved: " + e.getMessage());
            } finally {
                written.countDown();
            }
        });
        try {
            if (!written.await(5, TimeUnit.SECONDS)) {
                LOG.severe("The last schedule edits were still being saved when Reachable closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A preset brought channels (the urgent line): they go to settings.json, after what is there. */
    private void addChannels(List<Channel> added) {
        io.execute(() -> {
            try {
                Settings changed = workspace.settings().update(workspace.clock().getZone(), settings -> {
                    List<Channel> channels = new ArrayList<>(settings.channels());
                    channels.addAll(added);
                    return settings.withChannels(channels);
                });
                Platform.runLater(() -> week.setChannels(changed.channels()));
            } catch (StoreException | RuntimeException e) {
                Platform.runLater(() -> week.saveProblem(ProblemWords.in(locale).message(e)));
            }
        });
    }
}
