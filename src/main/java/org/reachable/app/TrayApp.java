package org.reachable.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.files.LastRead;
import org.reachable.adapters.files.LogFile;
import org.reachable.adapters.files.StatusJsonFile;
import org.reachable.ui.tray.DockedTray;
import org.reachable.adapters.files.StatusLog;
import org.reachable.adapters.os.ChildProcess;
import org.reachable.adapters.os.ClassArchive;
import org.reachable.adapters.os.DesktopSilences;
import org.reachable.adapters.os.JvmFlags;
import org.reachable.adapters.os.HookRunner;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.adapters.os.TrayInbox;
import org.reachable.adapters.os.WindowFailure;
import org.reachable.adapters.os.WindowLink;
import org.reachable.adapters.os.WindowProcess;
import org.reachable.cli.QuickStatus;
import org.reachable.domain.port.DesktopSilence;
import org.reachable.domain.service.FocusSilence;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.StatusOutputs;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayController;
import org.reachable.ui.tray.TrayCopy;
import org.reachable.ui.tray.TrayMenuModel;
import org.reachable.ui.tray.TrayPublish;
import org.reachable.ui.tray.TraySync;

/**
 * The tray process, wired: tray, timer, file watcher, status outputs (status.json, hooks) and the
 * window process, with no JavaFX. The window and notifications run in a child process
 * ({@link WindowApp}) started ahead, kept hidden between opens.
 */
final class TrayApp implements TrayController.Window {

    private static final Logger LOG = LogFile.get();

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final Clock clock;
    private final Tray tray;
    private final Locale locale;
    private final CountDownLatch quit = new CountDownLatch(1);
    private final WindowLink window;
    private volatile LastRead lastRead; // asked by a status question on the single-instance thread
    private TrayController controller;
    private final DesktopSilence desktopSilence;

    TrayApp(AppEnvironment environment, DataFolder folder, Tray tray, WindowProcess.Starter windows, Locale locale) {
        this(environment, folder, tray, windows, locale, DesktopSilence.NONE);
    }

    TrayApp(AppEnvironment environment, DataFolder folder, Tray tray, WindowProcess.Starter windows, Locale locale,
            DesktopSilence desktopSilence) {
        this.desktopSilence = desktopSilence;
        this.environment = environment;
        this.folder = folder;
        this.clock = environment.clock();
        this.tray = tray;
        this.locale = locale;
        this.window = new WindowLink(windows, () -> quit.getCount() > 0, (cause, code) ->
                controller.windowFailed(cause.name(), code, folder.log().toString()));
    }

