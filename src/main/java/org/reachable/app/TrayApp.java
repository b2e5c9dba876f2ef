package org.reachable.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.files.LogFile;
import org.reachable.adapters.files.StatusJsonFile;
import org.reachable.adapters.files.StatusLog;
import org.reachable.adapters.os.ChildProcess;
import org.reachable.adapters.os.DesktopSilences;
import org.reachable.adapters.os.HookRunner;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.adapters.os.WindowFailure;
import org.reachable.adapters.os.WindowProcess;
import org.reachable.adapters.tray.AwtTray;
import org.reachable.adapters.tray.sni.SniTray;
import org.reachable.domain.port.DesktopSilence;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.FocusSilence;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.StatusOutputs;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.UserTemplates;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayController;
import org.reachable.ui.tray.TrayMenuModel;

/**
 * The tray process, wired: tray, timer, file watcher, status outputs (status.json, hooks) and the
 * window process, with no JavaFX. The window and notifications run in a child process
 * ({@link WindowApp}) started when needed.
 */
final class TrayApp implements TrayController.Window {

    private static final Logger LOG = LogFile.get();
    /**
     * The window process is short-lived and light: the C1 compiler alone and a small first heap bring
     * its memory to that of a bare JavaFX window (measured 243 MB -> 169 MB; docs/footprint.md).
     */
    static final List<String> WINDOW_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xms16m", "-Xmx256m");

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final Clock clock;
    private final Tray tray;
    private final Locale locale;
    private final ResourceBundle words;
    private final CountDownLatch quit = new CountDownLatch(1);
    private final WindowProcess.Starter windows;
    private WindowProcess window;
    private StatusMonitor monitor;
    private TrayController controller;
    private final DesktopSilence desktopSilence;
    /** Set when the window process failed: messages go to the tray until the user tries Open again. */
    private volatile boolean windowBroken;

    TrayApp(AppEnvironment environment, DataFolder folder, Tray tray, WindowProcess.Starter windows, Locale locale) {
        this(environment, folder, tray, windows, locale, DesktopSilence.NONE);
    }

    TrayApp(AppEnvironment environment, DataFolder folder, Tray tray, WindowProcess.Starter windows, Locale locale,
            DesktopSilence desktopSilence) {
        this.desktopSilence = desktopSilence;
        this.environment = environment;
        this.windows = windows;
        this.folder = folder;
        this.clock = environment.clock();
        this.tray = tray;
        this.locale = locale;
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
    }

