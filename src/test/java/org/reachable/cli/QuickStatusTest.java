package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.service.Workspace;

/**
 * {@code reachable [--data-dir DIR] status [--json]} is put to the running app before anything else
 * is built; its answer is printed as it is, with exit 0. Any other form, or no answer, goes on to
 * the command line as before.
 */
class QuickStatusTest {

    /** The running app, as the single-instance channel reaches it: records each question. */
    private static final class FakeApp implements QuickStatus.RunningApp {
        final List<String> asked = new ArrayList<>();
        final Optional<String> answer;

        FakeApp(Optional<String> answer) {
            this.answer = answer;
        }

        @Override
        public Optional<String> ask(Optional<String> dataDir, String question) {
            asked.add(dataDir.orElse("(usual folder)") + " " + question);
            return answer;
        }
    }

    private record Asked(Optional<Integer> code, String out, List<String> questions) {
    }

    private static Asked ask(Optional<String> answer, String... args) {
        FakeApp app = new FakeApp(answer);
        StringWriter out = new StringWriter();
        Optional<Integer> code = QuickStatus.askRunningApp(args, app, new PrintWriter(out));
        return new Asked(code, out.toString(), app.asked);
    }

    private static final String TAG = Locale.getDefault().toLanguageTag();
    private static final Optional<String> FOCUS = Optional.of("Focus until 17:00\n  Phone  not reachable\n");

    @Test
    void theRunningAppsAnswerIsPrintedAsItIsWithExitZero() {
        assertEquals(new Asked(Optional.of(0), FOCUS.get(), List.of("/tmp/x STATUS\t" + TAG + "\ttext")),
                ask(FOCUS, "--data-dir", "/tmp/x", "status"));
        assertEquals(new Asked(Optional.of(0), "{\"state\":\"FOCUS\"}\n", List.of("(usual folder) STATUS\t" + TAG + "\tjson")),
                ask(Optional.of("{\"state\":\"FOCUS\"}\n"), "status", "--json"));
    }

    @Test
    void withoutAnAnswerNothingIsPrintedAndTheCommandLineGoesOn() {
        assertEquals(new Asked(Optional.empty(), "", List.of("(usual folder) STATUS\t" + TAG + "\ttext")),
                ask(Optional.empty(), "status"));
    }

    @Test
    void everyOtherFormGoesToTheCommandLineWithoutAsking() {
        for (List<String> args : List.<List<String>>of(List.of("status", "--at", "2026-11-23T10:00:00+01:00"), List.of("agenda"),
                List.of("--data-dir", "status"), List.of("status", "--json", "--json"), List.of("--data-dir", "-x", "status"),
                List.of("status", "--help"), List.of())) {
            assertEquals(new Asked(Optional.empty(), "", List.of()), ask(FOCUS, args.toArray(String[]::new)), args.toString());
        }
    }

    @Test
    void theRunningAppAnswersInTheAskersLanguageChannelNamesIncluded(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(0, CliHarness.run(clock, dir, "init", "--example").code());
            Locale.setDefault(Locale.forLanguageTag("nl-NL")); // the asker reads Dutch
            String text = CliHarness.run(clock, dir, "status").out();
            String json = CliHarness.run(clock, dir, "status", "--json").out();
            Locale.setDefault(Locale.ENGLISH); // the running app speaks English
            Workspace.Loaded data = new AppEnvironment(clock).workspace(Optional.of(dir.toString())).load();
            assertEquals(Optional.of(text), QuickStatus.answer("STATUS\tnl-NL\ttext", data, clock, new JsonCodec()));
            assertEquals(Optional.of(json), QuickStatus.answer("STATUS\tnl-NL\tjson", data, clock, new JsonCodec()));
            assertTrue(text.contains("Telefoon") && json.contains("\"Telefoon\""), text + json);
        } finally {
            Locale.setDefault(before);
        }
    }
}
