package org.reachable.adapters.os;

import java.nio.file.Path;

/**
 * A stand-in for the app in focus, for {@link GnomeBannersTest}: silences the desktop the way the
 * app's start picks it, says so, and waits to be killed with SIGKILL (no shutdown hook runs).
 */
public final class BannersKilledChild {

    private BannersKilledChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        DesktopSilences.forDesktop(System.getenv(), Path.of(args[0])).silence("Focus until 11:00");
        System.out.println("silenced");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
