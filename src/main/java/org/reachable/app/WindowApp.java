package org.reachable.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.os.OsAutostart;
import org.reachable.adapters.os.OsDesktopTheme;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.domain.model.Language;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.MainWindowPlace;
import org.reachable.ui.main.Notifier;
import org.reachable.ui.main.SchedulePages;
import org.reachable.ui.main.ThemeFollower;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;
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

    private static final Logger LOG = AppLog.get();

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final boolean fallback;
    private final Clock clock;
    private final Locale locale = Locale.getDefault();
    private final Workspace workspace;
    private final ScheduledTimer timer;
    private final StatusMonitor monitor;
    private final CountDownLatch ended = new CountDownLatch(1);
    private Stage anchor;
    private Stage mainStage;
    private MainViewModel viewModel;
    private MainWindowPlace place;
    private ThemeFollower themes;
    private Notifier notifier;
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
        AppLog.toConsole();
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
        anchor = anchorStage();
        ResourceBundle bundle = MainView.bundle(locale);
        viewModel = new MainViewModel(bundle);
        mainStage = new Stage();
        mainStage.setTitle(bundle.getString("main.title"));
        mainStage.getIcons().addAll(icons());
        notifier = new Notifier(this::showMain, this::exitIfIdle);
        ResourceBundle textsBundle = TextsView.bundle(locale);
        textTemplates = new TextTemplates(environment.snippets(), monitor::data, workspace.settings(), clock,
                saved -> timer.execute(() -> {
                    monitor.reload(); // the watcher will too; this makes the preview follow at once
                    Platform.runLater(this::textsFollow);
                }));
        texts = new TextsViewModel(textsBundle, textTemplates::render, locale.getLanguage(), textTemplates);
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
        mainStage.setScene(new Scene(new MainView(viewModel, bundle, clock, pages).root()));
        themes = new ThemeFollower(OsDesktopTheme.fromSystem(), timer, settings.themeProperty()::get);
        themes.follow(mainStage.getScene());
        settings.themeProperty().addListener((o, was, now) -> themes.apply()); // live, as the choice changes
        themes.askDesktop();
        schedulePages.followTheClock(mainStage);
        place = new MainWindowPlace(mainStage, workspace.settings(), clock.getZone(), timer);
        mainStage.setOnHidden(e -> {
            schedulePages.flush();
            place.save();
            exitIfIdle();
        });
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
                        place.kept(change.data().settings().preferences().window());
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
        listenToTray();
        if (fallback) {
            showMain();
        }
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

    /** ControlsFX notifications need some window; a transparent 1x1 utility stage serves. */
    private static Stage anchorStage() {
        Stage stage = new Stage(StageStyle.UTILITY);
        Scene scene = new Scene(new Region(), 1, 1);
        scene.setFill(Color.TRANSPARENT);
        stage.setScene(scene);
        stage.setOpacity(0);
        stage.setX(-100);
        stage.setY(-100);
        stage.show();
        return stage;
    }

    private void listenToTray() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    Optional<ProcessMessage> message = ProcessMessage.parse(line);
                    if (message.isEmpty()) {
                        LOG.warning("Unknown message from the tray process: " + line);
                    }
                    message.ifPresent(m -> Platform.runLater(() -> handle(m)));
                }
            } catch (IOException e) {
                LOG.warning("Lost the tray process: " + e.getMessage());
            }
            // the tray process is gone: a window process without it has no reason to stay
            if (!fallback) {
                Platform.runLater(this::exit);
            }
        }, "reachable-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private void handle(ProcessMessage message) {
        if (message instanceof ProcessMessage.Show) {
            showMain();
        } else if (message instanceof ProcessMessage.Notify notify) {
            notifier.show(notify.title(), notify.text());
        } else if (message instanceof ProcessMessage.Quit) {
            exit();
        }
    }

    private void showMain() {
        if (!folder.schedule().toFile().exists() && !mainStage.isShowing()) {
            showWelcome();
            return;
        }
        place.beforeShowing();
        if (!mainStage.isShowing()) {
            themes.askDesktop(); // the OS's preference may have changed since the window was last open
            if (monitor.data() != null) {
                schedulePages.timePassed(monitor.data());
            }
        }
        mainStage.show();
        mainStage.setIconified(false);
        mainStage.toFront();
        mainStage.requestFocus();
    }

    private void showWelcome() {
        ResourceBundle bundle = WelcomeView.bundle(locale);
        Stage welcome = new Stage();
        welcome.setTitle(bundle.getString("welcome.window"));
        welcome.getIcons().addAll(icons());
        WelcomeViewModel model = new WelcomeViewModel(clock.getZone(), choice -> {
            welcome.hide();
            timer.execute(() -> {
                try {
                    new StarterData(workspace).create(Optional.of(choice.zone()), choice.exampleWeek(),
                            Language.of(locale));
                } catch (StoreException e) {
                    LOG.severe(e.getMessage());
                    Platform.runLater(() -> viewModel.showProblem(ProblemWords.in(locale).message(e)));
                }
                monitor.reload();
                Platform.runLater(this::showMain);
            });
        });
        welcome.setScene(new Scene(new WelcomeView(model, bundle).root()));
        themes.follow(welcome.getScene());
        welcome.setOnHidden(e -> themes.forget(welcome.getScene()));
        welcome.setOnCloseRequest(e -> Platform.runLater(this::exitIfIdle));
        welcome.show();
    }

    private void exitIfIdle() {
        boolean windowOpen = mainStage.isShowing() || Window.getWindows().stream()
                .anyMatch(w -> w != anchor && w.isShowing() && w instanceof Stage);
        if (fallback ? !mainStage.isShowing() : !windowOpen && !notifier.anyShowing()) {
            exit();
        }
    }

    private static List<Image> icons() {
        return IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(s -> new Image(WindowApp.class.getResourceAsStream("/org/reachable/icons/app-" + s + ".png")))
                .toList();
    }

    /** Writes what is pending, stops the threads and the toolkit; {@link #launch} returns. FX thread. */
    private void exit() {
        if (exiting) {
            return; // a Quit, then the tray's end of input; or the hide below
        }
        exiting = true;
        if (mainStage != null && mainStage.isShowing()) {
            mainStage.hide(); // writes the last edits and the window's place, on the timer thread
        }
        if (schedulePages != null) {
            schedulePages.flushAndWait();
        }
        CountDownLatch written = new CountDownLatch(1);
        timer.execute(written::countDown); // after every write queued before it
        try {
            written.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
        monitor.stop();
        timer.close();
        Platform.exit();
        ended.countDown();
    }
}
