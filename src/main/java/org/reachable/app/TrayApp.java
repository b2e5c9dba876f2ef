package org.reachable.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.reachable.adapters.files.AtomicFile;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.os.ChildProcess;
import org.reachable.adapters.os.HookRunner;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.adapters.tray.AwtTray;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;
import org.reachable.domain.service.ManualSwitch;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Status;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetRenderer;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.UserTemplates;
import org.reachable.ui.tray.TrayMenuModel;

/**
 * The tray process: icon, menu, timer, file watcher, hooks and status.json, with no JavaFX. The
 * window and notifications run in a child process ({@link WindowApp}) started when needed.
 */
final class TrayApp implements StatusMonitor.Listener {

    private static final Logger LOG = AppLog.get();
    static final long DEBOUNCE_MILLIS = 300;
    /**
     * The window process is short-lived and light: the C1 compiler alone and a small first heap bring
     * its memory to that of a bare JavaFX window (measured 243 MB -> 169 MB; docs/footprint.md).
     */
    static final List<String> WINDOW_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xms16m", "-Xmx256m");

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final Clock clock;
    private final Tray tray;
    private final TrayMenuModel menuModel;
    private final ResourceBundle words;
    private final JsonCodec json = new JsonCodec();
    private final CountDownLatch quit = new CountDownLatch(1);
    private ScheduledTimer timer;
    private StatusMonitor monitor;
    private ManualSwitch manualSwitch;
    private HookRunner hooks;
    private final Windows windows;
    private Windows.Window window;
    /** False without a tray: then the status window stands in and the tray is never touched. */
    private volatile boolean trayShown;

    /** Starts the window process; a seam so tests need no second JVM. */
    interface Windows {
        Window start(boolean fallback) throws IOException;

        interface Window {
            boolean send(String command);

            boolean isAlive();

            int waitFor() throws InterruptedException;

            void stop();
        }
    }

    TrayApp(AppEnvironment environment, DataFolder folder, Tray tray, Windows windows, Locale locale) {
        this.environment = environment;
        this.windows = windows;
        this.folder = folder;
        this.clock = environment.clock();
        this.tray = tray;
        this.menuModel = TrayMenuModel.forLocale(locale);
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
    }

