package org.reachable.adapters.os;

import java.lang.module.ResolvedModule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM options every launcher of Reachable carries (the installer's launcher, the autostart
 * entry, {@code mvn javafx:run}, the window process the tray starts), so no user types them.
 * Measured on JDK 17, a JVM that only sleeps: 29 wake-ups/s with the defaults, 5/s with the serial
 * collector and no perf data (G1's service thread and the perf-data sampler gone), 0/s once the
 * guaranteed safepoint (every second) and the monitor deflation thread (4/s) are quieted.
 * {@code LauncherFlagsTest} keeps the pom and packaging/build.sh in step with {@link #LAUNCHER}.
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

    /**
     * For every Reachable JVM: resident memory (issue 16, goal 5). Measured on JDK 17 with 24 GB of
     * RAM, the tray idling with the window closed: the default heap starts at 1/64 of RAM (378 MB)
     * with a 100 MB eden that the tray writes through page by page, so its RSS grew 102 -> 120 MB in
     * a minute for a live set of 6 MB; an 8 MB young generation keeps what it touches small, the old
     * one still grows as far as a big import needs (no -Xmx: the same launcher runs the commands).
     * Without the C2 compiler the tray keeps ~5 MB less code and compiler memory. The first heap is
     * larger than the young generation: with -Xms8m the JVM printed a warning at every start.
     */
    public static final List<String> MEMORY = List.of("-Xms16m", "-Xmn8m", "-XX:TieredStopAtLevel=1");

    /**
     * The window process the tray starts, after {@link #MEMORY}: the C1 compiler alone and a small
     * first heap (measured 243 MB -> 169 MB; docs/footprint.md), and JavaFX's software pipeline: the
     * OpenGL one loads the desktop's Mesa driver with LLVM (197 -> 131 MB kept while the window is
     * away) for a window of forms and text that does not need it (CPU per open the same, 40-60 ms).
     * Freed native memory goes back to the system once a minute (glibc keeps it otherwise: 151 -> 144 MB
     * after five opens); the trimmer thread wakes ~0.25 times a second (measured), so the tray, where
     * it gave back 1-2 MB, goes without. A 4 MB young generation: the parked process keeps every page
     * of it it ever wrote (parked 131-133 MB against 133-137 MB with 8 MB, six rounds side by side; the
     * first open's CPU the same, median 95 against 90 ms; scripts/footprint/window-memory.sh).
     * No region cache: with the software pipeline it keeps every styled background as an image on the
     * heap (parked 120 against 128 MB, after three opens 130-137 against 147-149 MB, two rounds side by
     * side), and drawing without it was no slower (first open drawn 89-111 against 116-120 ms, CPU
     * 140-150 against 160-170 ms; the week drag's slowest pulse 4-17 against 3-17 ms; 7 December).
     */
    public static final List<String> WINDOW = List.of("-XX:TieredStopAtLevel=1", "-Xms16m", "-Xmn4m", "-Xmx256m",
            "-Dprism.order=sw", "-Dprism.disableRegionCaching=true", "-XX:TrimNativeHeapInterval=60000");

    /**
     * The window process's environment: GTK's own OpenGL off. The first GTK 3 program on a display
     * probes GLX for its visuals and keeps Mesa and LLVM loaded (184 -> 130 MB where the window
     * process was that first one), which the software pipeline never uses.
     */
    public static final Map<String, String> WINDOW_ENVIRONMENT = Map.of("GDK_GL", "disable");

    /** What every launcher carries: {@link #IDLE}, then {@link #MEMORY}. */
    public static final List<String> LAUNCHER = List.copyOf(idleThen(MEMORY));

    private JvmFlags() {
    }

    /**
     * The window process of an installed app, whose JavaFX lives in the runtime image (jlink) instead
     * of a jar: its classes are read with plain reads, not through the JDK's map of the whole image
     * file, whose pages the parked process otherwise kept as its own (lib/modules: 13.5 MB resident).
     * Installed app, window waiting hidden, side by side: 135 -> 128 MB, after three opens 146 -> 141 MB
     * (and 135/128 again in a second round); the tray the same (76 MB). Not for the jar run, where JavaFX
     * comes from the jar: there the parked window was the same (122 MB) and 8-11 MB larger after opens.
     */
    public static final List<String> WINDOW_FROM_RUNTIME_IMAGE = List.of("-Djdk.image.map.all=false");

    /**
     * The window process's options: {@link #IDLE}, {@link #MEMORY}, {@link #WINDOW} (and
     * {@link #WINDOW_FROM_RUNTIME_IMAGE} where JavaFX is in this runtime's image), then {@code more}.
     */
    public static List<String> forWindow(List<String> more) {
        return forWindow(more, javafxInRuntimeImage());
    }

    /**
     * Whether this JVM's JavaFX is a module of its runtime image ({@code jrt:}), as in the installed app:
     * asked of the boot layer the JVM already resolved (35 us), where {@code ModuleFinder.ofSystem()}
     * read the image's module descriptors again at every tray start (2-3.5 ms).
     */
    private static boolean javafxInRuntimeImage() {
        Optional<ResolvedModule> javafx = ModuleLayer.boot().configuration().findModule("javafx.graphics");
        Optional<URI> location = javafx.isPresent() ? javafx.get().reference().location() : Optional.empty();
        return location.isPresent() && "jrt".equals(location.get().getScheme());
    }

    static List<String> forWindow(List<String> more, boolean javafxInRuntimeImage) {
        return idleThen(MEMORY, WINDOW, javafxInRuntimeImage ? WINDOW_FROM_RUNTIME_IMAGE : List.of(), more);
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
