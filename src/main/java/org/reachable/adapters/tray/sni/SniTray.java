package org.reachable.adapters.tray.sni;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.reachable.adapters.dbus.Notifications;
import org.reachable.adapters.dbus.PortalSettings;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.adapters.tray.Clipboard;
import org.reachable.ui.tray.Tray;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;

/**
 * The tray as a StatusNotifierItem on the session bus, for the panels that draw those (KDE, GNOME
 * with AppIndicator, Cinnamon, XFCE, LXQt, Wayland bars). As thin as the AWT tray: it publishes a
 * {@link TrayMenu} and sends a signal only when part of it changed, so an idle tray costs no traffic.
 * It never owns the watcher's name (GNOME's extension breaks when an app does).
 */
public final class SniTray implements Tray {

    private static final Logger LOG = Logger.getLogger(SniTray.class.getName());
    static final String TITLE = "Reachable";

    private final DBusConnection connection;
    private final Optional<Path> iconFolder;
    private final String busName;
    private final Pixmaps pixmaps = new Pixmaps();
    private ExportedItem item;
    private ExportedMenu menu;
    private TrayMenu current;
    private volatile boolean shown;
    private AutoCloseable watcherRestarts;
    private AutoCloseable schemeChanges;
    private volatile ColorScheme scheme = ColorScheme.NO_PREFERENCE;

    private SniTray(DBusConnection connection, Optional<Path> iconFolder) {
        this.connection = connection;
        this.iconFolder = iconFolder;
        this.busName = "org.kde.StatusNotifierItem-" + ProcessHandle.current().pid() + "-1";
    }

    /**
     * The tray on the bus at this address, its named icons in the cache folder {@code environment} gives.
     *
     * @param watcherSeen a watcher was just seen owning its name there ({@code WatcherProbe}): not asked again
     */
    public static Optional<SniTray> at(String address, Map<String, String> environment, boolean watcherSeen) {
        return at(address, IconTheme.cacheFolder(environment), watcherSeen);
    }

    /**
     * The tray on the bus at this address, when a watcher owns its name there.
     *
     * @param iconFolder where our named icons are put for the panel; empty: pixmaps only
     */
    public static Optional<SniTray> at(String address, Optional<Path> iconFolder) {
        return at(address, iconFolder, false);
    }

    private static Optional<SniTray> at(String address, Optional<Path> iconFolder, boolean watcherSeen) {
        warmAuthentication();
        DBusConnection connection;
        try {
            connection = SessionBus.connect(address);
        } catch (DBusException e) {
            // e.g. a unix:abstract= address, which the native transport cannot open: the AWT tray takes over
            LOG.info("No StatusNotifierItem tray: " + e.getMessage());
            return Optional.empty();
        }
        // asking again was a round trip and dbus-java's proxy of the bus, before the icon could register
        if (!watcherSeen && !SessionBus.hasOwner(connection, StatusNotifierWatcher.NAME)) {
            connection.disconnect();
            return Optional.empty();
        }
        return Optional.of(new SniTray(connection, iconFolder));
    }

