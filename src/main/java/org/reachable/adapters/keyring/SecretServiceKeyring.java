package org.reachable.adapters.keyring;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Passwords in the desktop's keyring through the Secret Service (GNOME Keyring, KWallet, KeePassXC),
 * on the session bus: one item per server and user, found by its attributes. A "plain" session is
 * enough on the session bus, which only this user's processes can reach. A keyring that is locked
 * and would need a prompt counts as no keyring: the caller asks for the password instead.
 */
public final class SecretServiceKeyring implements Passwords {

    static final String APPLICATION = "reachable";

    private final String address;

    public SecretServiceKeyring(String address) {
        this.address = address;
    }

    /** Whether a Secret Service answers on the bus at {@code address}. */
    public static boolean isAvailable(String address) {
        try (DBusConnection connection = SessionBus.connect(address)) {
            return SessionBus.hasOwner(connection, SecretApi.BUS_NAME);
        } catch (DBusException | DBusExecutionException | java.io.IOException e) {
            return false;
        }
    }

    private static Map<String, String> attributes(String server, String user) {
        return Map.of("application", APPLICATION, "server", server, "user", user);
    }

    @Override
    public Optional<String> find(String server, String user) throws StoreException {
        try (DBusConnection connection = SessionBus.connect(address)) {
            SecretApi.Service service = connection.getRemoteObject(SecretApi.BUS_NAME, SecretApi.PATH,
                    SecretApi.Service.class);
            SecretApi.Pair<List<DBusPath>, List<DBusPath>> found = service.SearchItems(attributes(server, user));
            List<DBusPath> items = found.first();
            if (items.isEmpty() && !found.second().isEmpty()) {
                SecretApi.Pair<List<DBusPath>, DBusPath> unlocked = service.Unlock(found.second());
                items = unlocked.first();
            }
            if (items.isEmpty()) {
                return Optional.empty();
            }
            DBusPath session = service.OpenSession("plain", new Variant<>("")).second();
            try {
                SecretApi.Secret secret = service.GetSecrets(List.of(items.get(0)), session).get(items.get(0));
                return secret == null ? Optional.empty()
                        : Optional.of(new String(secret.value(), StandardCharsets.UTF_8));
            } finally {
                close(connection, session);
            }
        } catch (DBusException | DBusExecutionException | java.io.IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void store(String server, String user, String password) throws StoreException {
        try (DBusConnection connection = SessionBus.connect(address)) {
            SecretApi.Service service = connection.getRemoteObject(SecretApi.BUS_NAME, SecretApi.PATH,
                    SecretApi.Service.class);
            DBusPath session = service.OpenSession("plain", new Variant<>("")).second();
            try {
                SecretApi.Collection collection = connection.getRemoteObject(SecretApi.BUS_NAME,
                        SecretApi.DEFAULT_COLLECTION, SecretApi.Collection.class);
                Map<String, Variant<?>> properties = Map.of(
                        "org.freedesktop.Secret.Item.Label", new Variant<>("Reachable: " + user + " on " + server),
                        "org.freedesktop.Secret.Item.Attributes", new Variant<>(attributes(server, user), "a{ss}"));
                SecretApi.Secret secret = new SecretApi.Secret(session, new byte[0],
                        password.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf8");
                SecretApi.Pair<DBusPath, DBusPath> made = collection.CreateItem(properties, secret, true);
                if (!SecretApi.NO_PROMPT.equals(made.second().getPath())) {
                    throw new DBusException("the keyring is locked and asks for its password");
                }
            } finally {
                close(connection, session);
            }
        } catch (DBusException | DBusExecutionException | java.io.IOException e) {
            throw failed(e);
        }
    }

    private static void close(DBusConnection connection, DBusPath session) {
        try {
            connection.getRemoteObject(SecretApi.BUS_NAME, session.getPath(), SecretApi.Session.class).Close();
        } catch (DBusException | DBusExecutionException e) {
            // the session ends with the connection anyway
        }
    }

    private static StoreException failed(Exception e) {
        return new StoreException(Problem.of(ProblemKind.KEYRING_FAILED, String.valueOf(e.getMessage())), e);
    }
}
