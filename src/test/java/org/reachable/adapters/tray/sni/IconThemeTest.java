package org.reachable.adapters.tray.sni;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.status.State;

/** The icons a panel finds by name: where they are put, and that the symbolic ones can be recoloured. */
class IconThemeTest {

    @TempDir
    Path dir;

    @Test
    void symbolicIconsAreOneFillWithoutStrokesSoAPanelCanRecolourThem() throws Exception {
        Path folder = IconTheme.extractedTo(dir).map(theme -> Path.of(theme.path())).orElseThrow();
        Set<String> shapes = Set.of();
        for (State state : State.values()) {
            String svg = Files.readString(folder.resolve(IconTheme.iconName(state) + ".svg"));
            // GTK recolours a symbolic icon by setting the fill of its shapes: a stroke would keep its own colour
            assertFalse(svg.contains("stroke=") || svg.contains("stroke:"), svg);
            Matcher fills = Pattern.compile("fill=\"([^\"]*)\"").matcher(svg);
            Set<String> colours = fills.results().map(m -> m.group(1)).collect(Collectors.toSet());
            assertEquals(Set.of("#bebebe"), colours, "one neutral fill in " + state);
            shapes = union(shapes, svg.replaceAll("(?s).*\\sd=\"([^\"]*)\".*", "$1"));
        }
        assertEquals(3, shapes.size(), "each state has a shape of its own: the colour is gone once recoloured");
    }

    private static Set<String> union(Set<String> set, String one) {
        var out = new java.util.HashSet<>(set);
        out.add(one);
        return out;
    }

    @Test
    void anIconChangedByAnUpdateIsWrittenAgainAndAnUnchangedOneIsLeftAlone() throws Exception {
        Path focus = dir.resolve("reachable-focus-symbolic.svg");
        IconTheme.extractedTo(dir).orElseThrow();
        String shipped = Files.readString(focus);
        Files.writeString(focus, "<svg>an older version</svg>");
        Path off = dir.resolve("reachable-off.svg");
        var untouched = Files.getLastModifiedTime(off);
        Files.setLastModifiedTime(off, java.nio.file.attribute.FileTime.fromMillis(untouched.toMillis() - 60_000));

        IconTheme.extractedTo(dir).orElseThrow();
        assertEquals(shipped, Files.readString(focus));
        assertEquals(untouched.toMillis() - 60_000, Files.getLastModifiedTime(off).toMillis());
    }

    @Test
    void theFolderIsInTheUsersCache() {
        assertEquals(Optional.of(Path.of("/c/reachable/icons")),
                IconTheme.cacheFolder(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/home/anna")));
        assertEquals(Optional.of(Path.of("/home/anna/.cache/reachable/icons")),
                IconTheme.cacheFolder(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/home/anna")));
        assertEquals(Optional.empty(), IconTheme.cacheFolder(Map.of()));
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoTheme() throws Exception {
        Path file = Files.writeString(dir.resolve("icons"), "");
        assertTrue(IconTheme.extractedTo(file).isEmpty());
    }
}
