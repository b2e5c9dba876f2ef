package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.TextService;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;
import org.reachable.testing.SieveTools;

/**
 * The website's schema.org JSON-LD and the auto-reply's Sieve vacation script: the JSON parses
 * (Jackson) and carries the week's hours and the day off; the Sieve script compiles with
 * {@code sievec} from Debian's {@code dovecot-sieve} (skipped, saying why, where it is not installed; a failure under {@code CI=true});
 * both at every golden moment and with hostile user text.
 */
class JsonLdAndSieveTest {

    private static final MustacheRenderer RENDERER = new MustacheRenderer();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NASTY = "${weekday} Q\"uote\\back\\\\slash </script><script>alert('x')</script> & <b> 😀\r\nline two\u2028";
    private static final String NAME = "Anna " + NASTY + " " + "x".repeat(2000);
    private static final String BUSINESS = "Bakkerij \"De Beste\" \\ </SCRIPT> 🍞";
    private static final String MON_TO_FRI_BUT_WED = "[https://schema.org/Monday, https://schema.org/Tuesday, "
            + "https://schema.org/Thursday, https://schema.org/Friday]";

    static Stream<Arguments> moments() {
        List<Arguments> cases = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            for (Moment moment : Moment.values()) {
                cases.add(Arguments.of(language, moment));
            }
        }
        return cases.stream();
    }

    // ---- JSON-LD ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moments")
    void theJsonLdParsesAndCarriesTheWeekAndTheDayOff(String language, Moment moment) throws IOException {
        String text = RENDERER.render(Target.WEBSITE, language, Format.JSONLD, SnippetWeek.model(language, moment));
        assertTrue(text.startsWith("{"), "the bare JSON object, no script element: " + text);
        JsonNode root = JSON.readTree(text);
        assertEquals("https://schema.org", root.path("@context").asText());
        assertEquals("ProfessionalService", root.path("@type").asText());
        assertEquals("Reisbureau Zonnig", root.path("name").asText());
        assertEquals("Marieke Jansen", root.path("founder").path("name").asText());

        JsonNode points = root.path("contactPoint");
        assertEquals(4, points.size(), "phone, e-mail, WhatsApp and the urgent line");
        JsonNode phone = points.get(0);
        assertEquals("ContactPoint", phone.path("@type").asText());
        assertEquals("nl".equals(language) ? "Telefoon" : "Phone", phone.path("contactType").asText());
        assertEquals("+31201234567", phone.path("telephone").asText(), "E.164, as schema.org advises");
        assertTrue(phone.path("email").isMissingNode());
        assertEquals("[\"nl\",\"en\"]", phone.path("availableLanguage").toString());
        // Mon–Fri 9–11 and 16–18; Wednesday split by the focus block (13–17)
        assertEquals(List.of(MON_TO_FRI_BUT_WED + " 09:00-11:00", MON_TO_FRI_BUT_WED + " 16:00-18:00",
                "[https://schema.org/Wednesday] 09:00-11:00", "[https://schema.org/Wednesday] 17:00-18:00"),
                hours(phone));
        JsonNode mail = points.get(1);
        assertEquals("marieke@zonnig.nl", mail.path("email").asText());
        assertTrue(mail.path("telephone").isMissingNode());
        assertEquals(hours(phone), hours(mail));
        assertEquals(List.of(MON_TO_FRI_BUT_WED + " 09:00-17:00", "[https://schema.org/Wednesday] 09:00-13:00"),
                hours(points.get(2)));
        JsonNode urgent = points.get(3);
        assertEquals("+31687654321", urgent.path("telephone").asText(), "E.164, as schema.org advises");
        assertFalse(urgent.path("description").asText().isEmpty());
        assertEquals(1, hours(urgent).size());
        assertTrue(hours(urgent).get(0).endsWith("https://schema.org/Sunday] 00:00-23:59"), hours(urgent).toString());
        for (JsonNode p : points) {
            for (JsonNode h : p.path("hoursAvailable")) {
                assertEquals("OpeningHoursSpecification", h.path("@type").asText());
            }
        }

        JsonNode special = root.path("specialOpeningHoursSpecification");
        assertEquals(1, special.size(), "the day off on Friday 27 November");
        JsonNode off = special.get(0);
        assertEquals("OpeningHoursSpecification", off.path("@type").asText());
        assertEquals("2026-11-27", off.path("validFrom").asText());
        assertEquals("2026-11-27", off.path("validThrough").asText());
        assertEquals("00:00", off.path("opens").asText());
        assertEquals("00:00", off.path("closes").asText());
    }

    @Test
    void withoutADayOffThereIsNoSpecialHoursAndTheJsonStillParses() throws IOException {
        List<ScheduleEntry> entries = SnippetWeek.schedule().entries().stream()
                .filter(e -> !(e instanceof DayOff)).toList();
        Schedule schedule = new Schedule(SnippetWeek.AMSTERDAM, entries);
        for (String language : List.of("nl", "en")) {
            SnippetModel model = SnippetWeek.model(SnippetWeek.settings(language, "", "Solo"), schedule, language,
                    Moment.WINDOW.at);
            JsonNode root = JSON.readTree(RENDERER.render(Target.WEBSITE, language, Format.JSONLD, model));
            assertTrue(root.path("specialOpeningHoursSpecification").isMissingNode());
            assertTrue(root.path("founder").isMissingNode());
            assertEquals("Solo", root.path("name").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void hostileUserTextStaysInsideItsJsonStrings(String language) throws IOException {
        String text = RENDERER.render(Target.WEBSITE, language, Format.JSONLD, hostile(language));
        assertFalse(text.contains("<"), "no raw '<' that could close the site's script element");
        assertFalse(text.contains("\u2028"));
        JsonNode root = JSON.readTree(text);
        assertEquals(one(BUSINESS), root.path("name").asText());
        assertEquals(one(NAME), root.path("founder").path("name").asText());
        JsonNode phone = root.path("contactPoint").get(0);
        assertTrue(phone.path("contactType").asText().endsWith(one(NASTY)), phone.path("contactType").asText());
        assertEquals("+31201234567 " + one(NASTY), phone.path("telephone").asText());
        assertEquals(4, hours(phone).size());
        assertEquals(1, root.path("specialOpeningHoursSpecification").size());
    }

    @Test
    void theJsonEscaperEscapesWhatJsonAndAScriptElementNeed() {
        assertEquals("a\\\"b\\\\c\\nd\\u003c/script\\u003e \\u0026 \\u0001 😀",
                MustacheRenderer.json("a\"b\\c\nd</script> & \u0001 😀"));
    }

    private static List<String> hours(JsonNode point) {
        List<String> list = new ArrayList<>();
        for (JsonNode h : point.path("hoursAvailable")) {
            List<String> days = new ArrayList<>();
            h.path("dayOfWeek").forEach(d -> days.add(d.asText()));
            list.add(days + " " + h.path("opens").asText() + "-" + h.path("closes").asText());
        }
        return list;
    }

    // ---- Sieve ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("moments")
    void theSieveScriptCompilesAndEachReplyInItIsAPlainAutoReply(String language, Moment moment, @TempDir Path dir)
            throws Exception {
        String text = GoldenTest.render(Target.AUTOREPLY, language, Format.SIEVE, moment);
        assertTrue(text.startsWith("require [\"date\", \"relational\", \"variables\", \"vacation\"];"), text);
        List<List<String>> replies = vacations(text);
        assertTrue(replies.size() >= 6, "the week's replies and the day off's: " + replies.size());
        for (List<String> reply : replies) {
            assertEquals(2, reply.size(), "subject and reason: " + reply);
            assertTrue(reply.get(1).startsWith("nl".equals(language) ? "Bedankt voor je bericht." : "Thank you for"),
                    reply.get(1));
        }
        String plain = RENDERER.render(Target.AUTOREPLY, language, Format.TEXT, SnippetWeek.model(language, moment));
        boolean sent = replies.stream().anyMatch(r -> r.get(1).equals(plain));
        // inside the e-mail window no reply goes out by default, so the window's text is not in the script
        assertEquals(moment != Moment.WINDOW, sent, "the reply at the moment itself is one of the script's");
        compiles(text, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void hostileUserTextStaysInsideItsSieveStrings(String language, @TempDir Path dir) throws Exception {
        Settings settings = hostileSettings(language);
        Schedule schedule = hostileSchedule();
        String text = new TextService(RENDERER).text(new TextService.Request(Target.AUTOREPLY, Format.SIEVE, language),
                new TextService.Data(settings, schedule, new StatusResolver(schedule, settings.channels(),
                        Optional.empty())), Moment.DAYOFF.at).text();
        List<List<String>> replies = vacations(text);
        assertTrue(replies.size() >= 6, text);
        for (List<String> reply : replies) {
            assertEquals(2, reply.size());
            assertTrue(reply.get(0).endsWith(one(NAME)), "the subject names the user, unchanged");
        }
        String plain = RENDERER.render(Target.AUTOREPLY, language, Format.TEXT, hostile(language));
        assertTrue(replies.stream().anyMatch(r -> r.get(1).equals(plain)), "the day off's reply, unchanged");
        compiles(text, dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theShippedSieveTemplatePassesTheCheckAUsersOwnVersionGets(String language) {
        Settings settings = SnippetWeek.settings(language);
        Schedule schedule = SnippetWeek.schedule();
        TextService texts = new TextService(RENDERER);
        TextService.Request request = new TextService.Request(Target.AUTOREPLY, Format.SIEVE, language);
        TextService.Data data = new TextService.Data(settings, schedule, new StatusResolver(schedule,
                settings.channels(), Optional.empty()));
        String shipped = texts.template(request, settings, Map.of());
        assertEquals(Optional.empty(), texts.check(request, shipped, data, Moment.FOCUS.at));
        assertTrue(texts.check(request, shipped.replace("{{{test}}}", "{{{tset}}}"), data, Moment.FOCUS.at)
                .isPresent(), "a name the model does not have");
    }

    @Test
    void sievecRejectsABrokenScriptSoItsVerdictMeansSomething(@TempDir Path dir) throws Exception {
        Path sievec = SieveTools.sievec();
        Path script = dir.resolve("broken.sieve");
        Files.writeString(script, "require [\"vacation\"];\nvacation :days 1 \"a \"quote\" b\";\n");
        assertNotEquals(0, run(sievec, script, dir).exitCode());
    }

    @Test
    void theSieveEscaperEscapesBackslashQuoteAndAVariableReference() {
        assertEquals("a\\\\b\\\"c 😀 </script>", MustacheRenderer.sieve("a\\b\"c 😀 </script>"));
        assertEquals("costs $5, $${_}{weekday} and $$${_}{x}", MustacheRenderer.sieve("costs $5, ${weekday} and $${x}"));
    }

    private static void compiles(String text, Path dir) throws Exception {
        Path script = dir.resolve("autoreply.sieve");
        Files.writeString(script, text, StandardCharsets.UTF_8);
        SieveTools.Run result = run(SieveTools.sievec(), script, dir);
        assertEquals(0, result.exitCode(), "sievec: " + result.output() + "\n" + text);
        assertTrue(Files.exists(dir.resolve("autoreply.svbin")), "sievec wrote no binary: " + result.output());
    }

    private static SieveTools.Run run(Path sievec, Path script, Path dir) throws Exception {
        return SieveTools.run(List.of(sievec.toString(), script.toString(),
                dir.resolve(script.getFileName().toString().replace(".sieve", ".svbin")).toString()), dir);
    }

    /** Each vacation command's quoted strings, as the client reads them (RFC 5228 and 5229). */
    static List<List<String>> vacations(String script) {
        List<List<String>> all = new ArrayList<>();
        for (int at = script.indexOf("vacation :"); at >= 0; at = script.indexOf("vacation :", at + 1)) {
            List<String> strings = new ArrayList<>();
            int i = at;
            while (i < script.length() && script.charAt(i) != ';') {
                if (script.charAt(i) == '"') {
                    StringBuilder b = new StringBuilder();
                    i++;
                    while (script.charAt(i) != '"') {
                        if (script.charAt(i) == '\\') {
                            i++;
                        }
                        b.append(script.charAt(i));
                        i++;
                    }
                    // the unset variable "${_}" reads as nothing (see MustacheRenderer.sieve)
                    strings.add(b.toString().replace("${_}", ""));
                }
                i++;
            }
            all.add(strings);
            at = i;
        }
        return all;
    }

    // ---- hostile text ----

    /** The text as the model puts it in: one line. */
    private static String one(String text) {
        return text.replaceAll("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]+", " ").trim();
    }

    private static Settings hostileSettings(String language) {
        Settings base = SnippetWeek.settings(language, NAME, BUSINESS);
        List<Channel> channels = new ArrayList<>();
        for (Channel c : base.channels()) {
            String nastyName = c.name(language) + " " + NASTY;
            Channel nasty = c.withNames(Translations.of(nastyName, nastyName)).withContact(c.contact() + " " + NASTY)
                    .withNote(Translations.of(NASTY, NASTY));
            channels.add(c.urgentOnly() ? nasty.withUrgentOnly(NASTY) : nasty);
        }
        return new Settings(base.profile(), channels);
    }

    private static Schedule hostileSchedule() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (ScheduleEntry e : SnippetWeek.schedule().entries()) {
            entries.add(e instanceof DayOff d ? new DayOff(d.uid(), NASTY, d.first(), d.last(), DayOffReason.OTHER,
                    NASTY, null, false) : e);
        }
        return new Schedule(SnippetWeek.AMSTERDAM, entries);
    }

    private static SnippetModel hostile(String language) {
        return SnippetWeek.model(hostileSettings(language), hostileSchedule(), language, Moment.DAYOFF.at);
    }
}
