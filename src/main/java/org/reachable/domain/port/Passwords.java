package org.reachable.domain.port;

import java.util.Optional;

/**
 * Where a server's password is kept: the operating system's keyring (Secret Service, Windows
 * Credential Manager, macOS Keychain), never settings.json. Where no keyring answers, the
 * password lives only as long as the process.
 */
public interface Passwords {

    /** The password for {@code user} at {@code server}, if one was kept. */
    Optional<String> find(String server, String user) throws StoreException;

    /** Keeps (or replaces) the password for {@code user} at {@code server}. */
    void store(String server, String user, String password) throws StoreException;

    /** False where no keyring answers and a password lives only as long as the process. */
    default boolean lasting() {
        return true;
    }
}
