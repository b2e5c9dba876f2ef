package org.reachable.ui.main;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Language;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.DesktopTheme;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.domain.service.ManualSwitch;
import org.reachable.domain.service.OverrideRequest;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.TextGaps;
import org.reachable.domain.text.forwarding.QrCodes;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.conflicts.ConflictsWindow;
import org.reachable.ui.home.ForwardingCard;
import org.reachable.ui.home.HomeView;
import org.reachable.ui.home.HomeViewModel;
import org.reachable.ui.settings.CalendarServerView;
import org.reachable.ui.settings.CalendarServerViewModel;
import org.reachable.ui.settings.PublishSettingsView;
import org.reachable.ui.settings.PublishSettingsViewModel;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;
import org.reachable.ui.texts.TextGapLines;
import org.reachable.ui.texts.TextTemplates;
import org.reachable.ui.texts.TextsView;
import org.reachable.ui.texts.TextsViewModel;
import org.reachable.ui.welcome.WelcomeView;
import org.reachable.ui.welcome.WelcomeViewModel;

/**
 * The window process's screens, built and kept in step: the main window with its pages (week, days
 * off, channels, texts, settings), the welcome on a first start, and what a status change or a
 * change on disk means for each of them. The app builds the adapters and hands them in as ports
 * (app/WindowApp); this class is the screens' side of that wiring. Built on the FX thread.
 */
public final class WindowScreens implements StatusMonitor.Listener {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final Workspace workspace;
    private final StatusMonitor monitor;
    private final Executor io;
    private final Clock clock;
    private final Locale locale;
    private final MainViewModel viewModel;
    private final TextTemplates textTemplates;
    private final TextsViewModel texts;
    private final SchedulePages schedulePages;
    private final SettingsViewModel settings;
    private final SettingsView settingsView;
    private final PublishSettingsViewModel publishing;
    private final MainWindow main;
    private final HomeViewModel home;
    private final ForwardingCard forwarding;
    /** Draws the forwarding card's QR codes; set by the wiring (an adapter), none until then. */
    private volatile QrCodes qrCodes;
    private final SnippetRenderer snippets;
    private final Standby standby;
    private final boolean fallback;
    /** Made at the first status: the auto-reply's first line on the home page. */
    private TextService clientTexts;

