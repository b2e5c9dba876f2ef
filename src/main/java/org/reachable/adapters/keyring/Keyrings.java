package org.reachable.adapters.keyring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.Passwords;

/** The keyring of this system, or none: memory for this session. */
public final class Keyrings {

    private Keyrings() {
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
        return !(passwords instanceof SessionPasswords);
    }
}
