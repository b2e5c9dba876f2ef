package org.reachable.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.FolderWatcher;
import org.reachable.adapters.files.LogFile;
import org.reachable.adapters.holidays.JollydayHolidays;
import org.reachable.adapters.os.OsAutostart;
import org.reachable.adapters.os.OsDesktopTheme;
import org.reachable.adapters.os.ParentProcess;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.ScheduledTimer;
import org.reachable.adapters.qr.ZxingQrCodes;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.main.WindowScreens;

/**
 * The window process, wired: the adapters it needs handed to its screens ({@link WindowScreens}).
 * The tray process starts it ahead and sends it {@link ProcessMessage}s on standard input; between
 * opens it waits hidden with the toolkit's pulse stopped (ui/main/Standby), and ends with the tray.
 * Without a tray ({@code fallback}) its window is the app, and closing it quits.
 */
final class WindowApp {

    private static final Logger LOG = LogFile.get();

    private final AppEnvironment environment;
    private final DataFolder folder;
    private final boolean fallback;
    private final Clock clock;
    private final Workspace workspace;
    private final ScheduledTimer timer;
    private final StatusMonitor monitor;
    private final CountDownLatch ended = new CountDownLatch(1);
    private WindowScreens screens;
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
        ScreenLanguage.applyChoice(environment.workspace(folder).settings());
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
        screens = new WindowScreens(workspace, monitor, timer, timer, environment.snippets(), OsAutostart.fromSystem(),
                OsDesktopTheme.fromSystem(), clock, Locale.getDefault(), fallback, this::exit);
        screens.enableImport(environment.calendars());
        screens.enableHolidays(new HolidayOffer(new JollydayHolidays()));
        screens.enableSync(environment.sync(folder.dataDir()));
        screens.enableQrCodes(new ZxingQrCodes());
        monitor.addListener(screens);
        watcher = FolderWatcher.windowFiles(folder, () -> timer.execute(screens::filesChanged));
        timer.execute(monitor::start);
        screens.ready(); // before the first message can come
        ParentProcess.listen(System.in, message -> Platform.runLater(() -> handle(message)),
                line -> LOG.warning("Unknown message from the tray process: " + line),
                // the tray process is gone: a window process without it has no reason to stay
                () -> Platform.runLater(() -> {
                    if (!fallback) {
                        exit();
                    }
                }));
        ParentProcess.ready(); // until now the tray shows its notifications itself
    }

    private void handle(ProcessMessage message) {
        if (message instanceof ProcessMessage.Show) {
            screens.open();
        } else if (message instanceof ProcessMessage.Notify notify) {
            screens.showNotification(notify.title(), notify.text(), notify.icon());
        } else if (message instanceof ProcessMessage.Quit) {
            exit();
        }
    }

    /** Writes what is pending, stops the threads and the toolkit; {@link #launch} returns. FX thread. */
    private void exit() {
        if (exiting) {
            return; // a Quit, then the tray's end of input; or the close below
        }
        exiting = true;
        if (screens != null) {
            screens.close(); // the last edits and the window's place, on the timer thread
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
