package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Register;
import org.reachable.domain.publish.Publisher;
import org.reachable.testing.UserLocale;

/** {@code reachable publish --to DIR}: what lands in the folder, read as a browser, a calendar and a site would. */
class PublishCommandTest {

    static final String HOSTILE = "Marieke <script>alert('x')</script> \"Jansen\" & co";

    @TempDir
    Path dir;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("en");
    private Path data;
    private Path out;

    @BeforeEach
    void publish() throws Exception {
        data = dir.resolve("data");
        out = dir.resolve("site");
        PublishFixture.create(data, HOSTILE, Register.JE, List.of("nl", "en"));
        CliHarness.Result r = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Published to " + out + ": index.html, availability.ics, availability-week.ics, status.json and"
                + " availability.jsonld.",
                r.out().strip());
    }

    private String read(String name) throws Exception {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void nothingPrivateLeavesTheDataFolder() throws Exception {
        for (String name : List.of(Publisher.PAGE, Publisher.FEED, Publisher.WEEK, Publisher.STATUS,
                Publisher.JSONLD)) {
            String text = read(name);
            assertFalse(text.contains(PublishFixture.PRIVATE_SUMMARY), name + " names the day off");
            assertFalse(text.toLowerCase().contains("sick") || text.toLowerCase().contains("ziek"),
                    name + " gives the day off's reason");
            assertFalse(text.contains("Ochtendfocus") || text.contains("Deep work"), name + " names a focus block");
        }
        try (var files = Files.list(out)) {
            assertEquals(List.of("availability-week.ics", "availability.ics", "availability.jsonld", "index.html",
                    "status.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temp or .bak files left");
        }
    }

    @Test
    void statusJsonSaysStateAndUntilPerChannelAndNoReason() throws Exception {
        JsonNode status = new ObjectMapper().readTree(read(Publisher.STATUS));
        assertEquals("2026-10-22T10:00:00+02:00", status.get("published").asText());
        assertEquals("AVAILABLE", status.get("state").asText());
        assertEquals("2026-10-22T11:00:00+02:00", status.get("until").asText());
        JsonNode phone = status.get("channels").get(0);
        assertEquals("phone", phone.get("id").asText());
        assertEquals("Telefoon", phone.get("name").asText());
        assertTrue(phone.get("reachable").asBoolean());
        assertEquals("2026-10-22T11:00:00+02:00", phone.get("until").asText());
        assertFalse(status.has("reason") || phone.has("reason") || status.has("dayOff"), status.toString());
    }

    @Test
    void thePageLoadsNothingFromElsewhereAndItsOneScriptIsPinnedByThePolicy() throws Exception {
        String html = read(Publisher.PAGE);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("[src]").isEmpty(), "nothing loaded by src: " + page.select("[src]"));
        assertTrue(page.select("link, iframe, img, object, embed, base, form").isEmpty());
        for (Element a : page.select("[href]")) {
            String href = a.attr("href");
            // a click on a WhatsApp contact opens wa.me: a link the reader follows, never loaded by the page
            assertTrue(!href.matches("(?i)^\\s*(https?:)?//.*") || href.startsWith("https://wa.me/"), href);
        }
        for (Element style : page.select("style")) {
            assertFalse(style.data().contains("url(") || style.data().contains("@import"), "style loads something");
        }
        List<Element> scripts = page.select("script:not([type])");
        assertEquals(1, scripts.size());
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none';"), policy);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(scripts.get(0).data().getBytes(StandardCharsets.UTF_8)));
        assertTrue(policy.contains("script-src 'sha256-" + hash + "'"), policy);
    }

    @Test
    void userTextIsEscapedEverywhereItAppears() throws Exception {
        String html = read(Publisher.PAGE);
        Document page = Jsoup.parse(html);
        // the name shows as the text it is, and no script carries it
        assertEquals(HOSTILE, page.selectFirst("section#nl h1").text());
        assertEquals(3, page.select("script").size(), "the hostile name made no script element");
        for (Element script : page.select("script")) {
            assertFalse(script.data().contains("alert('x')</script>"), script.data());
        }
        assertEquals(3, html.split("</script>", -1).length - 1, "no stray </script> in the page");
        assertEquals("Bereikbaarheid van " + HOSTILE, page.title());
        // the data the script reads and the JSON-LD still parse, with the name intact
        ObjectMapper json = new ObjectMapper();
        json.readTree(page.selectFirst("#reachable-data").data());
        assertEquals(HOSTILE, json.readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("founder").get("name").asText());
        Calendar feed = new CalendarBuilder().build(new StringReader(read(Publisher.FEED)));
        assertEquals("Bereikbaarheid van " + HOSTILE, feed.getProperty("X-WR-CALNAME").orElseThrow().getValue());
    }

    @Test
    void withoutScriptThePageStillGivesTheWeekPromisesUrgentLineAndDaysOff() throws Exception {
        Document page = Jsoup.parse(read(Publisher.PAGE));
        page.select("script").remove();
        Element nl = page.selectFirst("section#nl");
        assertTrue(nl.selectFirst("[data-live]").hasAttr("hidden"), "the 'now' part waits for the script");
        String text = nl.text();
        assertTrue(text.contains("Telefoon +31 20 123 4567 ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur"), text);
        assertTrue(text.contains("Ik reageer binnen een uur"), text);
        assertTrue(text.contains("Spoednummer +31 6 87654321: ook buiten deze tijden bereikbaar, alleen voor klanten"
                + " die in het buitenland vastzitten."), text);
        assertTrue(text.contains("Woensdag 28 oktober 2026. Vanaf donderdag 29 oktober 2026 ben ik weer bereikbaar."
                + " Kan het niet wachten? Neem dan contact op met Anna de Vries, +31 6 12345678."), text);
        assertTrue(text.contains("Bijgewerkt op donderdag 22 oktober 2026, 10.00 uur (Nederlandse tijd)."), text);
        String en = page.selectFirst("section#en").text();
        assertTrue(en.contains("Wednesday 28 October 2026. Back on Thursday 29 October 2026."), en);
        assertTrue(en.contains("Last updated Thursday 22 October 2026, 10:00 (Amsterdam time)."), en);
    }

    @Test
    void theFeedReadByIcal4jIsTheAgendaPerChannel() throws Exception {
        String text = read(Publisher.FEED);
        for (String line : List.of("REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
                "NAME:Bereikbaarheid van", "X-WR-CALNAME:Bereikbaarheid van", "TZID:Europe/Amsterdam")) {
            assertTrue(text.contains("\r\n" + line), line);
        }
        Calendar feed = new CalendarBuilder().build(new StringReader(text));
        assertEquals(1, feed.getComponents(Component.VTIMEZONE).size());
        Instant from = LocalDate.of(2026, 10, 22).atStartOfDay(PublishFixture.AMSTERDAM).toInstant();
        Instant to = from.plus(Publisher.FEED_AHEAD);
        Map<String, List<String>> read = new TreeMap<>();
        List<String> uids = new ArrayList<>();
        for (VEvent e : feed.<VEvent>getComponents(Component.VEVENT)) {
            String channel = e.getProperty("X-REACHABLE-CHANNELS").orElseThrow().getValue();
            Instant start = ((ZonedDateTime) e.getStartDate().orElseThrow().getDate()).toInstant();
            Instant end = ((ZonedDateTime) e.getEndDate().orElseThrow().getDate()).toInstant();
            read.computeIfAbsent(channel, c -> new ArrayList<>()).add(start + "/" + end);
            uids.add(e.getUid().orElseThrow().getValue());
            assertEquals("TRANSPARENT", e.getProperty("TRANSP").orElseThrow().getValue());
            assertTrue(e.getProperty("DESCRIPTION").isEmpty());
        }
        assertEquals(uids.size(), uids.stream().distinct().count(), "UIDs are unique");
        var agenda = AgendaOracle.agenda(PublishFixture.CLOCK, data, from, to);
        for (String channel : List.of("phone", "email", "whatsapp")) {
            List<String> expected = AgendaOracle.text(AgendaOracle.reachable(agenda, channel, from, to));
            assertTrue(expected.size() > 60, channel + ": " + expected.size());
            assertEquals(expected, read.get(channel), channel);
        }
        assertEquals(List.of("email", "phone", "whatsapp"), List.copyOf(read.keySet()), "no urgent line, no sms");
    }

    @Test
    void publishingAgainKeepsEveryUidAndChangesOnlyTheStamp() throws Exception {
        String before = read(Publisher.FEED);
        CliHarness.Result r = CliHarness.run(java.time.Clock.fixed(PublishFixture.PUBLISHED.plusSeconds(600),
                PublishFixture.AMSTERDAM), data, "publish", "--to", out.toString());
        assertEquals(0, r.code(), r.err());
        String after = read(Publisher.FEED);
        assertNotEquals(before, after);
        assertEquals(before.replaceAll("DTSTAMP:\\S+", ""), after.replaceAll("DTSTAMP:\\S+", ""));
    }

    @Test
    void aBadPortOrAMissingFolderSaysSoInTheUsersLanguage() throws Exception {
        CliHarness.Result port = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to", out.toString(),
                "--serve", "70000");
        assertEquals(1, port.code());
        assertEquals("reachable: --serve 70000 is not a port; give a number from 1 to 65535, such as 8080",
                port.err().strip());
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        CliHarness.Result notAFolder = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to",
                file.resolve("site").toString());
        assertEquals(1, notAFolder.code());
        assertTrue(notAFolder.err().startsWith("reachable: "), notAFolder.err());
        assertEquals(1, notAFolder.err().strip().lines().count(), notAFolder.err());
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nl"));
        CliHarness.Result dutch = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to", out.toString(),
                "--serve", "0");
        assertEquals("reachable: --serve 0 is geen poort; geef een getal van 1 tot 65535, zoals 8080",
                dutch.err().strip());
        CliHarness.Result usage = CliHarness.run(PublishFixture.CLOCK, data, "publish");
        assertEquals(2, usage.code());
    }

    @Test
    void servePutsTheFolderOn127001UntilInterrupted() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        int[] code = {-1};
        Thread cli = new Thread(() -> code[0] = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to",
                out.toString(), "--serve", String.valueOf(port)).code());
        cli.start();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = null;
        for (int i = 0; i < 100 && page == null; i++) {
            try {
                page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        assertEquals(200, page.statusCode());
        assertEquals(read(Publisher.PAGE), page.body());
        assertEquals("text/calendar; charset=utf-8", http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/availability.ics")).build(),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/../data/settings.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/%2e%2e/data/settings.json"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        cli.interrupt();
        cli.join(Duration.ofSeconds(10).toMillis());
        assertFalse(cli.isAlive());
        assertEquals(0, code[0]);
    }
}
