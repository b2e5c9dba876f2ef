package org.reachable.adapters.caldav;

import java.nio.file.Path;
import java.util.Optional;
import org.reachable.adapters.os.ProcessMessage;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;

/**
 * Where no keyring answers, a password given in one process (typed in the window's Settings, or
 * to {@code reachable sync --setup}) would stay in that process, and the tray process, which runs
 * the syncs, would fail for want of it. So it is also handed to the running tray over the
 * single-instance channel ({@link ProcessMessage.Password}), to be held in memory there; it is
 * never written to a file. With a keyring the tray finds it there, and nothing is sent.
 */
final class TrayHandover implements Passwords {

    private final Passwords here;
    private final Path folder;

    TrayHandover(Passwords here, Path folder) {
        this.here = here;
        this.folder = folder;
    }

    @Override
    public Optional<String> find(String server, String user) throws StoreException {
        return here.find(server, user);
    }

    @Override
    public void store(String server, String user, String password) throws StoreException {
        here.store(server, user, password);
        if (!here.lasting()) {
            // no tray running (the command line alone) is no failure: the tray asks when it starts
            SingleInstance.signal(folder, new ProcessMessage.Password(server, user, password).encode());
        }
    }

    @Override
    public boolean lasting() {
        return here.lasting();
    }
}
