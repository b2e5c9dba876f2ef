package org.reachable.adapters.keyring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;

/** The keyring of this system, or none: memory for this session. */
public final class Keyrings {

    private Keyrings() {
    }

    /**
     * The keyring of the system this runs on, looked for only when a password is first wanted:
     * an app with no server set up never asks the session bus or a keychain anything.
     */
    public static Passwords forThisSystem() {
        return new Passwords() {
            private Passwords chosen;

            private synchronized Passwords chosen() {
                if (chosen == null) {
                    chosen = forSystem(System.getProperty("os.name", ""), System.getenv());
                }
                return chosen;
            }

            @Override
            public Optional<String> find(String server, String user) throws StoreException {
                return chosen().find(server, user);
            }

            @Override
            public void store(String server, String user, String password) throws StoreException {
                chosen().store(server, user, password);
            }

            @Override
            public boolean lasting() {
                return chosen().lasting();
            }
        };
    }

    /**
     * The Secret Service on Linux (when one answers on the session bus), the Keychain on macOS, the
     * Credential Manager on Windows; else {@link SessionPasswords}.
     */
    public static Passwords forSystem(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return new MacKeychain(OsTool.PROCESS);
        }
        if (os.startsWith("windows")) {
            return new WindowsCredentials(OsTool.PROCESS);
        }
        Optional<String> bus = SessionBus.address(env);
        if (bus.isPresent() && SecretServiceKeyring.isAvailable(bus.get())) {
            return new SecretServiceKeyring(bus.get());
        }
        return new SessionPasswords();
    }

    /** Whether passwords kept by {@code passwords} outlive this process. */
    public static boolean lasting(Passwords passwords) {
        return passwords.lasting();
    }
}
