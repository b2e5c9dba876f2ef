package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Register;
import org.reachable.testing.NeededTool;

/**
 * The published page in a real browser (Debian's headless Chromium, as a visitor in New York):
 * its one script runs under the page's own Content-Security-Policy and fills in "now" for every
 * channel on the visitor's clock; with script off the week, promises, urgent line and days off
 * still show and "now" stays hidden (script blocked by the policy, as a browser that blocks it). Screenshots at phone and desktop width, with and without
 * script, go to target/screenshots/publish-*.png (the ones in docs/ were made so and looked at).
 *
 * <p>A browser reads the wall clock, so the page is published "now" (a clock fixed at the test's
 * start) with a day off five days ahead.
 */
class PageInChromiumTest {

    private static final String CHROMIUM = System.getProperty("reachable.chromium", "chromium");

    @TempDir
    static Path dir;
    static Path page;

    @BeforeAll
    static void publish() throws Exception {
        NeededTool.require(runs(), "no Chromium (`" + CHROMIUM + "`): install Debian's chromium to render the page");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Clock clock = Clock.fixed(now, PublishFixture.AMSTERDAM);
        Path data = dir.resolve("data");
        PublishFixture.create(data, "Marieke Jansen", Register.JE, List.of("nl", "en"), clock,
                LocalDate.ofInstant(now, PublishFixture.AMSTERDAM).plusDays(5));
        CliHarness.Result r = CliHarness.run(clock, data, "publish", "--to", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        page = dir.resolve("site/index.html");
    }

    private static boolean runs() {
        try {
            Process p = new ProcessBuilder(CHROMIUM, "--version").redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The page as a browser with script blocked gets it: the same file, its policy saying
     * {@code script-src 'none'} (headless Chromium's own switch for it leaves --dump-dom empty).
     */
    private static Path withoutScript() throws IOException {
        Path copy = page.resolveSibling("index-noscript.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String blocked = html.replaceFirst("script-src 'sha256-[^']*'", "script-src 'none'");
        assertFalse(blocked.equals(html), "the policy names the script's hash");
        Files.writeString(copy, blocked, StandardCharsets.UTF_8);
        return copy;
    }

    /** Chromium with no profile of its own, no network of its own, as the visitor in {@code tz}. */
    private static String chromium(String tz, boolean script, String... more) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000"));
        command.addAll(List.of(more));
        command.add((script ? page : withoutScript()).toUri().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TZ", tz);
        builder.directory(dir.toFile());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium took over 120 s");
        }
        assertEquals(0, p.exitValue(), "chromium failed");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void withScriptEveryChannelSaysNowOnTheVisitorsClock() throws Exception {
        Document dom = Jsoup.parse(chromium("America/New_York", true, "--dump-dom"));
        for (Element section : dom.select("section[data-lang]")) {
            Element live = section.selectFirst("[data-live]");
            assertFalse(live.hasAttr("hidden"), "the script ran (under the page's policy) and showed 'now'");
            List<Element> items = live.select("[data-channel]");
            assertEquals(4, items.size());
            for (Element item : items) {
                String line = item.selectFirst(".live-line").text();
                assertTrue(line.matches("(Nu bereikbaar|Nu niet bereikbaar|Reachable now|Not reachable now)\\b.*\\."),
                        item.attr("data-channel") + ": " + line);
            }
            assertTrue(live.selectFirst(".live-zone").text().endsWith("(America/New_York)."),
                    live.selectFirst(".live-zone").text());
            assertFalse(section.selectFirst("[data-days-off]").hasAttr("hidden"), "the day off ahead shows");
        }
    }

    @Test
    void withoutScriptTheWeekShowsAndNowStaysHidden() throws Exception {
        Document dom = Jsoup.parse(chromium("Europe/London", false, "--dump-dom"));
        Element nl = dom.selectFirst("section#nl");
        assertTrue(nl.selectFirst("[data-live]").hasAttr("hidden"));
        assertTrue(nl.text().contains("Telefoon +31 20 123 4567 ma, di, do en vr 9.00–11.00 en 16.00–18.00 uur"),
                nl.text());
        assertTrue(nl.text().contains("Spoednummer"), nl.text());
        assertTrue(nl.selectFirst(".days-off").text().contains("Vanaf"), nl.text());
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidthWithAndWithoutScript() throws Exception {
        Path shots = Path.of("target/screenshots").toAbsolutePath();
        Files.createDirectories(shots);
        for (String size : List.of("390,844", "1280,800")) {
            for (boolean script : List.of(true, false)) {
                String name = "publish-" + (size.startsWith("390") ? "phone" : "desktop") + (script ? "" : "-noscript")
                        + ".png";
                Path png = shots.resolve(name);
                Files.deleteIfExists(png);
                chromium("Europe/London", script, "--hide-scrollbars", "--window-size=" + size,
                        "--screenshot=" + png);
                assertTrue(Files.size(png) > 10_000, name + " is an image of the page");
            }
        }
    }
}