    static int run(AppEnvironment environment, DataFolder folder, boolean background) {
        try {
            folder.create();
        } catch (IOException e) {
            System.err.println("reachable: cannot create the data folder " + folder.root() + ": " + e.getMessage());
            return 1;
        }
        LogFile.open(folder.log());
        AppLanguage.apply(environment.workspace(folder).settings());
        TrayApp app = new TrayApp(environment, folder, desktopTray(), childWindows(folder, List.of(), env -> { }),
                Locale.getDefault(), DesktopSilences.forDesktop(System.getenv(), folder.root().resolve(BANNERS_BEFORE_FOCUS)));
        Optional<SingleInstance> instance;
        try {
            instance = SingleInstance.acquire(folder.root(), line -> ProcessMessage.parse(line)
                    .filter(ProcessMessage.Show.class::isInstance).ifPresent(show -> app.show()));
        } catch (IOException e) {
            System.err.println("reachable: " + e.getMessage());
            return 1;
        }
        if (instance.isEmpty()) {
            // another Reachable runs for this folder: ask it to show its window, and leave
            ProcessMessage ask = background ? new ProcessMessage.Ping() : new ProcessMessage.Show();
            boolean answered = SingleInstance.signal(folder.root(), ask.encode());
            LOG.info("Second start handed over to the running instance (answered: " + answered + ")");
            return answered ? 0 : 1;
        }
        try (SingleInstance held = instance.get()) {
            return app.run(background);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A StatusNotifierItem where the panel takes one (KDE, GNOME with AppIndicator, XFCE…), else AWT's icon. */
    private static Tray desktopTray() {
        Optional<SniTray> sni = SniTray.onSessionBus();
        LOG.info(sni.isPresent() ? "Tray: StatusNotifierItem" : "Tray: AWT (no StatusNotifierWatcher on the session bus)");
        return sni.<Tray>map(t -> t).orElseGet(AwtTray::new);
    }

    /** GNOME's banner setting from before a focus block, kept until it is given back (a crash included). */
    static final String BANNERS_BEFORE_FOCUS = "show-banners.before-focus";

    /**
     * The real window process: this program again, with --ui, logging to reachable.log; a test
     * adds JVM options (after ours: the later one wins) and changes the environment.
     */
    static WindowProcess.Starter childWindows(DataFolder folder, List<String> jvmOptions,
            java.util.function.Consumer<java.util.Map<String, String>> environment) {
        List<String> options = new ArrayList<>(WINDOW_JVM_OPTIONS);
        options.addAll(jvmOptions);
        return fallback -> {
            List<String> args = new ArrayList<>(List.of("--data-dir", folder.root().toString(), "--ui"));
            if (fallback) {
                args.add("--fallback");
            }
            return ChildProcess.start(Launcher.class.getName(), options, args, folder.log(), environment);
        };
    }

    /** Runs until Quit (or, without a tray, until the status window closes). */
    int run(boolean background) {
        LOG.info("Reachable starts for " + folder.root());
        ScheduledTimer timer = new ScheduledTimer(clock);
        monitor = new StatusMonitor(environment.workspace(folder), timer, clock);
        controller = new TrayController(tray, locale, monitor, clock, timer, this, this::copy, quit::countDown);
        HookRunner hooks = new HookRunner(Duration.ofSeconds(30), failure -> {
            LOG.warning("Hook failed: " + failure);
            controller.hookFailed(failure.command(), failure.kind().name(), failure.exitCode(), failure.detail());
        });
        monitor.addListener(new StatusOutputs(environment.json(), new StatusJsonFile(folder.status()), hooks,
                problem -> LOG.warning("Cannot write status.json: " + problem)));
        monitor.addListener(new StatusLog());
        monitor.addListener(controller);
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
                });
                if (!background || firstStart) {
                    show();
                }
                quit.await();
            } else {
                LOG.warning("No system tray on this desktop: the status window stands in for it");
                timer.execute(monitor::start);
                window = windows.start(true); // the small status window is the app; closing it quits
                int code = window.waitFor();
                if (code != 0) {
                    // no tray to say it in: the terminal it was started from, and the log
                    WindowFailure cause = WindowFailure.of(window.output());
                    LOG.severe("The status window process ended with exit code " + code + " (" + cause + ")");
                    System.err.println(text("window.failed.title") + ": "
                            + format("window.failed." + cause.name(), folder.log(), code));
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
            if (window != null && window.isAlive()) {
                window.stop();
            }
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
        windowBroken = false; // the user asks: try again
        sendToWindow(new ProcessMessage.Show());
    }

    @Override
    public void showNotification(String title, String message) {
        if (windowBroken) {
            controller.message(title, message); // not a new window process for each message that would fail too
        } else {
            sendToWindow(new ProcessMessage.Notify(title, message));
        }
    }

    private void notifyUser(String title, String message) {
        showNotification(title, message);
    }

    private synchronized void sendToWindow(ProcessMessage message) {
        if (window != null && window.send(message)) {
            return;
        }
        try {
            WindowProcess started = windows.start(false);
            window = started;
            started.onEnd(code -> {
                if (code != 0 && quit.getCount() > 0) {
                    windowFailed(WindowFailure.of(started.output()), code);
                }
            });
            started.send(message);
        } catch (IOException e) {
            LOG.severe("Cannot start the window: " + e.getMessage());
            windowFailed(WindowFailure.CRASHED, -1);
        }
    }

    /** The window process ended with an error: without this, the only trace was a line in reachable.log. */
    private void windowFailed(WindowFailure cause, int exitCode) {
        LOG.severe("The window process ended with exit code " + exitCode + " (" + cause + ")");
        windowBroken = true;
        controller.windowFailed(cause.name(), exitCode, folder.log().toString());
    }

    /** Ends {@link #run} as the Quit entry does. */
    void quit() {
        quit.countDown();
    }

    private TextService texts;

    /**
     * Puts a target's plain text, as it reads now, on the clipboard, in the profile's main
     * language; says so when there is no template for it yet or it cannot be made.
     */
    private void copy(Target target) {
        if (texts == null) {
            texts = new TextService(environment.snippets());
        }
        var data = monitor.data();
        TextService.Request request = new TextService.Request(target, Format.TEXT, null);
        if (!texts.has(request, data.settings())) {
            String language = TextService.templateLanguage(TextService.languageOf(request, data.settings()));
            notifyUser(text("tray.copy.notYet.title"), format("tray.copy.notYet", text("tray.copy." + target.name()),
                    words.containsKey("tray.copy.lang." + language) ? text("tray.copy.lang." + language) : language));
            return;
        }
        try {
            // the user's own template where there is one; a broken one falls back (logged)
            UserTemplates.Result result = texts.text(request,
                    new TextService.Data(data.settings(), data.schedule(), data.resolver()), clock.instant());
            result.problem().ifPresent(p -> LOG.warning(p.message()));
            if (!tray.copyText(result.text())) {
                notifyUser(text("tray.copy.failed.title"), text("tray.copy.noClipboard"));
            }
        } catch (SnippetException e) {
            LOG.warning(e.getMessage());
            notifyUser(text("tray.copy.failed.title"), ProblemWords.in(locale).message(e));
        }
    }

    private String text(String key) {
        return words.getString(key);
    }

    private String format(String key, Object... args) {
        return new java.text.MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
