package org.reachable.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reachable.testing.NeededTool;

/**
 * Runs {@code src/test/js/page-now.mjs} with Node.js: the published page's own script, outside a
 * browser, on a visitor's clock (the process's TZ). Needs Node.js only (no npm package): on a
 * machine without it the test skips, under CI it fails.
 */
final class PageNode {

    private PageNode() {
    }

    static Path script() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/test/js/page-now.mjs");
    }

    static void require() {
        String why = null;
        try {
            Process p = new ProcessBuilder(node(), "--version").redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                why = "`node --version` failed";
            }
        } catch (IOException e) {
            why = "no Node.js (`node`): install nodejs to run the published page's script";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        NeededTool.require(why == null, why);
    }

    private static String node() {
        return System.getProperty("reachable.node", "node");
    }

    /** The script's output lines for {@code args}, with the visitor's zone {@code tz}. */
    static List<String> run(String tz, Path page, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node(), script().toString(), page.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TZ", tz);
        Path out = Files.createTempFile(page.getParent(), "node", ".out");
        Path err = Files.createTempFile(page.getParent(), "node", ".err");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("page-now.mjs took over 120 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("page-now.mjs failed (exit " + p.exitValue() + "): "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }
}
