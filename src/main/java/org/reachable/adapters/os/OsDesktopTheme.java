package org.reachable.adapters.os;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.reachable.domain.port.DesktopTheme;

/**
 * Reads the OS's light/dark preference with the OS's own tools: on Linux (GNOME and what follows
 * its settings) {@code gsettings get org.gnome.desktop.interface color-scheme}, falling back to a
 * GTK theme name with "dark" in it; on macOS {@code defaults read -g AppleInterfaceStyle}; on
 * Windows the {@code AppsUseLightTheme} registry value. Each command has a short timeout; a missing
 * tool, an error or a timeout means light.
 *
 * <p>Like {@link OsAutostart}, the OS name and the command runner are arguments, so every case is
 * testable on any machine with fake outputs.
 */
public final class OsDesktopTheme implements DesktopTheme {

    private static final Logger LOG = Logger.getLogger(OsDesktopTheme.class.getName());
    public static final long TIMEOUT_MILLIS = 1500;
    public static final String WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";

    /** Runs a command and answers its standard output, or empty when it failed or took too long. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private final String osName;
    private final Commands commands;

    public OsDesktopTheme(String osName, Commands commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.commands = commands;
    }

    /** For this JVM: its os.name, and real commands. */
    public static OsDesktopTheme fromSystem() {
        return new OsDesktopTheme(System.getProperty("os.name", ""), OsDesktopTheme::run);
    }

    @Override
    public boolean prefersDark() {
        try {
            if (osName.startsWith("windows")) {
                return windows();
            }
            if (osName.startsWith("mac") || osName.contains("darwin")) {
                return commands.output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                        .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
            }
            return linux();
        } catch (RuntimeException e) {
            LOG.fine("Could not read the OS's light/dark preference: " + e);
            return false;
        }
    }

    private boolean linux() {
        Optional<String> scheme = commands.output(
                List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent()) {
            String value = unquote(scheme.get());
            if (value.equals("prefer-dark")) {
                return true;
            }
            if (value.equals("prefer-light")) {
                return false;
            }
        }
        // "default" or no color-scheme (older GNOME, other desktops): the GTK theme's name tells
        return commands.output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(out -> unquote(out).toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    private boolean windows() {
        // prints e.g. "    AppsUseLightTheme    REG_DWORD    0x0"
        return commands.output(List.of("reg", "query", WINDOWS_KEY, "/v", "AppsUseLightTheme")).map(out -> {
            for (String line : out.split("\\R")) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 3 && words[0].equalsIgnoreCase("AppsUseLightTheme")) {
                    String value = words[words.length - 1].toLowerCase(Locale.ROOT);
                    try {
                        return (value.startsWith("0x") ? Long.parseLong(value.substring(2), 16)
                                : Long.parseLong(value)) == 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return false;
        }).orElse(false);
    }

    private static String unquote(String text) {
        String value = text.trim();
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            value = value.substring(1, value.length() - 1);
        }
        return value.trim();
    }

    /** Runs {@code command} with a short timeout; its output if it ended well, else empty. */
    static Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty(); // the tool is not there
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the process went away: what was read is what there is
                }
            }, "reachable-theme-reader");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            reader.join(TIMEOUT_MILLIS);
            if (process.exitValue() != 0) {
                return Optional.empty();
            }
            synchronized (out) {
                return Optional.of(out.toString(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }
}
