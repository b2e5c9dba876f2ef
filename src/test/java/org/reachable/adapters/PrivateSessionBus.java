package org.reachable.adapters;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A session bus of the test's own, started with {@code dbus-run-session} and torn down after: the
 * user's session bus, panel, notifications and dconf database are never touched. Every process
 * started here (the bus, the services it activates such as dconf-service, the tools a test runs)
 * sees XDG_CONFIG_HOME, XDG_RUNTIME_DIR and HOME inside the test's temp folder.
 */
public final class PrivateSessionBus implements AutoCloseable {

    private static final long WAIT_MILLIS = 15_000;

    private final Process session;
    private final String address;
    private final Map<String, String> environment;
    private final List<Process> services = new ArrayList<>();

    private PrivateSessionBus(Process session, String address, Map<String, String> environment) {
        this.session = session;
        this.address = address;
        this.environment = environment;
    }

    /**
     * The named programs, or the test cannot run: on CI (CI=true) that is a failure, because CI
     * installs them (.ci/run); on a developer's machine the test is skipped and says what to install.
     */
    public static void require(String debianPackages, String... programs) {
        for (String program : programs) {
            if (which(program) == null) {
                missing(debianPackages, program);
            }
        }
    }

    /** Something the test needs is not here: a failure on CI, a skip that says what to install elsewhere. */
    public static void missing(String debianPackages, String what) {
        String why = what + " is not installed (Debian: apt-get install " + debianPackages + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        assumeTrue(false, why);
    }

    private static Path which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A bus with a real StatusNotifierWatcher on it, as a desktop whose panel takes tray items. */
    public static PrivateSessionBus withWatcher(Path home) throws IOException, InterruptedException {
        require("haskell-status-notifier-item-utils", "status-notifier-watcher");
        PrivateSessionBus bus = start(home);
        bus.startService("status-notifier-watcher");
        bus.awaitOwner("org.kde.StatusNotifierWatcher");
        return bus;
    }

    public static PrivateSessionBus start(Path home) throws IOException {
        require("dbus dbus-bin", "dbus-run-session", "gdbus");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", Files.createDirectories(home.resolve("config")).toString());
        env.put("XDG_CACHE_HOME", Files.createDirectories(home.resolve("cache")).toString());
        env.put("XDG_DATA_HOME", Files.createDirectories(home.resolve("data")).toString());
        Path runtime = Files.createDirectories(home.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        ProcessBuilder builder = new ProcessBuilder("dbus-run-session", "--", "sh", "-c",
                "echo \"$DBUS_SESSION_BUS_ADDRESS\"; exec cat >/dev/null");
        clean(builder.environment()).putAll(env);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process session = builder.start();
        String address = new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null || address.isBlank()) {
            session.destroy();
            throw new IOException("dbus-run-session gave no bus address");
        }
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        return new PrivateSessionBus(session, address, env);
    }

    /** Drops what would lead a child to the user's own session, display or settings. */
    private static Map<String, String> clean(Map<String, String> env) {
        for (String name : List.of("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME",
                "XDG_RUNTIME_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME", "HOME", "GSETTINGS_BACKEND")) {
            env.remove(name);
        }
        return env;
    }

    public String address() {
        return address;
    }

    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /** Starts a long-running program on this bus; stopped on close (or earlier with {@link #stop}). */
    public Process startService(String... command) throws IOException {
        return startService(null, command);
    }

    /** As {@link #startService(String...)}, with what it prints going to a file (a `gdbus monitor`). */
    public Process startService(Path output, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        clean(builder.environment()).putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.appendTo(output.toFile()));
        Process process = builder.start();
        services.add(process);
        return process;
    }

    public void stop(Process service) throws InterruptedException {
        service.destroy();
        if (!service.waitFor(5, TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor();
        }
        services.remove(service);
    }

    /** Runs a tool (gdbus, busctl, gsettings) on this bus and returns what it printed; fails on an error. */
    public String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        clean(builder.environment()).putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
        return out.strip();
    }

    public boolean hasOwner(String name) throws IOException, InterruptedException {
        return run("gdbus", "call", "--session", "--dest", "org.freedesktop.DBus", "--object-path",
                "/org/freedesktop/DBus", "--method", "org.freedesktop.DBus.NameHasOwner", name).contains("true");
    }

    /**
     * The items the StatusNotifierWatcher on this bus has registered, as gdbus prints them; "" while
     * no watcher answers (a test waits for an item to appear in it).
     */
    public String registeredItems() {
        try {
            return run("gdbus", "call", "--session", "--dest", "org.kde.StatusNotifierWatcher", "--object-path",
                    "/StatusNotifierWatcher", "--method", "org.freedesktop.DBus.Properties.Get",
                    "org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems");
        } catch (IOException | AssertionError e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Waits until the condition holds; a bus round trip is asynchronous, so a test waits for its effect. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + WAIT_MILLIS / 1000 + " s for " + what);
            }
            Thread.sleep(50);
        }
    }

    public void awaitOwner(String name) throws InterruptedException {
        await(name + " on the bus", () -> {
            try {
                return hasOwner(name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        for (Process service : List.copyOf(services)) {
            stop(service);
        }
        try {
            session.getOutputStream().close(); // ends `cat`, and with it dbus-run-session and its bus
        } catch (IOException e) {
            // already gone: nothing left to end
        }
        if (!session.waitFor(5, TimeUnit.SECONDS)) {
            session.destroyForcibly();
        }
    }
}