    /**
     * Initializes dbus-java's SASL class on a thread of its own, now: its static part builds a
     * {@code Collator} for the default locale (~15 ms of CPU in a fresh JVM: the JDK parses its collation
     * rules), which the connection needs only after ~35 ms of its own setting up.
     */
    private static void warmAuthentication() {
        Thread warm = new Thread(() -> {
            try {
                Class.forName("org.freedesktop.dbus.connections.SASL", true, SniTray.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.fine("dbus-java's SASL not found ahead: " + e); // another dbus-java: it is made when needed
            }
        }, "sasl-warm");
        warm.setDaemon(true);
        warm.start();
    }

    /** The bus name the item is registered under. */
    public String busName() {
        return busName;
    }

    @Override
    public boolean isSupported() {
        // asked once before the icon docks, right after at() saw the watcher: no second round trip then
        return connection.isConnected() && (!shown || SessionBus.hasOwner(connection, StatusNotifierWatcher.NAME));
    }

    @Override
    public synchronized void show(TrayMenu first, Consumer<TrayAction> onAction) {
        current = first;
        scheme = ColorScheme.read(connection).orElse(ColorScheme.NO_PREFERENCE);
        String themePath = iconFolder.flatMap(IconTheme::extractedTo).map(IconTheme::path).orElse("");
        item = new ExportedItem(look(first), themePath, onAction);
        menu = new ExportedMenu(new MenuLayout(first), onAction);
        try {
            connection.exportObject(ExportedItem.PATH, item);
            connection.exportObject(ExportedMenu.PATH, menu);
            connection.requestBusName(busName);
        } catch (DBusException e) {
            throw new IllegalStateException("Cannot put the tray item on the session bus", e);
        }
        register();
        shown = true;
        follow(); // after: each is a round trip to the bus that the icon need not wait for
    }

    /** The signals the item follows once it shows. */
    private void follow() {
        try {
            // a panel that restarts brings a new watcher, which knows no items: tell it again
            watcherRestarts = connection.addGenericSigHandler(DBusMatchRuleBuilder.create()
                    .withType("signal").withInterface("org.freedesktop.DBus").withMember("NameOwnerChanged")
                    .withArg0123(0, StatusNotifierWatcher.NAME).build(), this::watcherChanged);
            // a desktop switched between light and dark: the icon that suits its panel
            schemeChanges = connection.addGenericSigHandler(DBusMatchRuleBuilder.create()
                    .withType("signal").withInterface(PortalSettings.INTERFACE).withMember("SettingChanged")
                    .withArg0123(0, PortalSettings.APPEARANCE).build(), this::settingChanged);
        } catch (DBusException e) {
            LOG.warning("The tray item will not follow a restarted panel or a light/dark switch: " + e.getMessage());
        }
    }

    /** NameOwnerChanged(name, old owner, new owner) for the watcher's name, matched on the bus. */
    private void watcherChanged(DBusSignal signal) {
        Object[] args = arguments(signal);
        if (args.length == 3 && StatusNotifierWatcher.NAME.equals(args[0]) && !"".equals(args[2])) {
            LOG.info("The panel's StatusNotifierWatcher restarted: registering the tray item again");
            // off the bus's signal thread, and again a few times: a watcher may own its name a
            // moment before it answers on it (seen with status-notifier-watcher)
            Thread again = new Thread(() -> {
                for (int attempt = 0; attempt < 20 && !register(); attempt++) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "tray-register");
            again.setDaemon(true);
            again.start();
        }
    }

    /** SettingChanged(namespace, key, value) of the settings portal. */
    private void settingChanged(DBusSignal signal) {
        Object[] args = arguments(signal);
        if (args.length == 3 && PortalSettings.COLOR_SCHEME.equals(args[1])) {
            schemeChanged(ColorScheme.of(args[2]));
        }
    }

    private synchronized void schemeChanged(ColorScheme next) {
        if (next == scheme || item == null) {
            return;
        }
        scheme = next;
        item.look(look(current));
        send(() -> new StatusNotifierItem.NewIcon(ExportedItem.PATH));
    }

    private static Object[] arguments(DBusSignal signal) {
        try {
            return signal.getParameters();
        } catch (DBusException e) {
            return new Object[0]; // not the signal we asked for
        }
    }

    private boolean register() {
        try {
            // a plain call, as StatusNotifierWatcher's remote object would make it, without its proxy class
            SessionBus.call(connection, StatusNotifierWatcher.NAME, StatusNotifierWatcher.PATH,
                    StatusNotifierWatcher.NAME, "RegisterStatusNotifierItem", "s", busName);
            return true;
        } catch (DBusException | DBusExecutionException e) {
            LOG.warning("The panel did not take the tray item: " + e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void update(TrayMenu next) {
        if (item == null || next.equals(current)) {
            return;
        }
        TrayMenu before = current;
        current = next;
        item.look(look(next));
        if (before.state() != next.state()) {
            send(() -> new StatusNotifierItem.NewIcon(ExportedItem.PATH));
        }
        if (!before.tooltip().equals(next.tooltip())) {
            send(() -> new StatusNotifierItem.NewToolTip(ExportedItem.PATH));
        }
        if (!before.items().equals(next.items())) {
            int revision = menu.replace(new MenuLayout(next));
            send(() -> new DBusMenu.LayoutUpdated(ExportedMenu.PATH, new UInt32(revision), MenuLayout.ROOT));
        }
    }

    private ExportedItem.Look look(TrayMenu menu) {
        return new ExportedItem.Look(IconTheme.iconName(menu.state()), pixmaps.of(menu.state(), scheme), TITLE,
                menu.tooltip());
    }

    /** Builds and sends a signal; a signal that cannot be built is a programming error. */
    private void send(SignalSource signal) {
        try {
            connection.sendMessage(signal.get());
        } catch (DBusException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface SignalSource {
        DBusSignal get() throws DBusException;
    }

    /** A desktop notification from the tray process, for when the window process cannot show one. */
    @Override
    public void message(String title, String text) {
        notify("dialog-warning", title, text);
    }

    /** An ordinary one (a status change before the window process is ready): the server's own icon. */
    @Override
    public void notice(String title, String text) {
        notify("", title, text);
    }

    private void notify(String icon, String title, String text) {
        try {
            connection.getRemoteObject(Notifications.NAME, Notifications.PATH, Notifications.class)
                    .Notify(TITLE, new UInt32(0), icon, title, text, List.of(), Map.of(), -1);
        } catch (DBusException | DBusExecutionException e) {
            LOG.warning("No notification server took the message \"" + title + "\": " + e.getMessage());
        }
    }

    @Override
    public boolean copyText(String text) {
        return Clipboard.copy(text);
    }

    @Override
    public synchronized void remove() {
        try {
            if (watcherRestarts != null) {
                watcherRestarts.close();
            }
            if (schemeChanges != null) {
                schemeChanges.close();
            }
            connection.releaseBusName(busName);
        } catch (Exception e) {
            LOG.fine("Leaving the bus: " + e.getMessage()); // the connection closes next anyway
        }
        connection.unExportObject(ExportedItem.PATH);
        connection.unExportObject(ExportedMenu.PATH);
        connection.disconnect();
        item = null;
    }
}