    /**
     * @param timer and {@code io}: the monitor's thread, where files are read and written
     * @param fallback without a tray: the window is the app
     * @param exit called on the FX thread to end the process: in fallback when the window closes, else
     *     when nothing shows and the process cannot wait hidden for the next open ({@link Standby})
     */
    public WindowScreens(Workspace workspace, StatusMonitor monitor, Timer timer, Executor io, SnippetRenderer snippets,
            Autostart autostart, DesktopTheme desktopTheme, Clock clock, Locale locale, boolean fallback,
            Runnable exit) {
        this.workspace = workspace;
        this.monitor = monitor;
        this.io = io;
        this.clock = clock;
        this.locale = locale;
        this.snippets = snippets;
        this.fallback = fallback;
        ResourceBundle bundle = MainView.bundle(locale);
        viewModel = new MainViewModel(bundle, MainViewModel.screenLocale(bundle, locale));
        ResourceBundle textsBundle = TextsView.bundle(locale);
        textTemplates = new TextTemplates(snippets, monitor::data, workspace.settings(), clock,
                saved -> io.execute(() -> {
                    monitor.reload(); // the watcher will too; this makes the preview follow at once
                    Platform.runLater(this::textsFollow);
                }), locale);
        schedulePages = new SchedulePages(workspace, timer, io, locale);
        texts = new TextsViewModel(textsBundle, textTemplates, locale.getLanguage(), textTemplates,
                new TextGapLines(textsBundle, this::textGaps, new TextGapLines.Opener() {
                    @Override
                    public void settings() {
                        viewModel.pageProperty().set(MainViewModel.Page.SETTINGS);
                    }

                    @Override
                    public void channel(String channelId, TextGaps.Field field, String language) {
                        viewModel.pageProperty().set(MainViewModel.Page.CHANNELS);
                        schedulePages.openChannel(channelId, field, language);
                    }
                }), clock);
        // the Sieve reminder plans a year of the schedule: off the FX thread, then the page asks again
        textTemplates.makeScriptsOn(io, () -> Platform.runLater(texts::refresh));
        // settings.json's turn may be another process's for up to 10 s: the page's saves wait on io, in order
        textTemplates.saveOn(io, Platform::runLater);
        ResourceBundle settingsBundle = SettingsView.bundle(locale);
        settings = new SettingsViewModel(settingsBundle, autostart, workspace.settings(), clock.getZone(), io,
                Platform::runLater, schedulePages::homeZoneChanged);
        settings.load();
        ResourceBundle homeBundle = HomeView.bundle(locale);
        home = new HomeViewModel(homeBundle, MainViewModel.screenLocale(homeBundle, locale), this::switchTo,
                WindowScreens::copy);
        // the now line follows the header's countdown, which ticks only while the window shows
        viewModel.countdownProperty().addListener((o, was, text) -> home.tick(clock.instant()));
        standby = new Standby(IdlePulse.ofToolkit(), fallback, this::otherLanguage, exit);
        Map<MainViewModel.Page, Parent> pages = new EnumMap<>(MainViewModel.Page.class);
        forwarding = new ForwardingCard(homeBundle, workspace.phones(), this::homeRegion,
                new ForwardingNumber(workspace, monitor, io, clock, locale));
        pages.put(MainViewModel.Page.STATUS, new HomeView(home, homeBundle, forwarding,
                text -> qrCodes == null ? new boolean[0][0] : qrCodes.matrix(text)).root());
        pages.put(MainViewModel.Page.SCHEDULE, schedulePages.weekPage());
        pages.put(MainViewModel.Page.DAYS_OFF, schedulePages.daysOffPage());
        pages.put(MainViewModel.Page.CHANNELS, schedulePages.channelsPage());
        pages.put(MainViewModel.Page.TEXTS, new TextsView(texts, textsBundle).root());
        settingsView = new SettingsView(settings, settingsBundle);
        ResourceBundle publishBundle = PublishSettingsView.bundle(locale);
        publishing = new PublishSettingsViewModel(publishBundle, workspace.settings(), workspace.publishFailures(),
                clock.getZone(), io, Platform::runLater);
        settingsView.addSection(new PublishSettingsView(publishing, publishBundle).root());
        publishing.load();
        pages.put(MainViewModel.Page.SETTINGS, settingsView.root());
        MainView mainView = new MainView(viewModel, bundle, clock, pages);
        main = new MainWindow(bundle.getString("main.title"), mainView.root(),
                fallback, workspace.settings(), clock.getZone(), io, desktopTheme, settings.themeProperty(), () -> {
                    if (monitor.data() != null) {
                        schedulePages.timePassed(monitor.data());
                    }
                }, schedulePages::flush, standby::nothingShows);
        main.onOpen(this::showMain);
        main.whenOnScreen(shown -> {
            mainView.onScreen(shown);
            schedulePages.onScreen(shown);
        });
        if (fallback) {
            viewModel.showNote(bundle.getString("main.noTray"));
        }
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        String autoReply = autoReply(change.data()); // rendered here, off the FX thread
        Platform.runLater(() -> {
            viewModel.show(change.current(), change.data().zone());
            home.show(change.data().resolver(), change.current().at(), autoReply);
            forwarding.load();
            schedulePages.timePassed(change.data());
            if (change.previous() == null) { // the profile is known now: its main language first
                schedulePages.follow(change.data());
                texts.languageProperty().set(mainLanguage(change.data()));
                main.kept(change.data().settings().preferences().window());
            }
            texts.refresh();
        });
    }

    @Override
    public void problem(Problem problem) {
        String words = problem == null ? null : ProblemWords.in(locale).words(problem);
        Platform.runLater(() -> viewModel.showProblem(words));
    }

    /** A data file changed on disk (by the tray, the CLI, an editor); on the monitor's thread. */
    public void filesChanged() {
        monitor.reload();
        schedulePages.follow(monitor.data());
        Platform.runLater(this::textsFollow); // settings (a name, a channel, a template) may change a text only
        settings.load(); // settings.json edited by hand: the Settings page follows
        publishing.load();
        Platform.runLater(standby::filesChanged);
    }

    /** True when a window process started now would speak another language than these screens. */
    private boolean otherLanguage() {
        Workspace.Loaded data = monitor.data();
        return data != null && !ScreenLanguage.language(data.settings().preferences().uiLanguage(),
                ScreenLanguage.system()).equals(locale.getLanguage());
    }

    /**
     * Built. Without a tray the window shows at once; else the process waits hidden for the first
     * open, from when the toolkit's pulse runs (it starts after the startup code returns). Call
     * before the first message is read, so a SHOW queued meanwhile wakes it after. FX thread.
     */
    public void ready() {
        if (fallback) {
            showMain();
        } else {
            Platform.runLater(main::park);
        }
    }

    /**
     * The tray's Open, a tray click or a second start: the window, showing the status as it is now.
     * A process that waited hidden may have slept through a suspend or a clock change (its timers
     * fire late), so the files are read and the status evaluated again before the window shows.
     * FX thread.
     */
    public void open() {
        standby.wake();
        if (main.isShowing()) {
            showMain();
            return;
        }
        io.execute(() -> {
            monitor.reload();
            Platform.runLater(this::showMain); // after the header's update, which reload queued first
        });
    }

