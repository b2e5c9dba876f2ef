package org.reachable.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.LogFile;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.os.OsAutostart;
import org.reachable.adapters.os.OsDesktopTheme;
import org.reachable.adapters.os.ParentProcess;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.domain.model.Language;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.TextGaps;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainWindow;
import org.reachable.ui.main.SchedulePages;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;
import org.reachable.ui.texts.TextGapLines;
import org.reachable.ui.texts.TextsView;
import org.reachable.ui.texts.TextsViewModel;
import org.reachable.ui.welcome.WelcomeView;
import org.reachable.ui.welcome.WelcomeViewModel;

/**
 * The window process, wired: the main window, the first-start welcome and notifications, all
 * JavaFX. The tray process starts it when needed and sends it {@link ProcessMessage}s on standard
 * input; it ends when its window closes and no notification shows, so the toolkit does not idle
 * all day. Without a tray ({@code fallback}) its window is the app, and closing it quits.
 */
final class WindowApp {

    private static final Logger LOG = LogFile.get();

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final boolean fallback;
    private final Clock clock;
    private final Locale locale = Locale.getDefault();
    private final Workspace workspace;
    private final ScheduledTimer timer;
    private final StatusMonitor monitor;
    private final CountDownLatch ended = new CountDownLatch(1);
    private MainViewModel viewModel;
    private MainWindow main;
    private TextsViewModel texts;
    private TextTemplates textTemplates;
    private SettingsViewModel settings;
    private SchedulePages schedulePages;
    private FolderWatcher watcher;
    private boolean exiting;

    private WindowApp(AppEnvironment environment, DataFolder folder, boolean fallback) {
        this.environment = environment;
        this.folder = folder;
        this.fallback = fallback;
        this.clock = environment.clock();
        this.workspace = environment.workspace(folder);
        this.timer = new ScheduledTimer(clock);
        this.monitor = new StatusMonitor(workspace, timer, clock);
    }

    /** Runs the window process until it exits; the toolkit starts here, not through a static launch. */
    static int launch(AppEnvironment environment, DataFolder folder, boolean fallback) {
        // its output already goes to reachable.log (the tray process redirects it there); a second
        // FileHandler on the same file would find it locked and start reachable.log.1
        LogFile.toConsole();
        AppLanguage.apply(environment.workspace(folder).settings());
        WindowApp app = new WindowApp(environment, folder, fallback);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                app.start();
            } catch (IOException | RuntimeException e) {
                LOG.severe("The window cannot start: " + e);
                app.exit();
            }
        });
        try {
            app.ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void start() throws IOException {
        ResourceBundle bundle = MainView.bundle(locale);
        viewModel = new MainViewModel(bundle);
        ResourceBundle textsBundle = TextsView.bundle(locale);
        textTemplates = new TextTemplates(environment.snippets(), monitor::data, workspace.settings(), clock,
                saved -> timer.execute(() -> {
                    monitor.reload(); // the watcher will too; this makes the preview follow at once
                    Platform.runLater(this::textsFollow);
                }), locale);
        texts = new TextsViewModel(textsBundle, textTemplates::render, locale.getLanguage(), textTemplates,
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
                }));
        ResourceBundle settingsBundle = SettingsView.bundle(locale);
        schedulePages = new SchedulePages(workspace, timer, timer, locale);
        settings = new SettingsViewModel(settingsBundle, OsAutostart.fromSystem(), workspace.settings(),
                clock.getZone(), timer::execute, Platform::runLater, schedulePages::homeZoneChanged);
        settings.load();
        Map<MainViewModel.Page, Parent> pages = new EnumMap<>(MainViewModel.Page.class);
        pages.put(MainViewModel.Page.SCHEDULE, schedulePages.weekPage());
        pages.put(MainViewModel.Page.DAYS_OFF, schedulePages.daysOffPage());
        pages.put(MainViewModel.Page.CHANNELS, schedulePages.channelsPage());
        pages.put(MainViewModel.Page.TEXTS, new TextsView(texts, textsBundle).root());
        pages.put(MainViewModel.Page.SETTINGS, new SettingsView(settings, settingsBundle).root());
        main = new MainWindow(bundle.getString("main.title"), new MainView(viewModel, bundle, clock, pages).root(),
                fallback, workspace.settings(), clock.getZone(), timer, OsDesktopTheme.fromSystem(),
                settings.themeProperty(), () -> {
                    if (monitor.data() != null) {
                        schedulePages.timePassed(monitor.data());
                    }
                }, schedulePages::flush, this::exit);
        main.onOpen(this::showMain);
        schedulePages.followTheClock(main.stage());
        if (fallback) {
            viewModel.showNote(bundle.getString("main.noTray"));
        }
        monitor.addListener(new StatusMonitor.Listener() {
            @Override
            public void statusChanged(StatusMonitor.Change change) {
                Platform.runLater(() -> {
                    viewModel.show(change.current(), change.data().zone());
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
        });
        watcher = FolderWatcher.dataFiles(folder, () -> timer.execute(() -> {
            monitor.reload();
            schedulePages.follow(monitor.data());
            Platform.runLater(this::textsFollow); // settings (a name, a channel, a template) may change a text only
            settings.load(); // settings.json edited by hand: the Settings page follows
        }));
        timer.execute(monitor::start);
        ParentProcess.listen(System.in, message -> Platform.runLater(() -> handle(message)),
                line -> LOG.warning("Unknown message from the tray process: " + line),
                // the tray process is gone: a window process without it has no reason to stay
                () -> Platform.runLater(() -> {
                    if (!fallback) {
                        exit();
                    }
                }));
        if (fallback) {
            showMain();
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

    private void handle(ProcessMessage message) {
        if (message instanceof ProcessMessage.Show) {
            showMain();
        } else if (message instanceof ProcessMessage.Notify notify) {
            main.showNotification(notify.title(), notify.text());
        } else if (message instanceof ProcessMessage.Quit) {
            exit();
        }
    }

    /** The main window, or on a first start (no schedule yet) the welcome. */
    private void showMain() {
        if (folder.schedule().toFile().exists() || main.isShowing()) {
            main.show();
            return;
        }
        ResourceBundle bundle = WelcomeView.bundle(locale);
        Stage welcome = new Stage();
        welcome.setTitle(bundle.getString("welcome.window"));
        WelcomeViewModel model = new WelcomeViewModel(clock.getZone(), Language.of(locale), choice -> {
            welcome.hide();
            timer.execute(() -> {
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
        welcome.setScene(new Scene(new WelcomeView(model, bundle).root()));
        main.showBeside(welcome);
    }

    /** Writes what is pending, stops the threads and the toolkit; {@link #launch} returns. FX thread. */
    private void exit() {
        if (exiting) {
            return; // a Quit, then the tray's end of input; or the close below
        }
        exiting = true;
        if (main != null) {
            main.close(); // writes the last edits and the window's place, on the timer thread
        }
        if (schedulePages != null) {
            schedulePages.flushAndWait();
        }
        if (watcher != null) {
            watcher.close();
        }
        monitor.stop();
        timer.closeAfterQueued(Duration.ofSeconds(5)); // the window's place, queued as it closed
        Platform.exit();
        ended.countDown();
    }
}
