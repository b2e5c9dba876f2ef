package org.reachable.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every string a user sees is in both bundles, and every message pattern is valid in both. */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    static Stream<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_"))
                    .filter(p -> p.toString().contains("org/reachable"))
                    .toList().stream();
        }
    }

    private static Path dutch(Path english) {
        String name = english.getFileName().toString().replace(".properties", "_nl.properties");
        return english.resolveSibling(name);
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void dutchAndEnglishHaveTheSameKeys(Path english) throws IOException {
        Path nl = dutch(english);
        assertTrue(Files.exists(nl), "missing Dutch bundle " + nl);
        Set<String> en = new TreeSet<>(load(english).stringPropertyNames());
        Set<String> du = new TreeSet<>(load(nl).stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(du);
        Set<String> onlyNl = new TreeSet<>(du);
        onlyNl.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys without a Dutch text in " + nl);
        assertEquals(Set.of(), onlyNl, "keys without an English text in " + english);
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void everyPatternTakesTheSameArgumentsInBothLanguages(Path english) throws IOException {
        Properties en = load(english);
        Properties nl = load(dutch(english));
        for (String key : en.stringPropertyNames()) {
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            int nlArgs = new MessageFormat(nl.getProperty(key, "")).getFormatsByArgumentIndex().length;
            assertEquals(enArgs, nlArgs, key + " takes other arguments in Dutch than in English");
        }
    }
}
