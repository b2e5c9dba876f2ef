package org.reachable.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rooms that show what they hold (the house issue): app/ only builds and connects, and a class past
 * 400 lines is usually two. StatusResolver, the one precedence ladder, is the agreed exception.
 */
class SizesTest {

    private static final Path MAIN = Path.of("src/main/java/org/reachable");

    private static Map<String, Integer> lines(Path folder) {
        Map<String, Integer> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sizes.put(MAIN.relativize(file).toString(), Files.readAllLines(file).size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    @Test
    void appIsWiringOfAtMostFiveHundredLines() {
        int app = lines(MAIN.resolve("app")).values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(app > 0, "no app/ found under " + MAIN.toAbsolutePath());
        assertTrue(app <= 500, "app/ has " + app + " lines: move what is not wiring to where it belongs");
    }

    @Test
    void noClassIsOverFourHundredLinesButTheOnePrecedenceLadder() {
        Map<String, Integer> sizes = lines(MAIN);
        assertTrue(sizes.size() > 100, "found only " + sizes.size() + " classes under " + MAIN.toAbsolutePath());
        List<String> over = sizes.entrySet().stream().filter(e -> e.getValue() > 400)
                .filter(e -> !e.getKey().endsWith("domain/status/StatusResolver.java"))
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        assertEquals(List.of(), over, "split these along their seams");
    }
}
