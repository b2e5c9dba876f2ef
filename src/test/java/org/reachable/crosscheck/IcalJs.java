package org.reachable.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code src/test/js/occurrences.mjs} with Node.js: the occurrences that ical.js (the
 * iCalendar library Thunderbird uses, installed from npm by {@code npm ci} in {@code src/test/js})
 * reads from an .ics file.
 */
final class IcalJs {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One occurrence as ical.js reads it. {@code recurrenceId} names its slot as the file does: the
     * wall-clock DTSTART the RRULE generates ("2026-03-29T02:30:00"), a date ("2026-03-29"), or for a
     * single event written in UTC its DTSTART ("2026-03-29T01:30:00Z").
     */
    record Occurrence(String uid, String recurrenceId, Instant start, Instant end) {
    }

    private final String node;
    private final Path script;
    final String nodeVersion;
    final String icalJsVersion;

    private IcalJs(String node, Path script, String nodeVersion, String icalJsVersion) {
        this.node = node;
        this.script = script;
        this.nodeVersion = nodeVersion;
        this.icalJsVersion = icalJsVersion;
    }

    /**
     * The runner, or why there is none: Node.js or the npm packages are missing. The tests then skip
     * (a JUnit assumption with this reason), so a developer without npm can still run
     * {@code mvn verify}; CI installs both ({@code .ci/run}) and with {@code CI=true} the tests fail
     * instead of skipping. {@code -Dreachable.node=/path/to/node}
     * picks another Node.js.
     */
    /** The runner for a test that needs it: skips, or with CI=true fails, when there is none. */
    static IcalJs required() {
        Found found = find();
        org.reachable.testing.NeededTool.require(found.runner() != null, found.note());
        return found.runner();
    }

    static Found find() {
        Path jsDir = projectDir().resolve("src/test/js");
        Path script = jsDir.resolve("occurrences.mjs");
        if (!Files.isRegularFile(script)) {
            return new Found(null, "ical.js cross-check skipped: " + script + " is missing");
        }
        Path packageJson = jsDir.resolve("node_modules/ical.js/package.json");
        if (!Files.isRegularFile(packageJson)) {
            return new Found(null, "ical.js cross-check skipped: ical.js is not installed; run `npm ci` in"
                    + " src/test/js (needs Node.js and npm; .ci/run does this)");
        }
        String node = System.getProperty("reachable.node", "node");
        String nodeVersion = nodeVersion(node);
        if (nodeVersion == null) {
            return new Found(null, "ical.js cross-check skipped: cannot run `" + node + " --version`; install"
                    + " Node.js (or pass -Dreachable.node=/path/to/node)");
        }
        String icalJsVersion;
        try {
            Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(packageJson, StandardCharsets.UTF_8));
            icalJsVersion = m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            icalJsVersion = "?";
        }
        IcalJs runner = new IcalJs(node, script, nodeVersion, icalJsVersion);
        return new Found(runner, "node " + nodeVersion + ", ical.js " + icalJsVersion);
    }

    /** {@code runner} is null when Node.js or ical.js is missing; {@code note} says why, or which versions run. */
    record Found(IcalJs runner, String note) {
    }

    /** Maven's basedir (surefire sets it), else the working directory, which Maven makes the same. */
    static Path projectDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    /**
     * {@code node --version}, or null when there is no such program. A Node.js that is there but
     * fails or hangs is a broken tool, not a missing one: that fails the test run instead of skipping.
     */
    private static String nodeVersion(String node) {
        Process p;
        try {
            p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // not installed (or not executable): the caller skips, or fails under CI
        }
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("`" + node + " --version` did not finish in 30 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0) {
                throw new AssertionError("`" + node + " --version` failed (exit " + p.exitValue() + "): " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("`" + node + " --version` could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running `" + node + " --version`", e);
        }
    }

    /**
     * The occurrences in {@code ics} whose start lies in one of the ranges [from, to) (pairs of
     * instants), sorted by start, then uid.
     */
    List<Occurrence> occurrences(Path ics, List<Instant[]> ranges) throws IOException, InterruptedException {
        Path out = Files.createTempFile(ics.getParent(), "icaljs", ".out");
        Path err = Files.createTempFile(ics.getParent(), "icaljs", ".err");
        List<String> command = new ArrayList<>(List.of(node, script.toString(), ics.toString()));
        for (Instant[] range : ranges) {
            command.add(range[0].toString());
            command.add(range[1].toString());
        }
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("occurrences.mjs took longer than " + TIMEOUT + " on " + ics);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("occurrences.mjs failed (exit " + p.exitValue() + ") on " + ics + ":\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        List<Occurrence> list = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = JSON.readTree(line);
            list.add(new Occurrence(o.get("uid").asText(), o.get("recurrenceId").asText(),
                    Instant.parse(o.get("start").asText()), Instant.parse(o.get("end").asText())));
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return list;
    }
}
