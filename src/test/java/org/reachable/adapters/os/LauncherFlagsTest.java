package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way Reachable is started carries the idle and memory flags, so no user types JVM options:
 * the installer's launcher (packaging/build.sh), {@code mvn javafx:run} (the pom) and the autostart
 * entry. (The window process the tray starts: WindowJvmOptionsTest.)
 */
class LauncherFlagsTest {

    @Test
    void mvnJavafxRunStartsTheAppWithTheLauncherFlags() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("(?s)<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>")
                .matcher(pom);
        assertTrue(plugin.find(), "the javafx-maven-plugin's options in pom.xml");
        for (String flag : JvmFlags.LAUNCHER) {
            assertTrue(plugin.group(1).contains("<option>" + flag + "</option>"), flag + " in javafx:run's options");
        }
    }

    @Test
    void theInstallersLauncherCarriesTheLauncherFlags() throws Exception {
        String build = Files.readString(Path.of("packaging/build.sh"));
        Matcher options = Pattern.compile("(?m)^JAVA_OPTIONS=\"([^\"]*)\"").matcher(build);
        assertTrue(options.find(), "JAVA_OPTIONS in packaging/build.sh");
        assertTrue(build.contains("--java-options \"$JAVA_OPTIONS\""), "handed to jpackage");
        assertTrue(List.of(options.group(1).split(" ")).containsAll(JvmFlags.LAUNCHER), options.group(1));
    }

    @Test
    void theInstallersLauncherOpensJavaFxToTheWindowProcessAsJavafxRunDoes() throws Exception {
        // JavaFX is a module of the installed runtime: without these the window process cannot keep its window
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher build = Pattern.compile("(?m)^JAVA_OPTIONS=\"\\$JAVA_OPTIONS ([^\"]*)\"").matcher(
                Files.readString(Path.of("packaging/build.sh")));
        assertTrue(build.find(), "the module options in packaging/build.sh");
        List<String> installed = List.of(build.group(1).split(" "));
        Matcher option = Pattern.compile("<option>(--add-(?:exports|opens)=[^<]*)</option>").matcher(pom);
        int opened = 0;
        for (; option.find(); opened++) {
            assertTrue(installed.contains(option.group(1)), option.group(1) + " in the installer's launcher");
        }
        assertTrue(opened >= 9, "javafx:run's module options, WindowHelper's package among them");
        assertTrue(installed.contains("--add-exports=javafx.graphics/com.sun.javafx.stage=ALL-UNNAMED"));
    }

    @Test
    void theAutostartEntryCarriesTheLauncherFlags() {
        List<String> command = OsAutostart.launchCommand(Map.of("java.home", "/opt/jdk", "java.class.path",
                "/apps/reachable.jar"));
        assertTrue(command.containsAll(JvmFlags.LAUNCHER), command.toString());
        assertTrue(command.indexOf("-XX:+UnlockDiagnosticVMOptions") < command.indexOf(
                "-XX:GuaranteedSafepointInterval=0"), "a diagnostic flag needs the unlock before it");
    }

    @Test
    void aJvmStartedWithTheLauncherFlagsSaysNothing() throws Exception {
        // a JVM warning goes to standard output, where `reachable status --json` owes one JSON object
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(JvmFlags.LAUNCHER);
        command.add("-version");
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(jvm.waitFor() == 0 && !said.toLowerCase(java.util.Locale.ROOT).contains("warning"), said);
    }

    @Test
    void theLauncherFlagsKeepTheHeapSmallWithoutCappingIt() {
        assertTrue(JvmFlags.LAUNCHER.containsAll(JvmFlags.IDLE), "the idle flags");
        assertTrue(JvmFlags.LAUNCHER.contains("-Xmn8m"), "a small young generation: what the tray writes through");
        assertTrue(JvmFlags.LAUNCHER.stream().noneMatch(flag -> flag.startsWith("-Xmx")),
                "no maximum: the same launcher runs a big import-ics");
    }
}
