package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published page's "now" lines as its script writes them for visitors in London and New York
 * (the golden files PageScriptTest holds the script to), read by LanguageTool as the clients read
 * them: no grammar or spelling finding, and Dutch in one register.
 */
class PageLinesCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page.nl-je.txt, nl, je", "page.nl-u.txt, nl, u", "page.en-GB.txt, en-GB, ''",
        "page.en-US.txt, en-US, ''"})
    void everyLineReadsWell(String file, String tag, String register) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden-page").resolve(file),
                StandardCharsets.UTF_8);
        // each distinct sentence once: the same line for three channels is one thing to read
        Set<String> sentences = new LinkedHashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            // the visitor's zone is filled in as its IANA id (Europe/London), a name no dictionary has
            sentences.add((colon < 0 ? line : line.substring(colon + 2)).replaceAll(" \\([A-Za-z_]+/[A-Za-z_]+\\)", ""));
        }
        assertTrue(sentences.size() >= 10, "too few sentences to read: " + sentences);
        List<TextLint.Finding> findings = new ArrayList<>();
        for (String sentence : sentences) {
            findings.addAll(TextLint.plainText(sentence, tag));
            if (!register.isEmpty()) {
                findings.addAll(TextLint.register(sentence, register));
            }
        }
        assertEquals(List.of(), findings, file + ": " + sentences);
    }
}