    static int run(AppEnvironment environment, DataFolder folder, boolean background) {
        try {
            folder.create();
        } catch (IOException e) {
            System.err.println("reachable: cannot create the data folder " + folder.root() + ": " + e.getMessage());
            return 1;
        }
        AppLog.open(folder.log());
        AppLanguage.apply(environment.workspace(folder).settings());
        TrayApp app = new TrayApp(environment, folder, new AwtTray(), childWindows(folder), Locale.getDefault());
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(folder.root(), app::onMessage);
        } catch (IOException e) {
            System.err.println("reachable: " + e.getMessage());
            return 1;
        }
        if (instance.isEmpty()) {
            // another Reachable runs for this folder: ask it to show its window, and leave
            boolean answered = SingleInstance.signal(folder.root(), background ? "PING" : "SHOW");
            LOG.info("Second start handed over to the running instance (answered: " + answered + ")");
            return answered ? 0 : 1;
        }
        try (SingleInstance held = instance.get()) {
            return app.run(background);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The real window process: this program again, with --ui, logging to reachable.log. */
    private static Windows childWindows(DataFolder folder) {
        return fallback -> {
            List<String> args = new java.util.ArrayList<>(List.of("--data-dir", folder.root().toString(), "--ui"));
            if (fallback) {
                args.add("--fallback");
            }
            ChildProcess child = ChildProcess.start(Launcher.class.getName(), WINDOW_JVM_OPTIONS, args, folder.log());
            return new Windows.Window() {
                @Override
                public boolean send(String command) {
                    return child.send(command);
                }

                @Override
                public boolean isAlive() {
                    return child.isAlive();
                }

                @Override
                public int waitFor() throws InterruptedException {
                    return child.waitFor();
                }

                @Override
                public void stop() {
                    child.stop();
                }
            };
        };
    }

    /** Runs until Quit (or, without a tray, until the status window closes). */
    int run(boolean background) {
        LOG.info("Reachable starts for " + folder.root());
        timer = new ScheduledTimer(clock);
        hooks = new HookRunner(Duration.ofSeconds(30), failure -> {
            LOG.warning("Hook failed: " + failure);
            notifyUser(text("hook.failed.title"), format("hook.failed." + failure.kind().name(), failure.command(),
                    failure.exitCode(), failure.detail()));
        });
        monitor = new StatusMonitor(environment.workspace(folder), timer, clock);
        manualSwitch = new ManualSwitch(monitor, clock);
        monitor.addListener(this);
        boolean firstStart = !folder.schedule().toFile().exists();
        if (!tray.isSupported()) {
            LOG.warning("No system tray on this desktop: the status window stands in for it");
            return runWithoutTray();
        }
        try (FolderWatcher watcher = new FolderWatcher(folder.root(),
                Set.of(DataFolder.SCHEDULE_ICS, DataFolder.SETTINGS_JSON, DataFolder.OVERRIDE_JSON),
                DEBOUNCE_MILLIS, () -> timer.execute(monitor::filesChanged))) {
            watcher.start();
            timer.execute(() -> {
                monitor.start();
                tray.show(menu(), this::onAction);
                trayShown = true;
            });
            if (!background || firstStart) {
                showWindow();
            }
            quit.await();
        } catch (IOException e) {
            LOG.severe("Cannot watch " + folder.root() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shutdown();
        }
        return 0;
    }

    /** No tray: the small status window is the app; closing it quits. */
    private int runWithoutTray() {
        try (FolderWatcher watcher = new FolderWatcher(folder.root(),
                Set.of(DataFolder.SCHEDULE_ICS, DataFolder.SETTINGS_JSON, DataFolder.OVERRIDE_JSON),
                DEBOUNCE_MILLIS, () -> timer.execute(monitor::filesChanged))) {
            watcher.start();
            timer.execute(monitor::start);
            window = windows.start(true);
            window.waitFor();
        } catch (IOException e) {
            LOG.severe("Cannot start the status window: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.close();
            hooks.close();
        }
        return 0;
    }

    private void shutdown() {
        if (trayShown) {
            tray.remove();
        }
        if (window != null && window.isAlive()) {
            window.stop();
        }
        monitor.stop();
        timer.close();
        hooks.close();
        LOG.info("Reachable quits");
    }

    /** Opens (or raises) the window, starting the window process when it is not running. */
    private synchronized void showWindow() {
        sendToWindow("SHOW");
    }

    private synchronized void sendToWindow(String command) {
        if (window != null && window.send(command)) {
            return;
        }
        try {
            window = windows.start(false);
            window.send(command);
        } catch (IOException e) {
            LOG.severe("Cannot start the window: " + e.getMessage());
        }
    }

    private void notifyUser(String title, String message) {
        sendToWindow("NOTIFY\t" + title + "\t" + message);
    }

    private void onMessage(String message) {
        if (message.equals("SHOW")) {
            showWindow();
        }
    }

    /** Ends {@link #run} as the Quit entry does. */
    void quit() {
        quit.countDown();
    }

    void onAction(TrayAction action) {
        switch (action) {
            case OPEN -> showWindow();
            case QUIT -> quit.countDown();
            case COPY_AUTOREPLY -> timer.execute(() -> copy(Target.AUTOREPLY));
            case COPY_VOICEMAIL -> timer.execute(() -> copy(Target.VOICEMAIL));
            default -> action.request().ifPresent(request -> timer.execute(() -> {
                try {
                    manualSwitch.apply(request);
                } catch (InvalidScheduleException e) {
                    notifyUser(text("tray.cannot"), e.getMessage());
                }
            }));
        }
    }

    private UserTemplates userTemplates;

    /**
     * Puts a target's plain text, as it reads now, on the clipboard, in the profile's main
     * language; says so when there is no template for it yet or it cannot be made.
     */
    private void copy(Target target) {
        if (userTemplates == null) {
            userTemplates = new UserTemplates(environment.snippets());
        }
        var data = monitor.data();
        String language = data.settings().profile().languages().get(0);
        SnippetRenderer renderer = environment.snippets();
        if (!renderer.has(target, language, Format.TEXT)) {
            notifyUser(text("tray.copy.notYet.title"), format("tray.copy.notYet", text("tray.copy." + target.name()),
                    words.containsKey("tray.copy.lang." + language) ? text("tray.copy.lang." + language) : language));
            return;
        }
        try {
            // the user's own template where there is one; a broken one falls back (logged)
            UserTemplates.Result result = userTemplates.render(target, language, Format.TEXT,
                    SnippetModel.of(data.settings(), data.schedule(), data.resolver(), language, clock.instant()),
                    data.settings().templateOverrides());
            result.problem().ifPresent(p -> LOG.warning(p.message()));
            String copied = result.text();
            if (!tray.copyText(copied)) {
                notifyUser(text("tray.copy.failed.title"), text("tray.copy.noClipboard"));
            }
        } catch (SnippetException e) {
            LOG.warning(e.getMessage());
            notifyUser(text("tray.copy.failed.title"), e.getMessage());
        }
    }

    private TrayMenu menu() {
        Status status = monitor.current();
        return menuModel.menu(status, monitor.data().zone(), monitor.data().override());
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        Status status = change.current();
        if (trayShown) {
            tray.update(menu());
        }
        writeStatusFile(status, change);
        if (change.stateChanged()) {
            LOG.info("Status " + status.state() + " (" + status.reason().code() + ") until " + status.until()
                    + (change.byHand() ? ", set by hand" : ""));
            runHook(change);
            boolean notify = change.previous() != null && !change.byHand()
                    && change.data().settings().preferences().notifications();
            if (notify) {
                notifyUser(menuModel.headline(status, change.data().zone()), menuModel.channelSentence(status));
            }
        }
    }

    @Override
    public void headsUp(Status upcoming, Instant at) {
        var data = monitor.data();
        if (data.settings().preferences().notifications()) {
            String time = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(data.zone()));
            notifyUser(format("headsUp.title", time), menuModel.headline(upcoming, data.zone()) + ". "
                    + menuModel.channelSentence(upcoming));
        }
    }

    @Override
    public void problem(String message) {
        if (message != null) {
            LOG.warning(message);
            notifyUser(text("problem.title"), message);
        }
    }

    private void runHook(StatusMonitor.Change change) {
        Status status = change.current();
        String command = change.data().settings().preferences().hookFor(status.state().name());
        if (command.isEmpty()) {
            return;
        }
        String channels = String.join(",", status.channels().stream().filter(ChannelStatus::reachable)
                .map(c -> c.channel().id()).toList());
        hooks.run(command, Map.of("REACHABLE_STATE", status.state().name(),
                "REACHABLE_UNTIL", status.until() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        status.until().atZone(change.data().zone())),
                "REACHABLE_CHANNELS", channels));
    }

    private void writeStatusFile(Status status, StatusMonitor.Change change) {
        try {
            AtomicFile.replace(folder.status(), (json.status(status, change.data().zone()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warning("Cannot write status.json: " + e.getMessage());
        }
    }

    private String text(String key) {
        return words.getString(key);
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