    /** A quick action on the home page: the override is set on the monitor's thread, as the tray does. */
    private void switchTo(OverrideRequest request) {
        io.execute(() -> {
            try {
                new ManualSwitch(monitor, clock).apply(request);
            } catch (InvalidScheduleException e) {
                Platform.runLater(() -> home.messageProperty().set(e.getMessage()));
            }
        });
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The auto-reply as it reads now, in the profile's main language; empty when it cannot be made. */
    private String autoReply(Workspace.Loaded data) {
        try {
            if (clientTexts == null) {
                clientTexts = new TextService(snippets);
            }
            TextService.Request request = new TextService.Request(Target.AUTOREPLY, Format.TEXT, null);
            if (!clientTexts.has(request, data.settings())) {
                return "";
            }
            return clientTexts.text(request, new TextService.Data(data.settings(), data.schedule(), data.resolver()),
                    clock.instant()).text();
        } catch (RuntimeException e) { // a SnippetException, or a template that fails: the page goes on
            LOG.warning("The auto-reply for the home page: " + e.getMessage());
            return "";
        }
    }

    /** What the texts lack in the data the app runs on now; null before it is read. */
    private TextGaps textGaps() {
        Workspace.Loaded data = monitor.data();
        return data == null ? null : new TextGaps(data.settings(), data.schedule());
    }

    private void textsFollow() {
        textTemplates.reloaded();
        texts.refresh();
    }

    /** The profile's first language where the Texts screen has it, else the first it has. */
    private static String mainLanguage(Workspace.Loaded data) {
        String first = data.settings().profile().languages().get(0);
        return TextsViewModel.LANGUAGES.contains(first) ? first : TextsViewModel.LANGUAGES.get(0);
    }

    /** The main window, or on a first start (no schedule yet) the welcome. FX thread. */
    public void showMain() {
        if (workspace.schedules().exists() || main.isShowing()) {
            main.show();
            return;
        }
        ResourceBundle bundle = WelcomeView.bundle(locale);
        Stage welcome = new Stage();
        welcome.setTitle(bundle.getString("welcome.window"));
        WelcomeViewModel model = new WelcomeViewModel(clock.getZone(), Language.of(locale), choice -> {
            welcome.hide();
            io.execute(() -> {
                try {
                    new StarterData(workspace).create(Optional.of(choice.zone()), choice.exampleWeek(),
                            Language.of(locale), choice.newcomer(), choice.silenceDesktop());
                } catch (StoreException e) {
                    LOG.severe(e.getMessage());
                    Platform.runLater(() -> viewModel.showProblem(ProblemWords.in(locale).message(e)));
                }
                monitor.reload();
                Platform.runLater(this::showMain);
            });
        });
        model.checkNumbersWith(workspace.phones());
        welcome.setScene(new Scene(new WelcomeView(model, bundle).root()));
        main.showBeside(welcome);
    }

    /** Whether the main window is on the screen (not closed, nor put away by its close button). FX thread. */
    public boolean onScreen() {
        return main.isShowing();
    }

    /** A notification the tray process sends, with a state's icon ("available", "focus", "off") or the app's (""). FX thread. */
    public void showNotification(String title, String text, String icon) {
        standby.wake();
        main.showNotification(title, text, icon);
    }

    /** Writes the last edits and the window's place (queued on the monitor's thread), and waits for the week's. */
    public void close() {
        main.close();
        schedulePages.flushAndWait();
    }

    /** The Days off page's Import… button, with the importer the app built (file or https). */
    public void enableImport(CalendarImporter importer) {
        schedulePages.enableImport(importer);
    }

    /** Settings → Calendar server, over the sync of this data folder. */
    public void enableSync(SyncEngine engine) {
        ResourceBundle bundle = CalendarServerView.bundle(locale);
        CalendarServerViewModel server = new CalendarServerViewModel(bundle, MainViewModel.screenLocale(bundle, locale),
                CalendarServerViewModel.Sync.of(engine), clock.getZone(), io, Platform::runLater);
        settingsView.addSection(new CalendarServerView(server, bundle).root());
        server.load();
        ConflictsWindow conflicts = ConflictsWindow.over(engine, schedulePages.document(), () -> monitor.data() == null
                ? List.of() : monitor.data().settings().channels(), SchedulePages::newUid, clock, io, locale);
        main.onOpen(() -> conflicts.open(main.stage(), this::showMain)); // the tray's "1 change needs your choice"
        server.onChoose(() -> conflicts.open(main.stage(), () -> { }));
        conflicts.onSettled(server::load);
    }

    /** The Days off page's Public holidays… button, with the holidays the app knows. */
    public void enableHolidays(HolidayOffer offer) {
        schedulePages.enableHolidays(offer);
    }

    /** The forwarding card's QR codes are drawn by {@code qr} (the wiring's ZXing adapter). */
    public void enableQrCodes(QrCodes qr) {
        this.qrCodes = qr;
    }

    /** The country a typed forwarding number is read in: the home zone's, as the data says now. */
    private String homeRegion() {
        Workspace.Loaded data = monitor.data();
        return workspace.phones().region(data == null ? clock.getZone() : data.zone()).orElse(null);
    }
}
