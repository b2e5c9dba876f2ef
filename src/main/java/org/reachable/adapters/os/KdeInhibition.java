package org.reachable.adapters.os;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.reachable.adapters.dbus.Notifications;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.DesktopSilence;

/**
 * KDE Plasma's do-not-disturb: an inhibition on the notification server. Plasma ties it to the
 * caller's bus connection, so a connection of its own is held open for the focus block and closed
 * after UnInhibit; if Reachable dies, the bus drops the connection and Plasma lifts the inhibition.
 */
public final class KdeInhibition implements DesktopSilence {

    private static final Logger LOG = Logger.getLogger(KdeInhibition.class.getName());
    private final String address;
    private DBusConnection held;
    private UInt32 cookie;

    public KdeInhibition(String address) {
        this.address = address;
    }

    /** True when the bus has a notification server that takes inhibitions. */
    public static boolean isAvailable(String address) {
        try (DBusConnection connection = SessionBus.connect(address)) {
            return SessionBus.hasOwner(connection, Notifications.NAME) && connection
                    .getRemoteObject(Notifications.NAME, Notifications.PATH, Notifications.class)
                    .GetCapabilities().contains(Notifications.INHIBITIONS);
        } catch (DBusException | DBusExecutionException | IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void silence(String reason) {
        if (held != null) {
            return;
        }
        try {
            held = SessionBus.connect(address);
            cookie = held.getRemoteObject(Notifications.NAME, Notifications.PATH, Notifications.class)
                    .Inhibit("reachable", reason, Map.of());
        } catch (DBusException | DBusExecutionException e) {
            LOG.warning("The desktop did not take do-not-disturb: " + e.getMessage());
            close();
        }
    }

    @Override
    public synchronized void restore() {
        if (held == null) {
            return;
        }
        try {
            held.getRemoteObject(Notifications.NAME, Notifications.PATH, Notifications.class).UnInhibit(cookie);
        } catch (DBusException | DBusExecutionException e) {
            LOG.info("UnInhibit failed; closing the connection lifts it: " + e.getMessage());
        }
        close();
    }

    private void close() {
        if (held != null) {
            held.disconnect();
        }
        held = null;
        cookie = null;
    }
}
