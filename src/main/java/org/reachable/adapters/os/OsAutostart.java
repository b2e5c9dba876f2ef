package org.reachable.adapters.os;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.reachable.adapters.files.AtomicFile;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Start at login, the way each OS expects it (see BUILD-NOTES.md, "Autostart conventions"):
 * Linux and other Unixes an XDG autostart entry {@code $XDG_CONFIG_HOME/autostart/reachable.desktop},
 * Windows a value under {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run} (through
 * {@code reg.exe}), macOS a LaunchAgent {@code ~/Library/LaunchAgents/org.reachable.Reachable.plist}.
 * Every entry runs the command that started this app, with {@code --background}.
 *
 * <p>Like {@link org.reachable.adapters.files.DataFolder}, the environment, OS name, home folder and
 * command are arguments, so every case is testable on any machine; {@link #fromSystem} reads them
 * from the running JVM.
 */
public final class OsAutostart implements Autostart {

    public static final String ID = "reachable";
    public static final String MAC_LABEL = "org.reachable.Reachable";
    public static final String WINDOWS_RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    public static final String WINDOWS_VALUE = "Reachable";
    public static final String BACKGROUND = "--background";
    public static final String MAIN_CLASS = "org.reachable.app.Launcher";
    /** The flags the tray app runs with all day (the same in every launcher). */
    public static final List<String> JVM_FLAGS = JvmFlags.LAUNCHER;
    /** In {@link #launchCommand}'s properties: the jar run's class archive (ClassArchive.forUser). */
    public static final String ARCHIVE = "reachable.class-archive";

    /** Runs a command (reg.exe) and answers its exit code; a fake in tests. */
    @FunctionalInterface
    public interface Commands {
        int run(List<String> command) throws IOException;
    }

    private enum Os {
        LINUX,
        WINDOWS,
        MAC
    }

    private final Os os;
    private final Path entry;
    private final List<String> command;
    private final String icon;
    private final Commands commands;

    /**
     * @param command the program and its arguments that start this app (without {@code --background})
     * @param icon the icon for the Linux entry: a path or an icon-theme name
     */
    public OsAutostart(Map<String, String> env, String osName, String userHome, List<String> command, String icon,
            Commands commands) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            os = Os.WINDOWS;
            entry = null;
        } else if (name.startsWith("mac") || name.contains("darwin")) {
            os = Os.MAC;
            entry = Path.of(userHome, "Library", "LaunchAgents", MAC_LABEL + ".plist");
        } else {
            os = Os.LINUX;
            // the XDG spec says a relative XDG_CONFIG_HOME is invalid, so it is ignored
            String xdg = env.get("XDG_CONFIG_HOME");
            Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                    : Path.of(userHome, ".config");
            entry = base.resolve("autostart").resolve(ID + ".desktop");
        }
        this.command = List.copyOf(command);
        this.icon = icon;
        this.commands = commands;
    }

    /** For this JVM: its environment, os.name, user.home, and the command that started it. */
    public static OsAutostart fromSystem() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String key : List.of("jpackage.app-path", "java.home", "java.class.path", "os.name")) {
            String value = System.getProperty(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        properties.put(ARCHIVE, ClassArchive.forUser(System.getenv(), System.getProperty("user.home")).toString());
        return new OsAutostart(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                launchCommand(properties), icon(properties), OsAutostart::runCommand);
    }

    /**
     * The command that starts this app: the jpackage launcher when installed (jpackage sets
     * {@code jpackage.app-path}), else this JVM's java with the tray flags, the class path and the
     * launcher class.
     */
    public static List<String> launchCommand(Map<String, String> properties) {
        String appPath = properties.get("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            return List.of(appPath);
        }
        boolean windows = properties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        // javaw on Windows: no console window at login
        Path java = Path.of(properties.getOrDefault("java.home", ""), "bin", windows ? "javaw.exe" : "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JVM_FLAGS);
        if (properties.containsKey(ARCHIVE)) { // the tray makes it after a start that found it missing or stale
            command.addAll(ClassArchive.options(Path.of(properties.get(ARCHIVE))));
        }
        command.add("-cp");
        // absolute, since a login session starts in the home folder; each entry of a longer class path too
        List<String> entries = new ArrayList<>();
        for (String entry : properties.getOrDefault("java.class.path", "").split(Pattern.quote(
                File.pathSeparator))) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        command.add(String.join(File.pathSeparator, entries));
        command.add(MAIN_CLASS);
        return command;
    }

    /** The installed app's icon (jpackage puts it in lib/ next to bin/), else the theme name. */
    static String icon(Map<String, String> properties) {
        String appPath = properties.get("jpackage.app-path");
        if (appPath != null && !appPath.isBlank()) {
            Path launcher = Path.of(appPath);
            Path lib = launcher.toAbsolutePath().getParent().resolveSibling("lib");
            Path png = lib.resolve(launcher.getFileName().toString() + ".png");
            if (Files.exists(png)) {
                return png.toString();
            }
        }
        return ID;
    }

    /** Where the Linux or macOS entry lives; null on Windows (the registry). */
    public Path entry() {
        return entry;
    }

    @Override
    public boolean isEnabled() throws StoreException {
        return switch (os) {
            case LINUX -> Files.exists(entry) && desktopEntryEnabled(read(entry));
            case MAC -> Files.exists(entry);
            case WINDOWS -> reg(List.of("reg", "query", WINDOWS_RUN_KEY, "/v", WINDOWS_VALUE)) == 0;
        };
    }

    @Override
    public void enable() throws StoreException {
        switch (os) {
            case LINUX -> write(entry, desktopEntry());
            case MAC -> write(entry, launchAgent());
            case WINDOWS -> {
                if (reg(List.of("reg", "add", WINDOWS_RUN_KEY, "/v", WINDOWS_VALUE, "/t", "REG_SZ", "/d",
                        windowsCommandLine(), "/f")) != 0) {
                    throw new StoreException(Problem.of(ProblemKind.AUTOSTART_REG_FAILED).at(WINDOWS_RUN_KEY, 0));
                }
            }
        }
    }

    @Override
    public void disable() throws StoreException {
        switch (os) {
            case LINUX, MAC -> {
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    throw new StoreException(Problem.of(ProblemKind.FILE_UNREMOVABLE, e.getMessage()).at(entry.toString(), 0), e);
                }
            }
            case WINDOWS -> {
                // exit code 1: the value was not there, which is what we want
                reg(List.of("reg", "delete", WINDOWS_RUN_KEY, "/v", WINDOWS_VALUE, "/f"));
            }
        }
    }

    private List<String> withBackground() {
        List<String> all = new ArrayList<>(command);
        all.add(BACKGROUND);
        return all;
    }

    /** The XDG desktop entry (Desktop Entry Specification 1.5). */
    String desktopEntry() {
        StringBuilder exec = new StringBuilder();
        for (String argument : withBackground()) {
            if (exec.length() > 0) {
                exec.append(' ');
            }
            exec.append(execArgument(argument));
        }
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Version=1.5\n"
                + "Name=Reachable\n"
                + "Comment=Shows when you are reachable and keeps your focus blocks\n"
                + "Comment[nl]=Laat zien wanneer je bereikbaar bent en bewaakt je focusblokken\n"
                + "Exec=" + exec + "\n"
                + "Icon=" + icon + "\n"
                + "Terminal=false\n"
                + "Categories=Office;Utility;\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    /**
     * One Exec argument: quoted when it holds a reserved character, with {@code " ` $ \} escaped
     * inside the quotes; then, as Exec is a string value, every backslash doubled, and {@code %}
     * (a field code) written {@code %%}.
     */
    static String execArgument(String argument) {
        boolean plain = !argument.isEmpty() && argument.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`=".indexOf(c) >= 0);
        String quoted = plain ? argument
                : "\"" + argument.replaceAll("([\"`$\\\\])", "\\\\$1") + "\"";
        return quoted.replace("\\", "\\\\").replace("%", "%%");
    }

    /**
     * Whether an existing entry (perhaps edited by the user or a settings tool) runs: the XDG
     * autostart spec turns it off with {@code Hidden=true}, GNOME with
     * {@code X-GNOME-Autostart-enabled=false}.
     */
    static boolean desktopEntryEnabled(String content) {
        Map<String, String> keys = desktopEntryKeys(content);
        return !"true".equalsIgnoreCase(keys.getOrDefault("Hidden", "").trim())
                && !"false".equalsIgnoreCase(keys.getOrDefault("X-GNOME-Autostart-enabled", "").trim());
    }

    /** The keys of the [Desktop Entry] group, values as written (escapes kept). */
    public static Map<String, String> desktopEntryKeys(String content) {
        Map<String, String> keys = new LinkedHashMap<>();
        boolean inGroup = false;
        for (String line : content.split("\r?\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[")) {
                inGroup = trimmed.equals("[Desktop Entry]");
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (inGroup && eq > 0) {
                keys.put(trimmed.substring(0, eq).trim(), trimmed.substring(eq + 1).trim());
            }
        }
        return keys;
    }

    /** The LaunchAgent: runs once at login (RunAtLoad), not kept alive (Quit must quit). */
    String launchAgent() {
        StringBuilder arguments = new StringBuilder();
        for (String argument : withBackground()) {
            arguments.append("    <string>").append(xml(argument)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n"
                + "<dict>\n"
                + "  <key>Label</key>\n"
                + "  <string>" + MAC_LABEL + "</string>\n"
                + "  <key>ProgramArguments</key>\n"
                + "  <array>\n"
                + arguments
                + "  </array>\n"
                + "  <key>RunAtLoad</key>\n"
                + "  <true/>\n"
                + "  <key>KeepAlive</key>\n"
                + "  <false/>\n"
                + "  <key>ProcessType</key>\n"
                + "  <string>Interactive</string>\n"
                + "</dict>\n"
                + "</plist>\n";
    }

    /** The Run value: each argument in double quotes when it has a space (Windows command-line rules). */
    String windowsCommandLine() {
        StringBuilder line = new StringBuilder();
        for (String argument : withBackground()) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(argument.contains(" ") || argument.isEmpty() ? "\"" + argument + "\"" : argument);
        }
        return line.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String read(Path file) throws StoreException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNREADABLE, e.getMessage()).at(file.toString(), 0), e);
        }
    }

    private static void write(Path file, String content) throws StoreException {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.replace(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, e.getMessage()).at(file.toString(), 0), e);
        }
    }

    private int reg(List<String> arguments) throws StoreException {
        try {
            return commands.run(arguments);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.AUTOSTART_NO_REG, e.getMessage()).at(WINDOWS_RUN_KEY, 0), e);
        }
    }

    private static int runCommand(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
