package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The folder that holds the user's data. {@code --data-dir} wins, then {@code REACHABLE_HOME},
 * then the OS's own place for app data. Resolution takes the environment, OS name and home folder
 * as arguments so that every case can be tested on any machine; {@link #fromSystem} is the one
 * place that reads them from the running JVM.
 */
public final class DataFolder {

    public static final String ENV_HOME = "REACHABLE_HOME";

    public static final String SCHEDULE_ICS = "schedule.ics";
    public static final String SETTINGS_JSON = "settings.json";
    public static final String OVERRIDE_JSON = "override.json";
    public static final String SUBSCRIPTIONS_JSON = "subscriptions.json";
    public static final String CALENDAR_PUBLISH_JSON = "calendar-publish.json";
    public static final String STATUS_JSON = "status.json";
    /** What {@code reachable status} last made of the files, to answer again without them (StatusCache). */
    public static final String STATUS_CACHE = ".status-cache";
    public static final String LOG_FILE = "reachable.log";

    /** Which rule chose the folder, so the app can tell a puzzled user why it looks there. */
    public enum Source {
        DATA_DIR_OPTION,
        REACHABLE_HOME,
        OS_DEFAULT
    }

    private final Path root;
    private final Source source;

    private DataFolder(Path root, Source source) {
        this.root = root;
        this.source = source;
    }

    /** A folder given directly, e.g. a temp folder in a test. */
    public static DataFolder at(Path root) {
        return new DataFolder(root, Source.DATA_DIR_OPTION);
    }

    /**
     * Resolves the folder. Blank values count as absent: an empty {@code REACHABLE_HOME=} left in a
     * shell profile should not turn the current directory into the data folder. A leading
     * {@code ~} is expanded because {@code --data-dir=~/x} reaches us unexpanded by the shell.
     */
    public static DataFolder resolve(
            Optional<String> explicitDir, Map<String, String> env, String osName, String userHome) {
        Optional<String> explicit = explicitDir.filter(DataFolder::notBlank);
        if (explicit.isPresent()) {
            return new DataFolder(expandHome(explicit.get(), userHome), Source.DATA_DIR_OPTION);
        }
        String home = env.get(ENV_HOME);
        if (notBlank(home)) {
            return new DataFolder(expandHome(home, userHome), Source.REACHABLE_HOME);
        }
        return new DataFolder(osDefault(env, osName, userHome), Source.OS_DEFAULT);
    }

    /** Resolves against this JVM's environment, {@code os.name} and {@code user.home}. */
    public static DataFolder fromSystem(Optional<String> explicitDir) {
        return resolve(
                explicitDir, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    private static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            // APPDATA is missing only in stripped environments (services, some CI); this is its usual value.
            Path base = notBlank(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Reachable");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Reachable");
        }
        // Linux and the other Unixes follow XDG; the spec says a relative XDG_CONFIG_HOME is invalid.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = notBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("reachable");
    }

    private static Path expandHome(String dir, String userHome) {
        if (dir.equals("~")) {
            return Path.of(userHome);
        }
        if (dir.startsWith("~/") || dir.startsWith("~\\")) {
            return Path.of(userHome, dir.substring(2));
        }
        return Path.of(dir);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Path root() {
        return root;
    }

    /** This folder as a {@code --data-dir} value, for what takes one (the sync, as the CLI asks it). */
    public Optional<String> dataDir() {
        return Optional.of(root.toString());
    }

    public Source source() {
        return source;
    }

    /** Creates the folder (and its parents) if missing; returns it. */
    public Path create() throws IOException {
        return Files.createDirectories(root);
    }

    public Path file(String name) {
        return root.resolve(name);
    }

    public Path schedule() {
        return file(SCHEDULE_ICS);
    }

    public Path settings() {
        return file(SETTINGS_JSON);
    }

    public Path override() {
        return file(OVERRIDE_JSON);
    }

    public Path subscriptions() {
        return file(SUBSCRIPTIONS_JSON);
    }

    public Path status() {
        return file(STATUS_JSON);
    }

    /**
     * The files a status is made of, in the order they are read: what the tray's freshness rule
     * (LastRead) and the command's kept answer (StatusCache) both stamp, so the two cannot drift apart.
     */
    public List<Path> statusInputs() {
        return List.of(schedule(), settings(), override());
    }

    public Path statusCache() {
        return file(STATUS_CACHE);
    }

    public Path log() {
        return file(LOG_FILE);
    }

    @Override
    public String toString() {
        return root + " (" + source + ")";
    }
}
