package org.reachable.adapters.os;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The other JVM of {@link SingleInstanceTest}: HOLD keeps the lock until killed; else it signals. */
public final class SingleInstanceChild {

    private SingleInstanceChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Optional<SingleInstance> instance = SingleInstance.acquire(dir, m -> { });
        if (args[1].equals("HOLD")) {
            while (instance.isPresent() && !Files.exists(dir.resolve(SingleInstance.PORT_FILE))) {
                Thread.sleep(20); // it listens a moment after it holds the lock
            }
            System.out.println(instance.isPresent() ? "holding" : "not-holding");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
        boolean delivered = SingleInstance.signal(dir, args[1]);
        System.out.println((instance.isPresent() ? "got-lock" : "locked-elsewhere") + " "
                + (delivered ? "delivered" : "not-delivered"));
    }
}
