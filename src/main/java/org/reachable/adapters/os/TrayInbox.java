package org.reachable.adapters.os;

import org.reachable.adapters.keyring.SessionPasswords;

/**
 * What the tray process does with a line that reaches it over the single-instance socket: a second
 * start's Show opens the window; a password handed over by the window or the command line (where
 * no keyring keeps it) is held in memory for the tray's syncs. Anything else is ignored.
 */
public final class TrayInbox {

    private TrayInbox() {
    }

    public static void take(String line, Runnable show) {
        ProcessMessage.parse(line).ifPresent(message -> {
            if (message instanceof ProcessMessage.Show) {
                show.run();
            } else if (message instanceof ProcessMessage.Password given) {
                SessionPasswords.handed(given.url(), given.user(), given.password());
            }
        });
    }
}
