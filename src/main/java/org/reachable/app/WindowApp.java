package org.reachable.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.os.OsAutostart;
import org.reachable.adapters.os.OsDesktopTheme;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.DesktopTheme;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.Appearance;
import org.reachable.ui.main.MainView;
import org.reachable.ui.main.MainViewModel;
import org.reachable.ui.main.WindowPlacement;
import org.reachable.ui.settings.SettingsView;
import org.reachable.ui.settings.SettingsViewModel;
import org.reachable.ui.texts.TextsView;
import org.reachable.ui.texts.TextsViewModel;
import org.reachable.ui.welcome.WelcomeView;
import org.reachable.ui.welcome.WelcomeViewModel;

/**
 * The window process: the main window, the first-start welcome and notifications, all JavaFX. The
 * tray process starts it when needed and sends it commands on standard input (SHOW, NOTIFY, QUIT);
 * it ends when its window closes and no notification shows, so the toolkit does not idle all day.
 * Without a tray ({@code --fallback}) its window is the app, and closing it quits.
 */
public final class WindowApp extends Application {

    private static final Logger LOG = AppLog.get();
    private static final Duration NOTIFICATION_TIME = Duration.seconds(8);
    private static final int NOTIFICATION_COLUMNS = 56;

    private static AppEnvironment environment;
    private static DataFolder folder;
    private static boolean fallback;

    private Clock clock;
    private Stage anchor;
    private Stage mainStage;
    private MainViewModel viewModel;
    private TextsViewModel texts;
    private TextTemplates textTemplates;
    private ScheduledTimer timer;
    private StatusMonitor monitor;
    private FolderWatcher watcher;
    private int notificationsShowing;
    private Locale locale;
    private Workspace workspace;
    private SettingsViewModel settings;
    private SchedulePages schedulePages;
    /** Where the window was, from settings.json (null: never kept, or not read yet). */
    private WindowBounds savedBounds;
    private boolean placed;
    /** The OS's light/dark preference, read off the FX thread; used when the choice is SYSTEM. */
    private final DesktopTheme desktopTheme = OsDesktopTheme.fromSystem();
    private volatile boolean systemDark;
    /** The scenes this process shows (main window, welcome): each follows the appearance. */
    private final java.util.List<Scene> themedScenes = new java.util.ArrayList<>();
    private final PauseTransition boundsDebounce = new PauseTransition(Duration.seconds(1));

    static int launch(AppEnvironment env, DataFolder dataFolder, boolean asFallback) {
        environment = env;
        folder = dataFolder;
        fallback = asFallback;
        // its output already goes to reachable.log (the tray process redirects it there); a second
        // FileHandler on the same file would find it locked and start reachable.log.1
        AppLog.toConsole();
        AppLanguage.apply(env.workspace(dataFolder).settings());
        Application.launch(WindowApp.class);
        return 0;
    }

