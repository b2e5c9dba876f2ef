package org.reachable.adapters.dbus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.errors.NoReply;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.exceptions.NotConnected;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MethodCall;

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
            Object[] reply = call(connection, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                    "NameHasOwner", "s", name);
            return reply.length > 0 && Boolean.TRUE.equals(reply[0]);
        } catch (DBusException | DBusExecutionException e) {
            return false;
        }
    }

    /**
     * Calls a method and waits for its reply's arguments, as a remote object of dbus-java's does but
     * without one: each interface's remote object is a proxy class made at run time (~1-5 ms of CPU each,
     * and never in the class archive on JDK 17). Fails as such a call does: an error reply (ServiceUnknown,
     * UnknownMethod...) and no reply in time ({@link NoReply}) as {@link DBusExecutionException}.
     *
     * @param signature the D-Bus signature of {@code arguments}
     */
    public static Object[] call(DBusConnection connection, String destination, String path, String iface,
            String member, String signature, Object... arguments) throws DBusException {
        if (!connection.isConnected()) {
            throw new NotConnected("Not Connected");
        }
        MethodCall call = connection.getMessageFactory()
                .createMethodCall(destination, path, iface, member, (byte) 0, signature, arguments);
        connection.sendMessage(call);
        Message reply = call.getReply();
        if (reply == null) {
            throw new NoReply("No reply within specified time");
        }
        if (reply instanceof org.freedesktop.dbus.messages.Error error) {
            error.throwException();
        }
        return reply.getParameters();
    }
}
