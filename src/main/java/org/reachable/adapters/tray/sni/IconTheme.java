package org.reachable.adapters.tray.sni;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.reachable.domain.status.State;

/**
 * Our tray icons as files a panel can look up by name (the item's {@code IconThemePath} and
 * {@code IconName}): hosts read names from disk, not from our jar, so the SVGs are copied to the
 * user's cache folder at start. The {@code -symbolic} ones are a single fill without strokes, which
 * GNOME's and KDE's panels recolour to their own text colour (Debian's GNOME top bar is dark in both
 * schemes); the coloured ones are there for a host that asks for the plain name.
 *
 * <p>Each file lies twice: directly in the folder (GTK's and St's "unthemed" icons) and under
 * {@code hicolor/scalable/status} (KDE's icon loader looks for a theme layout).
 */
final class IconTheme {

    private static final Logger LOG = Logger.getLogger(IconTheme.class.getName());
    private static final String RESOURCES = "/org/reachable/icons/theme/";
    private static final String THEMED = "hicolor/scalable/status";

    private final Path folder;

    private IconTheme(Path folder) {
        this.folder = folder;
    }

    /** The name a panel looks up for this state: the symbolic one, which it recolours. */
    static String iconName(State state) {
        return "reachable-" + state.name().toLowerCase(Locale.ROOT) + "-symbolic";
    }

    /** Every file we ship, by name without .svg. */
    static List<String> names() {
        return Arrays.stream(State.values()).flatMap(state -> {
            String plain = "reachable-" + state.name().toLowerCase(Locale.ROOT);
            return Stream.of(plain, plain + "-symbolic");
        }).toList();
    }

    /**
     * The folder for IconThemePath under the user's cache ({@code $XDG_CACHE_HOME/reachable/icons},
     * default {@code ~/.cache/reachable/icons}).
     */
    static Optional<Path> cacheFolder(Map<String, String> environment) {
        String cache = environment.get("XDG_CACHE_HOME");
        if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
            return Optional.of(Path.of(cache, "reachable", "icons"));
        }
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "reachable", "icons"));
    }

    /**
     * Copies our icons into {@code folder} where they are missing or differ (an update changed
     * them); empty when that cannot be done, and the panel then shows the pixmaps.
     */
    static Optional<IconTheme> extractedTo(Path folder) {
        try {
            for (String name : names()) {
                byte[] svg = resource(name);
                write(folder.resolve(name + ".svg"), svg);
                write(folder.resolve(THEMED).resolve(name + ".svg"), svg);
            }
            return Optional.of(new IconTheme(folder));
        } catch (IOException e) {
            LOG.warning("Cannot put the tray icons in " + folder + " (the panel gets pixmaps only): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The IconThemePath a panel adds to its search. */
    String path() {
        return folder.toAbsolutePath().toString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IconTheme.class.getResourceAsStream(RESOURCES + name + ".svg")) {
            if (in == null) {
                throw new IllegalStateException("Missing icon " + RESOURCES + name + ".svg");
            }
            return in.readAllBytes();
        }
    }

    /** Writes only what changed, through a temp file, so a panel reading never sees half an icon. */
    private static void write(Path file, byte[] content) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".icon", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
