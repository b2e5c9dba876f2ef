package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Optional;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;
import org.reachable.testing.NeededTool;

/**
 * Every shipped template, in both languages, at the three moments, against a golden file in
 * {@code src/test/resources/golden/<target>.<lang>.<format>.<moment>.txt}. To accept a change on
 * purpose, run with {@code -Dgolden.update=true}: every case whose text changed rewrites its file
 * and fails, saying so, so an update run is never green; read the diff, then run again without
 * the switch. With {@code CI=true} the switch is refused: CI compares, it never accepts.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final MustacheRenderer RENDERER = new MustacheRenderer();

    static Stream<Arguments> shipped() {
        List<Arguments> cases = new ArrayList<>();
        for (Target target : Target.values()) {
            for (Format format : target.formats()) {
                for (String language : LANGUAGES) {
                    if (RENDERER.has(target, language, format)) {
                        for (Moment moment : Moment.values()) {
                            cases.add(Arguments.of(target, language, format, moment));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("shipped")
    void matchesItsGoldenFile(Target target, String language, Format format, Moment moment) throws IOException {
        String text = render(target, language, format, moment);
        Path golden = GOLDEN.resolve(MustacheRenderer.name(target, language, format) + "." + moment.code() + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            assertFalse(NeededTool.inCi(), "-Dgolden.update=true is refused with CI=true: CI compares with"
                    + " the committed golden files, it does not rewrite them");
            String before = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (!text.equals(before)) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, text, StandardCharsets.UTF_8);
                fail("golden file " + (before == null ? "created: " : "rewritten: ") + golden
                        + "; read the diff, then run again without -Dgolden.update");
            }
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text, golden.toString());
    }

    /**
     * The text as the template makes it from the week's model; the Sieve script through the text
     * service, which works out its rules and renders each reply from the plain text template.
     */
    static String render(Target target, String language, Format format, Moment moment) {
        if (format != Format.SIEVE && target != Target.FORWARDING) {
            return RENDERER.render(target, language, format, SnippetWeek.model(language, moment));
        }
        Settings settings = SnippetWeek.settings(language);
        Schedule schedule = SnippetWeek.schedule();
        TextService texts = new TextService(RENDERER);
        TextService.Request request = new TextService.Request(target, format, language);
        TextService.Data data = new TextService.Data(settings, schedule, new StatusResolver(schedule,
                settings.channels(), Optional.empty()), SnippetWeek.PHONES);
        // the forwarding codes need a number, which only 'snippet forwarding --to' gives
        return target == Target.FORWARDING
                ? texts.forwarding(request, data, moment.at, new CallForwarding("+31201234567")).text()
                : texts.text(request, data, moment.at).text();
    }

    @Test
    void theSliceShipsBothLanguagesOfEachImplementedTarget() {
        for (String language : LANGUAGES) {
            for (Format format : Target.WEBSITE.formats()) {
                assertTrue(RENDERER.has(Target.WEBSITE, language, format), "website " + language + " " + format);
            }
            assertTrue(RENDERER.has(Target.AUTOREPLY, language, Format.TEXT));
            assertTrue(RENDERER.has(Target.AUTOREPLY, language, Format.SIEVE));
            assertTrue(RENDERER.has(Target.SIGNATURE, language, Format.TEXT));
            assertTrue(RENDERER.has(Target.SIGNATURE, language, Format.HTML));
        }
    }

    @Test
    void everyGoldenFileBelongsToATemplate() throws IOException {
        List<String> expected = shipped().map(a -> {
            Object[] x = a.get();
            return MustacheRenderer.name((Target) x[0], (String) x[1], (Format) x[2]) + "."
                    + ((Moment) x[3]).code() + ".txt";
        }).toList();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.toList()) {
                assertTrue(expected.contains(file.getFileName().toString()), "stale golden file " + file);
            }
        }
    }
}