    /** @param desktopTray the tray this desktop takes ({@code DesktopTrays.forDesktop}; a fake in tests) */
    static int run(AppEnvironment environment, DataFolder folder, boolean background, Supplier<Tray> desktopTray) {
        // one instance per folder, settled before the icon docks; a SHOW that comes earlier waits for the app
        CompletableFuture<TrayApp> wired = new CompletableFuture<>();
        Optional<SingleInstance> instance;
        try {
            folder.create();
            instance = SingleInstance.acquire(folder.root(), line -> TrayInbox.take(line, () -> wired.thenAccept(TrayApp::show)),
                    question -> wired.isDone() ? wired.join().answer(question) : Optional.empty()); // QuickStatus
        } catch (IOException e) {
            System.err.println("reachable: cannot use the data folder " + folder.root() + ": " + e.getMessage());
            return 1;
        }
        LogFile.open(folder.log());
        if (instance.isEmpty()) {
            ProcessMessage ask = background ? new ProcessMessage.Ping() : new ProcessMessage.Show();
            boolean answered = SingleInstance.signal(folder.root(), ask.encode());
            LOG.info("Second start handed over to the running instance (answered: " + answered + ")");
            return answered ? 0 : 1;
        }
        // dock first with the state status.json last said (DockedTray), then read settings and schedule
        var lastKnown = StatusJsonFile.lastState(folder.status(), environment.clock().instant());
        Tray docked = DockedTray.dock(TrayMenuModel.forLocale(Locale.getDefault()).starting(lastKnown), desktopTray);
        ScreenLanguage.applyChoice(environment.workspace(folder).settings());
        TrayApp app = new TrayApp(environment, folder, docked, childWindows(folder, List.of(), env -> { }),
                Locale.getDefault(), DesktopSilences.forDesktop(System.getenv(), folder.root().resolve(DesktopSilences.BANNERS_BEFORE_FOCUS)));
        wired.complete(app);
        try (SingleInstance held = instance.get()) {
            return app.run(background);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The real window process: this program again, with --ui, logging to reachable.log; a test
     * adds JVM options (after ours: the later one wins) and changes the environment.
     */
    static WindowProcess.Starter childWindows(DataFolder folder, List<String> jvmOptions,
            Consumer<Map<String, String>> environment) {
        List<String> options = JvmFlags.forWindow(jvmOptions);
        return fallback -> {
            List<String> args = new ArrayList<>(List.of("--data-dir", folder.root().toString(), "--ui"));
            if (fallback) {
                args.add("--fallback");
            }
            return ChildProcess.start(Launcher.class.getName(), options, args, folder.log(), env -> {
                env.putAll(JvmFlags.WINDOW_ENVIRONMENT);
                environment.accept(env);
            });
        };
    }

    /** Runs until Quit (or, without a tray, until the status window closes). */
    int run(boolean background) {
        LOG.info("Reachable starts for " + folder.root());
        ScheduledTimer timer = new ScheduledTimer(clock);
        StatusMonitor monitor = new StatusMonitor(environment.workspace(folder), timer, clock);
        controller = new TrayController(tray, locale, monitor, clock, timer, this,
                new TrayCopy(environment.snippets(), monitor::data, tray, clock, locale, this::showNotification),
                quit::countDown);
        HookRunner hooks = new HookRunner(Duration.ofSeconds(30), failure -> {
            LOG.warning("Hook failed: " + failure);
            controller.hookFailed(failure.command(), failure.kind().name(), failure.exitCode(), failure.detail());
        });
        monitor.addListener(controller); // first: a notification waits for no file written, hook run or page published
        lastRead = LastRead.of(folder, monitor, timer::execute);
        monitor.addListener(new StatusOutputs(environment.json(), new StatusJsonFile(folder.status()), hooks,
                problem -> LOG.warning("Cannot write status.json: " + problem)));
        monitor.addListener(new StatusLog());
        monitor.addListener(new TrayPublish(environment.publisher(), environment.sync(folder.dataDir()), environment.workspace(folder), environment.calendars(), timer, clock, locale, this::showNotification));
        monitor.addListener(new TraySync(environment.sync(folder.dataDir()), timer, clock, locale, this::showNotification));
        TrayMenuModel words = TrayMenuModel.forLocale(locale);
        FocusSilence focusSilence = new FocusSilence(desktopSilence,
                change -> "Reachable: " + words.headline(change.current(), change.data().zone()));
        monitor.addListener(focusSilence);
        boolean firstStart = !folder.schedule().toFile().exists();
        boolean withTray = tray.isSupported();
        try (FolderWatcher watcher = FolderWatcher.dataFiles(folder, () -> timer.execute(monitor::filesChanged))) {
            if (withTray) {
                timer.execute(() -> {
                    monitor.start();
                    controller.show();
                    // built and hidden ahead, after the icon docked, so the first click shows it at once
                    timer.schedule(clock.instant().plusSeconds(2), window::startAhead);
                    timer.schedule(clock.instant().plusSeconds(20), () -> ClassArchive.renewIfRefused(System.getenv(), System.getProperty("user.home")));
                });
                if (!background || firstStart) {
                    show();
                }
                quit.await();
            } else {
                LOG.warning("No system tray on this desktop: the status window stands in for it");
                timer.execute(monitor::start);
                WindowProcess fallback = window.startFallback();
                int code = fallback.waitFor();
                if (code != 0) {
                    // no tray to say it in: the terminal it was started from, and the log
                    WindowFailure cause = WindowFailure.of(fallback.output());
                    LOG.severe("The status window process ended with exit code " + code + " (" + cause + ")");
                    System.err.println(controller.windowFailedLine(cause.name(), code, folder.log().toString()));
                    return 1;
                }
            }
        } catch (IOException e) {
            LOG.severe("Cannot " + (withTray ? "watch " + folder.root() : "start the status window") + ": "
                    + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            focusSilence.stop();
            controller.remove();
            window.stop();
            monitor.stop();
            timer.close();
            hooks.close();
            LOG.info("Reachable quits");
        }
        return 0;
    }

    /** Opens (or raises) the window, starting the window process when it is not running. */
    @Override
    public void show() {
        window.show();
    }

    @Override
    public void showNotification(String title, String message, String icon) {
        if (!window.notify(title, message, icon)) { // failed (not a new process for each), or none ready yet
            controller.throughTray(title, message, window.broken());
        }
    }

    Optional<String> answer(String question) { // `reachable status` from the data this app holds while no file changed since
        return lastRead == null ? Optional.empty() : lastRead.current().flatMap(data -> QuickStatus.answer(question, data, clock, environment.json()));
    }

    /** Ends {@link #run} as the Quit entry does. */
    void quit() {
        quit.countDown();
    }
}