    @Override
    public void start(Stage primary) throws IOException {
        Platform.setImplicitExit(false);
        clock = environment.clock();
        locale = Locale.getDefault();
        anchor = primary;
        showAnchor(primary);
        ResourceBundle bundle = MainView.bundle(locale);
        viewModel = new MainViewModel(bundle);
        mainStage = new Stage();
        mainStage.setTitle(bundle.getString("main.title"));
        mainStage.getIcons().addAll(icons());
        ResourceBundle textsBundle = TextsView.bundle(locale);
        workspace = environment.workspace(folder);
        timer = new ScheduledTimer(clock);
        textTemplates = new TextTemplates(environment.snippets(), () -> monitor == null ? null : monitor.data(),
                workspace.settings(), clock, saved -> timer.execute(() -> {
                    monitor.reload(); // the watcher will too; this makes the preview follow at once
                    Platform.runLater(() -> {
                        textTemplates.reloaded();
                        texts.refresh();
                    });
                }));
        texts = new TextsViewModel(textsBundle, textTemplates::render, locale.getLanguage(), textTemplates);
        ResourceBundle settingsBundle = SettingsView.bundle(locale);
        schedulePages = new SchedulePages(workspace, timer, locale);
        settings = new SettingsViewModel(settingsBundle, OsAutostart.fromSystem(),
                workspace.settings(), clock.getZone(), timer::execute, Platform::runLater,
                schedulePages::homeZoneChanged);
        settings.load();
        java.util.Map<MainViewModel.Page, javafx.scene.Parent> pages = new java.util.EnumMap<>(MainViewModel.Page.class);
        pages.put(MainViewModel.Page.SCHEDULE, schedulePages.weekPage());
        pages.put(MainViewModel.Page.DAYS_OFF, schedulePages.daysOffPage());
        pages.put(MainViewModel.Page.CHANNELS, schedulePages.channelsPage());
        pages.put(MainViewModel.Page.TEXTS, new TextsView(texts, textsBundle).root());
        pages.put(MainViewModel.Page.SETTINGS, new SettingsView(settings, settingsBundle).root());
        mainStage.setScene(new Scene(new MainView(viewModel, bundle, clock, pages).root()));
        themed(mainStage.getScene());
        schedulePages.followTheClock(mainStage);
        settings.themeProperty().addListener((o, was, now) -> applyTheme()); // live, as the choice changes
        readSystemTheme();
        rememberBounds();
        mainStage.setOnHidden(e -> {
            schedulePages.flush();
            saveBounds();
            exitIfIdle();
        });
        if (fallback) {
            viewModel.showNote(bundle.getString("main.noTray"));
        }
        monitor = new StatusMonitor(workspace, timer, clock);
        monitor.addListener(new StatusMonitor.Listener() {
            @Override
            public void statusChanged(StatusMonitor.Change change) {
                Platform.runLater(() -> {
                    viewModel.show(change.current(), change.data().zone());
                    schedulePages.timePassed(change.data());
                    if (change.previous() == null) { // the profile is known now: its main language first
                        editorFollows(change.data());
                        texts.languageProperty().set(mainLanguage(change.data()));
                        savedBounds = change.data().settings().preferences().window();
                        if (!placed && !mainStage.isShowing()) {
                            place();
                        }
                    }
                    texts.refresh();
                });
            }

            @Override
            public void problem(String message) {
                Platform.runLater(() -> viewModel.showProblem(message));
            }
        });
        watcher = new FolderWatcher(folder.root(), Set.of(DataFolder.SCHEDULE_ICS, DataFolder.SETTINGS_JSON,
                DataFolder.OVERRIDE_JSON), TrayApp.DEBOUNCE_MILLIS, () -> timer.execute(() -> {
                    monitor.reload();
                    editorFollows(monitor.data());
                    Platform.runLater(() -> { // settings (a name, a channel, a template) may change a text only
                        textTemplates.reloaded();
                        texts.refresh();
                    });
                    settings.load(); // settings.json edited by hand: the Settings page follows
                }));
        watcher.start();
        timer.execute(monitor::start);
        listenToParent();
        if (fallback) {
            showMain();
        }
    }

    /**
     * The editing pages follow the files: read here, off the FX thread, shown on it. Called on the
     * FX thread at start (the first status) and on the timer thread when a file changed.
     */
    private void editorFollows(Workspace.Loaded data) {
        timer.execute(() -> {
            Schedule fromFile = schedulePages.readFile(data);
            Platform.runLater(() -> schedulePages.show(data, fromFile));
        });
    }

    /** The profile's first language where the Texts screen has it, else the first it has. */
    private static String mainLanguage(Workspace.Loaded data) {
        String first = data.settings().profile().languages().get(0);
        return TextsViewModel.LANGUAGES.contains(first) ? first : TextsViewModel.LANGUAGES.get(0);
    }

    /** ControlsFX notifications need some window; a transparent 1x1 utility stage serves. */
    private static void showAnchor(Stage stage) {
        stage.initStyle(StageStyle.UTILITY);
        Region empty = new Region();
        Scene scene = new Scene(empty, 1, 1);
        scene.setFill(Color.TRANSPARENT);
        stage.setScene(scene);
        stage.setOpacity(0);
        stage.setX(-100);
        stage.setY(-100);
        stage.show();
    }

