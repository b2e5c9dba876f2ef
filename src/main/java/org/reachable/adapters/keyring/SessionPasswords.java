package org.reachable.adapters.keyring;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.domain.port.Passwords;

/**
 * Where no keyring answers: a password is kept in this process's memory only, so the user is
 * asked once per session and it is never written to a file.
 */
public final class SessionPasswords implements Passwords {

    private final Map<String, String> kept = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String server, String user) {
        return Optional.ofNullable(kept.get(server + "\n" + user));
    }

    @Override
    public void store(String server, String user, String password) {
        kept.put(server + "\n" + user, password);
    }
}
