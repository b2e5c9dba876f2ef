package org.reachable.adapters.dbus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;

/** Where the user's session bus is, and a connection of our own to it. */
public final class SessionBus {

    private SessionBus() {
    }

    /** The session bus address from this environment, if there is a session bus. */
    public static Optional<String> address(Map<String, String> env) {
        String address = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return Optional.of(address);
        }
        // systemd's user bus, where the variable is not exported (some display managers)
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && Files.exists(Path.of(runtime, "bus"))) {
            return Optional.of("unix:path=" + Path.of(runtime, "bus"));
        }
        return Optional.empty();
    }

    /**
     * A private connection (not dbus-java's shared one), so closing it ends only what it held.
     * Fails for {@code unix:abstract=} addresses, which the native transport cannot open.
     */
    public static DBusConnection connect(String address) throws DBusException {
        try {
            return DBusConnectionBuilder.forAddress(address).withShared(false).build();
        } catch (RuntimeException e) {
            throw new DBusException("Cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    public static boolean hasOwner(DBusConnection connection, String name) {
        try {
            return connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class)
                    .NameHasOwner(name);
        } catch (DBusException | DBusExecutionException e) {
            return false;
        }
    }
}