    private void listenToParent() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line;
                    Platform.runLater(() -> handle(command));
                }
            } catch (IOException e) {
                LOG.warning("Lost the tray process: " + e.getMessage());
            }
            // the tray process is gone: a window process without it has no reason to stay
            if (!fallback) {
                Platform.runLater(Platform::exit);
            }
        }, "reachable-commands");
        reader.setDaemon(true);
        reader.start();
    }

    private void handle(String line) {
        String[] parts = line.split("\t", 3);
        switch (parts[0]) {
            case "SHOW" -> showMain();
            case "NOTIFY" -> notification(parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
            case "QUIT" -> Platform.exit();
            default -> LOG.warning("Unknown command from the tray process: " + parts[0]);
        }
    }

    /** Asks the OS (off the FX thread: it runs a command) and applies what it says. */
    private void readSystemTheme() {
        timer.execute(() -> {
            systemDark = desktopTheme.prefersDark();
            Platform.runLater(this::applyTheme);
        });
    }

    private void themed(Scene scene) {
        themedScenes.add(scene);
        Appearance.apply(scene, dark());
    }

    private boolean dark() {
        Theme choice = settings == null ? Theme.SYSTEM : settings.themeProperty().get();
        return (choice == null ? Theme.SYSTEM : choice).isDark(systemDark);
    }

    private void applyTheme() {
        boolean dark = dark();
        themedScenes.forEach(scene -> Appearance.apply(scene, dark));
    }

    private void showMain() {
        if (!folder.schedule().toFile().exists() && !mainStage.isShowing()) {
            showWelcome();
            return;
        }
        if (!placed) {
            place();
        }
        if (!mainStage.isShowing()) {
            readSystemTheme(); // the OS's preference may have changed since the window was last open
            if (monitor != null && monitor.data() != null) {
                schedulePages.timePassed(monitor.data());
            }
        }
        mainStage.show();
        mainStage.setIconified(false);
        mainStage.toFront();
        mainStage.requestFocus();
    }

    /**
     * Puts the main window where it was, if that is still on a screen, else in the middle of the
     * primary screen. Before the settings are read it is centred, as a window is without this.
     */
    private void place() {
        if (savedBounds == null) {
            return; // the toolkit centres a new window; it is placed once the settings are read
        }
        placed = true;
        java.util.List<WindowBounds> screens = javafx.stage.Screen.getScreens().stream()
                .map(s -> bounds(s.getVisualBounds())).toList();
        Region root = (Region) mainStage.getScene().getRoot();
        WindowBounds preferred = new WindowBounds(0, 0, Math.max(root.prefWidth(-1), 1), Math.max(root.prefHeight(-1), 1));
        WindowBounds where = WindowPlacement.place(savedBounds, screens,
                bounds(javafx.stage.Screen.getPrimary().getVisualBounds()), preferred);
        mainStage.setX(where.x());
        mainStage.setY(where.y());
        mainStage.setWidth(where.width());
        mainStage.setHeight(where.height());
    }

    private static WindowBounds bounds(javafx.geometry.Rectangle2D r) {
        return new WindowBounds(r.getMinX(), r.getMinY(), Math.max(r.getWidth(), 1), Math.max(r.getHeight(), 1));
    }

    /** Keeps the window's place in settings.json a second after it stops moving, and when it closes. */
    private void rememberBounds() {
        boundsDebounce.setOnFinished(e -> saveBounds());
        javafx.beans.InvalidationListener moved = o -> {
            if (mainStage.isShowing()) {
                boundsDebounce.playFromStart();
            }
        };
        mainStage.xProperty().addListener(moved);
        mainStage.yProperty().addListener(moved);
        mainStage.widthProperty().addListener(moved);
        mainStage.heightProperty().addListener(moved);
    }

    private void saveBounds() {
        boundsDebounce.stop();
        // a minimised or maximised window's bounds are not where it should open next time
        if (mainStage.isIconified() || mainStage.isMaximized() || !(mainStage.getWidth() > 0)
                || !(mainStage.getHeight() > 0) || Double.isNaN(mainStage.getX())) {
            return;
        }
        WindowBounds now = new WindowBounds(mainStage.getX(), mainStage.getY(), mainStage.getWidth(),
                mainStage.getHeight());
        if (now.equals(savedBounds)) {
            return;
        }
        savedBounds = now;
        placed = true;
        timer.execute(() -> {
            try {
                if (!workspace.settings().exists()) {
                    return; // no data folder yet: the welcome writes it
                }
                workspace.settings().update(clock.getZone(),
                        current -> current.withPreferences(current.preferences().withWindow(now)));
            } catch (StoreException | RuntimeException e) {
                LOG.warning("Could not keep the window's place: " + e.getMessage());
            }
        });
    }

    private void showWelcome() {
        ResourceBundle bundle = WelcomeView.bundle(locale);
        Stage welcome = new Stage();
        welcome.setTitle(bundle.getString("welcome.window"));
        welcome.getIcons().addAll(icons());
        WelcomeViewModel model = new WelcomeViewModel(clock.getZone(), choice -> {
            welcome.hide();
            timer.execute(() -> {
                create(choice);
                monitor.reload();
                Platform.runLater(this::showMain);
            });
        });
        welcome.setScene(new Scene(new WelcomeView(model, bundle).root()));
        themed(welcome.getScene());
        welcome.setOnHidden(e -> themedScenes.remove(welcome.getScene()));
        welcome.setOnCloseRequest(e -> Platform.runLater(this::exitIfIdle));
        welcome.show();
    }

    /** The same starter data as {@code reachable init}, written through the stores. */
    private void create(WelcomeViewModel.Choice choice) {
        Workspace workspace = environment.workspace(folder);
        try {
            if (!workspace.settings().exists()) {
                workspace.settings().save(new Settings(Profile.defaults(choice.zone()),
                        Settings.defaultChannels(locale.getLanguage())));
            }
            workspace.schedules().save(choice.exampleWeek()
                    ? ExampleWeek.create(choice.zone(), LocalDate.now(clock.withZone(choice.zone())),
                            locale.getLanguage())
                    : Schedule.empty(choice.zone()));
        } catch (StoreException e) {
            LOG.severe(e.getMessage());
            Platform.runLater(() -> viewModel.showProblem(e.getMessage()));
        }
    }

    private void notification(String title, String text) {
        notificationsShowing++;
        ImageView graphic = new ImageView(new Image(WindowApp.class.getResourceAsStream(
                "/org/reachable/icons/app-48.png")));
        Notifications.create().title(title).text(wrap(text, NOTIFICATION_COLUMNS)).graphic(graphic)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(NOTIFICATION_TIME).onAction(e -> showMain()).show();
        PauseTransition done = new PauseTransition(NOTIFICATION_TIME.add(Duration.seconds(1)));
        done.setOnFinished(e -> {
            notificationsShowing--;
            exitIfIdle();
        });
        done.play();
    }

    /** ControlsFX sizes a notification to its text: long lines are broken at spaces (or "/"). */
    static String wrap(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() - lineStart + word.length() > columns && out.length() > lineStart) {
                out.setLength(out.length() - 1); // the space before the break
                out.append('\n');
                lineStart = out.length();
            }
            while (word.length() > columns) { // a long path: break it after a slash
                int cut = Math.max(word.lastIndexOf('/', columns), columns / 2);
                out.append(word, 0, cut + 1).append('\n');
                lineStart = out.length();
                word = word.substring(cut + 1);
            }
            out.append(word).append(' ');
        }
        return out.toString().stripTrailing();
    }

    private void exitIfIdle() {
        boolean windowOpen = mainStage.isShowing()
                || javafx.stage.Window.getWindows().stream().anyMatch(w -> w != anchor && w.isShowing()
                        && w instanceof Stage);
        if (fallback ? !mainStage.isShowing() : !windowOpen && notificationsShowing == 0) {
            Platform.exit();
        }
    }

    private static java.util.List<Image> icons() {
        return java.util.stream.IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(s -> new Image(WindowApp.class.getResourceAsStream("/org/reachable/icons/app-" + s + ".png")))
                .toList();
    }

    @Override
    public void stop() {
        if (schedulePages != null) {
            schedulePages.flushAndWait();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (monitor != null) {
            monitor.stop();
        }
        if (timer != null) {
            timer.close();
        }
    }
}
