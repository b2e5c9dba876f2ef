package org.reachable.adapters.files;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The other process of {@link FileTurnsTest}: COUNT adds to the counter file N times, each a read
 * and a write in its turn; HOLD takes the turn and keeps it until killed.
 */
public final class FileTurnsChild {

    private FileTurnsChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreFile file = new StoreFile(new DataFile(Path.of(args[0]), Clock.systemUTC()));
        if (args[1].equals("HOLD")) {
            FileTurns.holding(Path.of(args[0] + ".lock"), Duration.ofSeconds(5), "counter", () -> {
                System.out.println("holding");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            return;
        }
        System.out.println("ready");
        System.out.flush();
        FileTurnsTest.count(file, Integer.parseInt(args[2]));
        System.out.println("done");
    }
}
