package org.reachable.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/python/occurrences.py}: the occurrences that Python's icalendar and
 * recurring_ical_events (Debian python3-icalendar, python3-recurring-ical-events; .ci/run installs
 * them) read from an .ics file. A second parser beside ical.js, written by other people in another
 * language, so that a fixture's occurrences are not one library's opinion.
 */
final class PythonIcal {

    /** Debian's interpreter: the packages are installed for it, not for a pyenv or venv python3 first on PATH. */
    private static final String PYTHON = System.getProperty("reachable.python", "/usr/bin/python3");

    /** {@code allDay}: a date (VALUE=DATE), whose start the script gives at midnight in X-WR-TIMEZONE, else UTC. */
    record Occurrence(String uid, Instant start, Instant end, boolean allDay) {
    }

    /** The runner, or why there is none (then the tests skip, or fail with CI=true). */
    record Found(PythonIcal runner, String note) {
    }

    private final Path script;

    private PythonIcal(Path script) {
        this.script = script;
    }

    static Found find() {
        Path script = IcalJs.projectDir().resolve("src/test/python/occurrences.py");
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return new Found(null, "Python cross-check skipped: no " + PYTHON + " (Debian python3)");
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import icalendar, recurring_ical_events; "
                    + "print(icalendar.__version__)").redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(PYTHON + " did not answer in 60 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0) {
                return new Found(null, "Python cross-check skipped: icalendar or recurring_ical_events is missing"
                        + " (apt-get install python3-icalendar python3-recurring-ical-events): " + out);
            }
            return new Found(new PythonIcal(script), "python icalendar " + out);
        } catch (IOException e) {
            return new Found(null, "Python cross-check skipped: cannot run " + PYTHON + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while asking " + PYTHON, e);
        }
    }

    /** The occurrences whose start lies in [from, to), sorted by start, then uid. */
    List<Occurrence> occurrences(Path ics, Instant from, Instant to) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, script.toString(), ics.toString(), from.toString(), to.toString())
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("occurrences.py took longer than 120 s on " + ics);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("occurrences.py failed (exit " + p.exitValue() + ") on " + ics + ":\n"
                    + new String(err, StandardCharsets.UTF_8));
        }
        ObjectMapper json = new ObjectMapper();
        List<Occurrence> list = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode o = json.readTree(line);
                list.add(new Occurrence(o.get("uid").asText(), Instant.parse(o.get("start").asText()),
                        Instant.parse(o.get("end").asText()), o.get("allDay").asBoolean()));
            }
        }
        return list;
    }
}
