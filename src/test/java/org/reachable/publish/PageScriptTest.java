package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Register;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.PageWords;
import org.reachable.domain.text.Words;
import org.reachable.testing.NeededTool;

/**
 * The published page's script, run by Node.js at fixed instants for visitors in London and New
 * York, across Europe's clock change (25 October), America's (1 November) and a day off (28
 * October): for every channel its "now" and "next" equal {@code reachable status --at}, and its
 * words equal {@link PageWords#line}, written on the visitor's clock as every text writes a time.
 * The lines are kept as golden files (read by the grammar check, PageLinesCheckTest).
 */
class PageScriptTest {

    /** Beside golden/, whose files GoldenTest holds to the shipped templates one for one. */
    static final Path GOLDEN = Path.of("src/test/resources/golden-page");
    static final List<String> VISITORS = List.of("Europe/London", "America/New_York");
    /** Amsterdam wall-clock times. */
    static final List<String> MOMENTS = List.of("2026-10-22T10:30", "2026-10-22T11:00", "2026-10-23T18:30",
            "2026-10-25T12:00", "2026-10-26T09:30", "2026-10-27T17:30", "2026-10-28T10:00", "2026-10-28T13:00",
            "2026-10-30T16:30", "2026-11-01T20:00", "2026-11-02T08:30", "2026-12-24T12:00");

    @TempDir
    static Path dir;
    static Path british;
    static Path american;

    @BeforeAll
    static void publish() throws Exception {
        PageNode.require();
        british = publish("je", Register.JE, EnglishVariant.BRITISH);
        american = publish("u", Register.U, EnglishVariant.AMERICAN);
    }

    private static Path publish(String name, Register register, EnglishVariant english) throws Exception {
        Path data = dir.resolve(name);
        PublishFixture.create(data, "Marieke Jansen", register, List.of("nl", "en"));
        var workspace = new org.reachable.app.AppEnvironment(PublishFixture.CLOCK).workspace(Optional.of(data.toString()));
        var s = workspace.settings().load(PublishFixture.AMSTERDAM);
        workspace.settings().save(s.withProfile(s.profile().withEnglish(english)));
        CliHarness.Result r = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to", data.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        return data;
    }

    static Instant at(String amsterdam) {
        return LocalDateTime.parse(amsterdam).atZone(PublishFixture.AMSTERDAM).toInstant();
    }

