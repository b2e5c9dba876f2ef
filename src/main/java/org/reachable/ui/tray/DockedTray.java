package org.reachable.ui.tray;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A tray whose icon docks before the app knows its status ("dock first"): {@link #dock} shows a
 * first icon and menu at once, while the settings and the schedule are still being read (0.5–2 s
 * of a start on a loaded machine); the controller's {@link #show} then only updates it. A click on
 * the icon in between is kept and handed over with the first real menu, so it still opens the window.
 */
public final class DockedTray implements Tray {

    private final Tray tray;
    private final List<TrayAction> early = new ArrayList<>();
    private Consumer<TrayAction> onAction;
    private boolean docked;

    private DockedTray(Tray tray) {
        this.tray = tray;
    }

    /**
     * {@link #dock(Tray, TrayMenu)} with {@code first} made before the tray is asked for: the tray may still be
     * being chosen on a thread of its own (DesktopTrays.ahead), and the menu need not wait for it.
     */
    public static DockedTray dock(TrayMenu first, Supplier<Tray> tray) {
        return dock(tray.get(), first);
    }

    /** Shows {@code first} on {@code tray} now, when the desktop has a tray. */
    public static DockedTray dock(Tray tray, TrayMenu first) {
        DockedTray docked = new DockedTray(tray);
        if (tray.isSupported()) {
            tray.show(first, docked::action);
            docked.docked = true;
        }
        return docked;
    }

    private void action(TrayAction action) {
        Consumer<TrayAction> target;
        synchronized (this) {
            target = onAction;
            if (target == null) {
                early.add(action);
                return;
            }
        }
        target.accept(action);
    }

    @Override
    public boolean isSupported() {
        return tray.isSupported();
    }

    /** The first menu with the status: replaces the one docked early, and receives what was clicked since. */
    @Override
    public void show(TrayMenu menu, Consumer<TrayAction> actions) {
        List<TrayAction> before;
        synchronized (this) {
            if (!docked) {
                tray.show(menu, actions);
                docked = true;
            } else {
                tray.update(menu);
            }
            onAction = actions;
            before = List.copyOf(early);
            early.clear();
        }
        before.forEach(actions);
    }

    @Override
    public void update(TrayMenu menu) {
        tray.update(menu);
    }

    @Override
    public boolean copyText(String text) {
        return tray.copyText(text);
    }

    @Override
    public void message(String title, String text) {
        tray.message(title, text);
    }

    @Override
    public void notice(String title, String text) {
        tray.notice(title, text);
    }

    @Override
    public void remove() {
        tray.remove();
    }
}
