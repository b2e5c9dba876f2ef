package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar run's class archive: when the tray makes it again, and that a missing or stale one costs a start nothing. */
class ClassArchiveTest {

    private static final Path OURS = Path.of("/home/anna/.cache/reachable/tray.jsa");
    private static final List<String> STARTED_WITH_IT = List.of("-XX:+UseSerialGC", ClassArchive.OPTION + OURS);

    @TempDir
    Path dir;

    @Test
    void theArchiveLivesInTheUsersCacheFolder() {
        assertEquals(OURS, ClassArchive.forUser(Map.of(), "/home/anna"));
        assertEquals(Path.of("/xdg/cache/reachable/tray.jsa"),
                ClassArchive.forUser(Map.of("XDG_CACHE_HOME", "/xdg/cache"), "/home/anna"));
        assertEquals(OURS, ClassArchive.forUser(Map.of("XDG_CACHE_HOME", "relative"), "/home/anna"));
    }

    @Test
    void theAutostartEntryOfAJarRunNamesTheArchiveAndTheInstalledOneDoesNot() {
        List<String> jar = OsAutostart.launchCommand(Map.of("java.home", "/opt/jdk", "java.class.path",
                "/apps/reachable.jar", OsAutostart.ARCHIVE, OURS.toString()));
        int named = jar.indexOf(ClassArchive.OPTION + OURS);
        assertTrue(named > 0 && named < jar.indexOf("-cp"), jar.toString());
        // mapped where it was made (not moved page by page at each start): a diagnostic flag, after the unlock
        int inPlace = jar.indexOf(ClassArchive.IN_PLACE);
        assertTrue(inPlace > jar.indexOf("-XX:+UnlockDiagnosticVMOptions") && inPlace < jar.indexOf("-cp"), jar.toString());
        assertEquals(List.of("/opt/reachable/bin/Reachable"), OsAutostart.launchCommand(Map.of(
                "jpackage.app-path", "/opt/reachable/bin/Reachable", OsAutostart.ARCHIVE, OURS.toString())));
    }

    @Test
    void anArchiveTheJvmRefusedIsMadeAgainAndAMappedOneIsLeftAlone() {
        assertEquals(Optional.of(OURS), ClassArchive.refused(STARTED_WITH_IT, "mixed mode", OURS)); // missing or stale
        assertEquals(Optional.empty(), ClassArchive.refused(STARTED_WITH_IT, "mixed mode, sharing", OURS));
        assertEquals(Optional.empty(), ClassArchive.refused(List.of("-XX:+UseSerialGC"), "mixed mode", OURS));
        // the installer's archive is packaging/build.sh's, never rewritten by the app
        assertEquals(Optional.empty(), ClassArchive.refused(
                List.of(ClassArchive.OPTION + "/opt/reachable/lib/app/reachable.jsa"), "mixed mode", OURS));
    }

    @Test
    void theDumpsLogsAreRemovedFromTheWorkingFolderAndNothingElse() throws IOException {
        Path archive = dir.resolve("cache/reachable/tray.jsa");
        Path work = Files.createDirectories(dir.resolve("home"));
        Path unrelated = Files.writeString(work.resolve("java_pid99_stdout"), "another program's dump");
        List<Path> dumped = new ArrayList<>();
        boolean made = ClassArchive.make(archive, file -> {
            dumped.add(file);
            for (String stream : List.of("stdout", "stderr")) {
                Files.writeString(work.resolve("java_pid4242_" + stream),
                        "Command:\njava -Xshare:dump -XX:SharedArchiveFile=" + file + ".temp\n", StandardCharsets.UTF_8);
            }
            Files.write(file, new byte[] {1, 2, 3});
        }, work);
        assertTrue(made);
        assertEquals(List.of(archive), dumped);
        assertFalse(Files.exists(work.resolve("java_pid4242_stdout")));
        assertFalse(Files.exists(work.resolve("java_pid4242_stderr")));
        assertTrue(Files.exists(unrelated), "a file of someone else's is kept");
    }

    @Test
    void aDumpThatFailsLeavesTheStartAsItWas() {
        Path archive = dir.resolve("cache/reachable/tray.jsa");
        assertFalse(ClassArchive.make(archive, file -> {
            throw new IllegalStateException("Cannot have non-empty directory in paths");
        }, dir));
        assertFalse(Files.exists(archive));
    }

    @Test
    void aMissingOrStaleArchiveStartsTheJvmWithoutAWord() throws Exception {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stale = Files.write(dir.resolve("stale.jsa"), "an archive of another JDK or jar".getBytes(StandardCharsets.UTF_8));
        for (Path archive : List.of(dir.resolve("missing.jsa"), stale)) {
            List<String> command = new ArrayList<>(List.of(javaCommand.toString()));
            command.addAll(JvmFlags.LAUNCHER);
            command.addAll(ClassArchive.options(archive));
            command.addAll(List.of("-XshowSettings:properties", "-version"));
            Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, jvm.waitFor(), out);
            assertFalse(out.toLowerCase(Locale.ROOT).matches("(?s).*(warning|error|cds).*"), out);
            List<String> vmInfo = out.lines().filter(l -> l.contains("java.vm.info =")).toList();
            assertTrue(vmInfo.size() == 1 && !vmInfo.get(0).contains("sharing"), "runs without sharing, which the tray notices: "
                    + vmInfo);
        }
    }
}
