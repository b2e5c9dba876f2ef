package org.reachable.adapters.os;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options every launcher of Reachable carries (the installer's launcher, the autostart
 * entry, {@code mvn javafx:run}, the window process the tray starts), so no user types them.
 * Measured on JDK 17, a JVM that only sleeps: 29 wake-ups/s with the defaults, 5/s with the serial
 * collector and no perf data (G1's service thread and the perf-data sampler gone), 0/s once the
 * guaranteed safepoint (every second) and the monitor deflation thread (4/s) are quieted.
 * {@code LauncherFlagsTest} keeps the pom and packaging/build.sh in step with this list.
 */
public final class JvmFlags {

    /** For every Reachable JVM: no timers that nobody needs while it idles. */
    public static final List<String> IDLE = List.of(
            // a later JDK that drops one of the diagnostic flags below must still start the app
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            "-XX:+UnlockDiagnosticVMOptions",
            // the VM's cleanup safepoint once a second: nothing here needs it on a timer
            "-XX:GuaranteedSafepointInterval=0",
            // idle monitors are still deflated, once a minute instead of four times a second
            "-XX:AsyncDeflationInterval=60000");

    private JvmFlags() {
    }

    /**
     * {@link #IDLE}, then {@code more} in order (a later option wins): a child JVM gets the idle
     * flags itself, whatever its parent was started with.
     */
    @SafeVarargs
    public static List<String> idleThen(List<String>... more) {
        List<String> options = new ArrayList<>(IDLE);
        for (List<String> some : more) {
            options.addAll(some);
        }
        return options;
    }
}
