package org.reachable.ui.tray;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.ManualSwitch;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.snippet.Target;

/**
 * The tray's side of a status: keeps the icon and menu in step with the monitor, tells the user
 * what changed by itself, and turns a menu choice into what it asks for (a status change through
 * {@link ManualSwitch}, a text copied, the window, quitting). Plain Java, toolkit-free.
 */
public final class TrayController implements StatusMonitor.Listener {

    /** The window process as the tray sees it: opened, or asked to show a notification. */
    public interface Window {
        void show();

        /** With the app's icon. */
        default void showNotification(String title, String text) {
            showNotification(title, text, "");
        }

        /** @param icon a state's ("available", "focus", "off"), as the tray shows it, or "" for the app's */
        void showNotification(String title, String text, String icon);
    }

    private final Tray tray;
    private final TrayMenuModel menuModel;
    private final ResourceBundle words;
    private final StatusMonitor monitor;
    private final ManualSwitch manualSwitch;
    private final Executor io;
    private final Window window;
    private final Consumer<Target> copy;
    private final Runnable quit;
    /** The menu's first line while the window cannot open ("Window cannot open: GTK 3 is missing…"). */
    private volatile String windowProblem;
    /** False until the icon is shown, and without a tray: then the status window stands in. */
    private volatile boolean shown;

    /**
     * @param io the monitor's thread: status changes run there, never on the toolkit's
     * @param copy puts a target's text on the clipboard (called on {@code io})
     */
    public TrayController(Tray tray, Locale locale, StatusMonitor monitor, Clock clock, Executor io, Window window,
            Consumer<Target> copy, Runnable quit) {
        this.tray = tray;
        this.menuModel = TrayMenuModel.forLocale(locale);
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
        this.monitor = monitor;
        this.manualSwitch = new ManualSwitch(monitor, clock);
        this.io = io;
        this.window = window;
        this.copy = copy;
        this.quit = quit;
    }

    /** Adds the icon; call on {@code io} once the monitor runs. */
    public void show() {
        tray.show(menu(), this::onAction);
        shown = true;
    }

    public void remove() {
        if (shown) {
            tray.remove();
        }
    }

    void onAction(TrayAction action) {
        switch (action) {
            case OPEN -> window.show(); // tries again; a window that still fails says so again
            case QUIT -> quit.run();
            case COPY_AUTOREPLY -> io.execute(() -> copy.accept(Target.AUTOREPLY));
            case COPY_VOICEMAIL -> io.execute(() -> copy.accept(Target.VOICEMAIL));
            case FORWARD_ON, FORWARD_OFF -> io.execute(() -> copyForwarding(action == TrayAction.FORWARD_ON));
            default -> action.request().ifPresent(request -> io.execute(() -> {
                try {
                    manualSwitch.apply(request);
                } catch (InvalidScheduleException e) {
                    window.showNotification(text("tray.cannot"), ProblemWords.in(words.getLocale()).message(e));
                }
            }));
        }
    }

    /** The forwarding number kept and its codes for all calls; empty without one. */
    private Optional<TrayMenuModel.Forwarding> forwarding(Workspace.Loaded data) {
        String to = data.settings().preferences().forwardTo();
        if (!CallForwarding.isE164(to)) {
            return Optional.empty();
        }
        CallForwarding.Code code = new CallForwarding(to).code(CallForwarding.Condition.UNCONDITIONAL);
        String number = data.phones().international(to, data.phones().region(data.zone()).orElse(null));
        return Optional.of(new TrayMenuModel.Forwarding(number, code.on(), code.off()));
    }

    /** Puts the code on the clipboard and says how to use it, with the operators' caveat. */
    private void copyForwarding(boolean on) {
        forwarding(monitor.data()).ifPresent(f -> {
            String code = on ? f.on() : f.off();
            if (!tray.copyText(code)) {
                window.showNotification(text("tray.copy.failed.title"), text("tray.copy.noClipboard"));
                return;
            }
            window.showNotification(text("tray.forward.copied.title"),
                    format("tray.forward.copied", code, CallForwarding.telUri(code)));
        });
    }

    private TrayMenu menu() {
        Workspace.Loaded data = monitor.data();
        TrayMenu menu = menuModel.menu(monitor.current(), data.zone(), data.override(), forwarding(data));
        String problem = windowProblem;
        if (problem == null) {
            return menu;
        }
        List<TrayMenu.Item> items = new ArrayList<>(List.of(new TrayMenu.Text(problem), new TrayMenu.Separator()));
        items.addAll(menu.items());
        return new TrayMenu(menu.state(), menu.tooltip(), items);
    }

    /**
     * The window process ended with an error before the user closed it: nobody sees the window or
     * its notifications, so the tray says it, in the menu and as a message of its own, naming the
     * cause and the log.
     *
     * @param cause NO_GTK, NO_DISPLAY or CRASHED
     */
    public void windowFailed(String cause, int exitCode, String log) {
        windowProblem = format("tray.windowFailed." + cause, log);
        io.execute(() -> {
            if (shown) {
                tray.update(menu());
            }
        });
        tray.message(text("window.failed.title"), format("window.failed." + cause, log, exitCode));
    }

    /** The same failure in one line, for the terminal when there is no tray to say it in. */
    public String windowFailedLine(String cause, int exitCode, String log) {
        return text("window.failed.title") + ": " + format("window.failed." + cause, log, exitCode);
    }

    /** A notification the window process cannot show: it failed (a warning), or none is ready yet (an ordinary one). */
    public void throughTray(String title, String text, boolean failed) {
        if (failed) {
            tray.message(title, text);
        } else {
            tray.notice(title, text);
        }
    }

    private static String icon(State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        Status status = change.current();
        if (shown) {
            tray.update(menu());
        }
        boolean notify = change.stateChanged() && change.previous() != null && !change.byHand()
                && change.data().settings().preferences().notifications();
        if (notify) {
            window.showNotification(menuModel.headline(status, change.data().zone()), menuModel.channelSentence(status),
                    icon(status.state()));
        }
    }

    @Override
    public void headsUp(Status upcoming, Instant at) {
        Workspace.Loaded data = monitor.data();
        if (data.settings().preferences().notifications()) {
            String time = DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(data.zone()));
            window.showNotification(format("headsUp.title", time), menuModel.headline(upcoming, data.zone()) + ". "
                    + menuModel.channelSentence(upcoming), icon(upcoming.state()));
        }
    }

    @Override
    public void problem(Problem problem) {
        if (problem != null) {
            window.showNotification(text("problem.title"), ProblemWords.in(words.getLocale()).words(problem));
        }
    }

    /** A hook failed: {@code kind} is TIMED_OUT, FAILED or COULD_NOT_START. */
    public void hookFailed(String command, String kind, int exitCode, String detail) {
        window.showNotification(text("hook.failed.title"), format("hook.failed." + kind, command, exitCode, detail));
    }

    private String text(String key) {
        return words.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(words.getString(key), words.getLocale()).format(args);
    }
}
