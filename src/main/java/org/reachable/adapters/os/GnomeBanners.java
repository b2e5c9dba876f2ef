package org.reachable.adapters.os;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.reachable.domain.port.DesktopSilence;

/**
 * GNOME's do-not-disturb: the {@code show-banners} setting, through {@code gsettings}. What the
 * user had is written to a file before it is switched off, so a crash or a kill during focus is
 * undone at the next start; and it is put back only while it still reads as we left it, so a user
 * who turned banners on again during focus keeps that.
 */
public final class GnomeBanners implements DesktopSilence {

    private static final Logger LOG = Logger.getLogger(GnomeBanners.class.getName());
    static final String SCHEMA = "org.gnome.desktop.notifications";
    static final String KEY = "show-banners";

    private final Map<String, String> environment;
    private final Path before;

    /**
     * @param environment the environment gsettings runs in (tests give it a private bus and config folder)
     * @param before      the file that remembers the user's value while banners are off
     */
    public GnomeBanners(Map<String, String> environment, Path before) {
        this.environment = Map.copyOf(environment);
        this.before = before;
    }

    /** True where gsettings runs and knows GNOME's notification settings. */
    public boolean isAvailable() {
        return gsettings("list-keys", SCHEMA).map(keys -> keys.lines().anyMatch(KEY::equals)).orElse(false);
    }

    /** Undoes a silence that a crash or kill left behind; called at start. */
    public void recover() {
        if (Files.exists(before)) {
            LOG.info("Desktop banners were left off by an earlier run: restoring them");
            restore();
        }
    }

    @Override
    public synchronized void silence(String reason) {
        if (Files.exists(before)) {
            return; // already silenced by us
        }
        Optional<String> now = gsettings("get", SCHEMA, KEY);
        if (now.isEmpty() || now.get().equals("false")) {
            return; // off already by the user's choice: theirs to turn on again, not ours
        }
        try {
            Files.writeString(before, now.get() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // without the note a crash could leave banners off for good: better not to switch them
            LOG.warning("Cannot remember the desktop's banner setting, leaving it on: " + e.getMessage());
            return;
        }
        gsettings("set", SCHEMA, KEY, "false");
    }

    @Override
    public synchronized void restore() {
        if (!Files.exists(before)) {
            return;
        }
        try {
            String previous = Files.readString(before, StandardCharsets.UTF_8).strip();
            if (gsettings("get", SCHEMA, KEY).map("false"::equals).orElse(false) && !previous.isEmpty()) {
                gsettings("set", SCHEMA, KEY, previous);
            }
            Files.delete(before);
        } catch (IOException e) {
            LOG.warning("Cannot restore the desktop's banner setting: " + e.getMessage());
        }
    }

    private Optional<String> gsettings(String... args) {
        List<String> command = new ArrayList<>(List.of("gsettings"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                LOG.fine("gsettings " + String.join(" ", args) + ": " + out);
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty(); // no gsettings: not a GNOME machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
