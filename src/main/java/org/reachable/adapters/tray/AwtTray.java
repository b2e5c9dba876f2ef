package org.reachable.adapters.tray;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Image;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.beans.PropertyChangeListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;
import org.reachable.domain.status.State;

/**
 * The tray through {@code java.awt.SystemTray}. Kept thin: it only draws a {@link TrayMenu}; what
 * the menu says and does is decided elsewhere and tested without a desktop. Everything here runs
 * on the AWT event thread.
 */
public final class AwtTray implements Tray {

    private static final int[] SIZES = {16, 22, 24, 32, 48, 64};

    private TrayIcon icon;
    private TrayMenu current;
    private Consumer<TrayAction> onAction;
    private PropertyChangeListener trayHostWatcher;

    @Override
    public boolean isSupported() {
        try {
            return SystemTray.isSupported();
        } catch (UnsupportedOperationException e) { // HeadlessException is one
            return false;
        }
    }

    @Override
    public void show(TrayMenu menu, Consumer<TrayAction> actions) {
        onAction = actions;
        current = menu;
        onEventThread(() -> {
            SystemTray tray = SystemTray.getSystemTray();
            icon = new TrayIcon(image(menu.state(), tray.getTrayIconSize().height), menu.tooltip());
            icon.setImageAutoSize(true);
            // X11 fires this on a single left click, Windows on a double click: either opens the window
            icon.addActionListener(e -> onAction.accept(TrayAction.OPEN));
            icon.setPopupMenu(popup(menu));
            add(tray);
            // a tray host that restarts (panel crash, theme change) drops our icon: put it back
            trayHostWatcher = e -> {
                if (e.getNewValue() != null && icon != null) {
                    add(SystemTray.getSystemTray());
                }
            };
            tray.addPropertyChangeListener("systemTray", trayHostWatcher);
        });
    }

    @Override
    public void update(TrayMenu menu) {
        onEventThread(() -> {
            if (icon == null) {
                return;
            }
            if (current == null || current.state() != menu.state()) {
                icon.setImage(image(menu.state(), SystemTray.getSystemTray().getTrayIconSize().height));
            }
            icon.setToolTip(menu.tooltip());
            // rebuilt every time, so nothing the toolkit keeps (checkbox state) drifts from the model
            icon.setPopupMenu(popup(menu));
            current = menu;
        });
    }

    @Override
    public boolean copyText(String text) {
        return Clipboard.copy(text);
    }

    @Override
    public void message(String title, String text) {
        onEventThread(() -> {
            if (icon != null) {
                icon.displayMessage(title, text, TrayIcon.MessageType.WARNING);
            }
        });
    }

    @Override
    public void notice(String title, String text) {
        onEventThread(() -> {
            if (icon != null) {
                icon.displayMessage(title, text, TrayIcon.MessageType.NONE);
            }
        });
    }

    @Override
    public void remove() {
        onEventThread(() -> {
            SystemTray tray = SystemTray.getSystemTray();
            if (trayHostWatcher != null) {
                tray.removePropertyChangeListener("systemTray", trayHostWatcher);
            }
            if (icon != null) {
                tray.remove(icon);
                icon = null;
            }
        });
    }

    private void add(SystemTray tray) {
        try {
            tray.remove(icon);
            tray.add(icon);
        } catch (AWTException e) {
            throw new IllegalStateException("The system tray refused the icon", e);
        }
    }

    private PopupMenu popup(TrayMenu menu) {
        PopupMenu popup = new PopupMenu();
        addItems(popup, menu.items());
        return popup;
    }

    private void addItems(Menu into, List<TrayMenu.Item> items) {
        for (TrayMenu.Item item : items) {
            if (item instanceof TrayMenu.Text text) {
                MenuItem line = new MenuItem(text.text());
                line.setEnabled(false);
                into.add(line);
            } else if (item instanceof TrayMenu.Action action) {
                MenuItem entry = new MenuItem(action.text());
                entry.addActionListener(e -> onAction.accept(action.action()));
                into.add(entry);
            } else if (item instanceof TrayMenu.Submenu submenu) {
                Menu sub = new Menu(submenu.text());
                addItems(sub, submenu.items());
                into.add(sub);
            } else {
                into.addSeparator();
            }
        }
    }

    /** The icon for a state at the size the tray asks for (the nearest one we drew, never smaller). */
    static Image image(State state, int height) {
        int size = SIZES[SIZES.length - 1];
        for (int s : SIZES) {
            if (s >= height) {
                size = s;
                break;
            }
        }
        String name = "/org/reachable/icons/tray-" + state.name().toLowerCase(Locale.ROOT) + "-" + size + ".png";
        try (InputStream in = AwtTray.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing icon " + name);
            }
            // the toolkit's own decoder, not ImageIO: ~200 classes fewer before the icon docks
            return Toolkit.getDefaultToolkit().createImage(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void onEventThread(Runnable task) {
        if (EventQueue.isDispatchThread()) {
            task.run();
        } else {
            try {
                EventQueue.invokeAndWait(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
