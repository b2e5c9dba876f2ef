package org.reachable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, as a user runs it: the command line works with no display and never loads
 * the JavaFX toolkit. Runs in the integration-test phase, after {@code package}.
 */
class JarSmokeIT {

    private static final Path JAR = Path.of("target", "reachable.jar");

    @TempDir
    Path dataDir;

    record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.language=en");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("REACHABLE_HOME");
        Path out = dataDir.resolveSibling(dataDir.getFileName() + ".out");
        Path err = dataDir.resolveSibling(dataDir.getFileName() + ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar answered within a minute");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarAnswersStatusWithNoDisplayAndNoJavaFx() throws Exception {
        assertTrue(Files.exists(JAR), "mvn package leaves target/reachable.jar");
        Run init = java("-jar", JAR.toString(), "--data-dir", dataDir.toString(), "init", "--example");
        assertEquals(0, init.code(), init.err());
        Run status = java("-verbose:class", "-jar", JAR.toString(), "--data-dir", dataDir.toString(), "status",
                "--json");
        assertEquals(0, status.code(), status.err());
        String json = status.out().lines().filter(l -> l.startsWith("{")).findFirst().orElse("");
        assertTrue(json.contains("\"state\":"), status.out());
        assertFalse(status.out().contains(" javafx."), "the command line must not load JavaFX");
        assertFalse(status.out().contains("com.sun.glass"), "the command line must not load the toolkit");
    }

    @Test
    void aWrongArgumentExitsTwoWithUsage() throws Exception {
        Run run = java("-jar", JAR.toString(), "--data-dir", dataDir.toString(), "status", "--nope");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }
}