    /** What the script says at every moment for one visitor: per instant and language, the JSON line. */
    private static Map<String, JsonNode> script(Path data, String visitor) throws Exception {
        List<String> args = MOMENTS.stream().map(m -> at(m).toString()).toList();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : PageNode.run(visitor, data.resolve("site/index.html"), args.toArray(String[]::new))) {
            JsonNode o = json.readTree(line);
            assertEquals(visitor, o.get("zone").asText(), "the script reads the visitor's zone");
            byKey.put(Instant.parse(o.get("at").asText()) + " " + o.get("lang").asText(), o);
        }
        return byKey;
    }

    /**
     * When a channel reachable at {@code t} stops being reachable, by {@code status --at} alone:
     * its until, and again from there while it stays reachable (a window running into an extra
     * window changes the reason, not the reachability).
     */
    private static Instant statusNext(Path data, Instant t, String channel) throws Exception {
        JsonNode c = statusAt(data, t, channel);
        if (!c.get("reachable").asBoolean()) {
            return c.get("nextReachable").isNull() ? null : Instant.parse(
                    java.time.OffsetDateTime.parse(c.get("nextReachable").asText()).toInstant().toString());
        }
        Instant until = c.get("until").isNull() ? null : java.time.OffsetDateTime.parse(c.get("until").asText()).toInstant();
        while (until != null) {
            JsonNode then = statusAt(data, until, channel);
            if (!then.get("reachable").asBoolean()) {
                return until;
            }
            until = then.get("until").isNull() ? null : java.time.OffsetDateTime.parse(then.get("until").asText()).toInstant();
        }
        return null;
    }

    private static JsonNode statusAt(Path data, Instant t, String channel) throws Exception {
        CliHarness.Result r = CliHarness.run(PublishFixture.CLOCK, data, "status", "--at", t.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        for (JsonNode c : new ObjectMapper().readTree(r.out()).get("channels")) {
            if (c.get("id").asText().equals(channel)) {
                return c;
            }
        }
        throw new AssertionError("no channel " + channel + " in status --at " + t);
    }

    @Test
    void nowAndNextPerChannelAreWhatStatusAtSaysForVisitorsInLondonAndNewYork() throws Exception {
        int checked = 0;
        for (String visitor : VISITORS) {
            Map<String, JsonNode> said = script(british, visitor);
            for (String moment : MOMENTS) {
                Instant t = at(moment);
                JsonNode nl = said.get(t + " nl");
                assertEquals(4, nl.get("channels").size(), moment + ": phone, e-mail, WhatsApp and the urgent line");
                for (JsonNode c : nl.get("channels")) {
                    String id = c.get("id").asText();
                    JsonNode status = statusAt(british, t, id);
                    assertEquals(status.get("reachable").asBoolean(), c.get("reachable").asBoolean(),
                            visitor + " " + moment + " " + id + " reachable");
                    Instant expected = statusNext(british, t, id);
                    assertEquals(expected == null ? "null" : expected.toString(),
                            c.get("next").isNull() ? "null" : Instant.parse(c.get("next").asText()).toString(),
                            visitor + " " + moment + " " + id + " next");
                    checked++;
                }
            }
        }
        assertEquals(VISITORS.size() * MOMENTS.size() * 4, checked);
    }

    @Test
    void theWordsAreTheJavaWordsOnTheVisitorsClockAndMatchTheGoldenFiles() throws Exception {
        Map<String, StringBuilder> golden = new LinkedHashMap<>();
        check(british, Register.JE, "nl", "page.nl-je.txt", golden);
        check(british, Register.JE, "en-GB", "page.en-GB.txt", golden);
        check(american, Register.U, "nl", "page.nl-u.txt", golden);
        check(american, Register.U, "en-US", "page.en-US.txt", golden);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, StringBuilder> g : golden.entrySet()) {
            Path file = GOLDEN.resolve(g.getKey());
            String text = g.getValue().toString();
            if (Boolean.getBoolean("golden.update")) {
                assertFalse(NeededTool.inCi(), "-Dgolden.update=true is refused with CI=true");
                if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    failures.add("golden file rewritten: " + file + "; read the diff, then run without -Dgolden.update");
                }
                continue;
            }
            assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dgolden.update=true");
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                failures.add(file + " differs:\n" + text);
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static void check(Path data, Register register, String tag, String file, Map<String, StringBuilder> golden)
            throws Exception {
        String lang = Locale.forLanguageTag(tag).getLanguage();
        PageWords words = PageWords.of(tag, register);
        StringBuilder out = golden.computeIfAbsent(file, f -> new StringBuilder());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
        for (String visitor : VISITORS) {
            ZoneId zone = ZoneId.of(visitor);
            Map<String, JsonNode> said = script(data, visitor);
            out.append(words.zoneNote().replace("{zone}", visitor)).append('\n');
            for (String moment : MOMENTS) {
                Instant t = at(moment);
                for (JsonNode c : said.get(t + " " + lang).get("channels")) {
                    Optional<Instant> next = c.get("next").isNull() ? Optional.empty()
                            : Optional.of(Instant.parse(c.get("next").asText()));
                    String expected = words.line(c.get("reachable").asBoolean(), next, zone, t);
                    assertEquals(expected, c.get("line").asText(), tag + " " + visitor + " " + moment);
                    out.append(local.format(t.atZone(zone))).append(' ').append(visitor).append(' ')
                            .append(c.get("id").asText()).append(": ").append(c.get("line").asText()).append('\n');
                }
            }
        }
    }

    @Test
    void everyMinuteOfTheDayAndEveryDateIsWrittenAsTheTextsWriteIt() throws Exception {
        Map<Path, List<String>> pages = Map.of(british, List.of("nl", "en-GB"), american, List.of("en-US"));
        for (Map.Entry<Path, List<String>> page : pages.entrySet()) {
            for (String tag : page.getValue()) {
                Words words = Words.forLocale(Locale.forLanguageTag(tag));
                String lang = Locale.forLanguageTag(tag).getLanguage();
                List<String> clock = PageNode.run("Europe/London", page.getKey().resolve("site/index.html"),
                        "--clock", lang);
                assertEquals(1440, clock.size());
                for (int m = 0; m < 1440; m++) {
                    assertEquals(words.time(LocalTime.of(m / 60, m % 60)), clock.get(m), tag + " minute " + m);
                }
                LocalDate from = LocalDate.of(2026, 10, 22);
                List<String> dates = PageNode.run("America/New_York", page.getKey().resolve("site/index.html"),
                        "--dates", lang, from.toString(), "400");
                for (int i = 0; i < 400; i++) {
                    LocalDate d = from.plusDays(i);
                    assertEquals(words.date(d, d) + "|" + words.dateWithYear(d), dates.get(i), tag + " " + d);
                }
            }
        }
    }
}
