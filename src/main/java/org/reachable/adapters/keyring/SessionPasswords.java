package org.reachable.adapters.keyring;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reachable.domain.port.Passwords;

/**
 * Where no keyring answers: a password is kept in this process's memory only, so the user is
 * asked once per session and it is never written to a file. The tray process (which runs the
 * syncs) also finds a password the window or the command line handed it ({@link #handed}).
 */
public final class SessionPasswords implements Passwords {

    /** Handed to this process by another one of the same data folder; for as long as it runs. */
    private static final Map<String, String> HANDED = new ConcurrentHashMap<>();

    private final Map<String, String> kept = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String server, String user) {
        String key = server + "\n" + user;
        return Optional.ofNullable(kept.getOrDefault(key, HANDED.get(key)));
    }

    @Override
    public void store(String server, String user, String password) {
        kept.put(server + "\n" + user, password);
    }

    @Override
    public boolean lasting() {
        return false;
    }

    /** A password typed in another process (the window's Settings) reaches this one: kept in memory too. */
    public static void handed(String server, String user, String password) {
        HANDED.put(server + "\n" + user, password);
    }
}
