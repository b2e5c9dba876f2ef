package org.reachable.adapters.keyring;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.Variant;

/**
 * The few calls of the freedesktop Secret Service API (org.freedesktop.Secret, as GNOME Keyring
 * and KWallet serve it) that keeping one password needs, declared for dbus-java 5 so that no
 * second D-Bus library (and with it a second dbus-java) comes onto the class path.
 */
final class SecretApi {

    static final String BUS_NAME = "org.freedesktop.secrets";
    static final String PATH = "/org/freedesktop/secrets";
    static final String DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default";
    /** "/" as a prompt means none is needed. */
    static final String NO_PROMPT = "/";

    private SecretApi() {
    }

    /** Two return values (D-Bus out-arguments); dbus-java reads their types from the generic arguments. */
    public static final class Pair<A, B> extends Tuple {
        @Position(0)
        private final A first;
        @Position(1)
        private final B second;

        public Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        public A first() {
            return first;
        }

        public B second() {
            return second;
        }
    }

    /** (oayays): the session it is for, parameters (none for "plain"), the secret, its content type. */
    public static final class Secret extends Struct {
        @Position(0)
        private final DBusPath session;
        @Position(1)
        private final byte[] parameters;
        @Position(2)
        private final byte[] value;
        @Position(3)
        private final String contentType;

        public Secret(DBusPath session, byte[] parameters, byte[] value, String contentType) {
            this.session = session;
            this.parameters = parameters;
            this.value = value;
            this.contentType = contentType;
        }

        public byte[] value() {
            return value;
        }
    }

    @DBusInterfaceName("org.freedesktop.Secret.Service")
    public interface Service extends DBusInterface {
        Pair<Variant<?>, DBusPath> OpenSession(String algorithm, Variant<?> input);

        Pair<List<DBusPath>, List<DBusPath>> SearchItems(Map<String, String> attributes);

        Pair<List<DBusPath>, DBusPath> Unlock(List<DBusPath> objects);

        Map<DBusPath, Secret> GetSecrets(List<DBusPath> items, DBusPath session);
    }

    @DBusInterfaceName("org.freedesktop.Secret.Collection")
    public interface Collection extends DBusInterface {
        Pair<DBusPath, DBusPath> CreateItem(Map<String, Variant<?>> properties, Secret secret, boolean replace);
    }

    @DBusInterfaceName("org.freedesktop.Secret.Session")
    public interface Session extends DBusInterface {
        void Close();
    }
}
