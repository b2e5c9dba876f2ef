package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
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
    void theArchiveIsMadeBesideItFirst() throws IOException {
        Path archive = dir.resolve("cache/reachable/tray.jsa");
        List<Path> dumped = new ArrayList<>();
        assertTrue(ClassArchive.make(archive, file -> {
            dumped.add(file);
            Files.write(file, new byte[] {1, 2, 3});
        }, file -> true));
        assertEquals(List.of(archive.resolveSibling("tray.jsa.new")), dumped, "made beside the archive first");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(archive));
        assertFalse(Files.exists(archive.resolveSibling("tray.jsa.new")));
    }

    @Test
    void theDumpingJvmGetsThisOnesOptionsButNoneAboutArchivesOrAgents() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmn8m", "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE),
                ClassArchive.dumpOptions(List.of("-XX:+UseSerialGC", "-Xmn8m", "-XX:+UnlockDiagnosticVMOptions",
                        ClassArchive.IN_PLACE, ClassArchive.OPTION + OURS, "-Xshare:auto", "-XX:DumpLoadedClassList=x",
                        "-javaagent:/m2/jacoco.jar=destfile=x", "-XX:+RecordDynamicDumpInfo")));
    }

    @Test
    void aDumpThatFailsLeavesTheStartAsItWas() {
        Path archive = dir.resolve("cache/reachable/tray.jsa");
        assertFalse(ClassArchive.make(archive, file -> {
            throw new IllegalStateException("Cannot have non-empty directory in paths");
        }, file -> true));
        assertFalse(Files.exists(archive));
    }

    @Test
    void anArchiveNoJvmMapsNeverTakesThePlaceOfTheOldOne() throws IOException {
        Path archive = Files.write(Files.createDirectories(dir.resolve("cache/reachable")).resolve("tray.jsa"),
                new byte[] {7});
        assertFalse(ClassArchive.make(archive, file -> Files.write(file, new byte[] {1, 2}), file -> false));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(archive), "a start keeps what it had");
        assertFalse(Files.exists(archive.resolveSibling("tray.jsa.new")), "nothing left beside it");
    }

    @Test
    void theDumpPrintsNothingOnTheTraysStandardOutputAndNamesTheJarByItsRealPath() throws IOException {
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("apps")).resolve("reachable.jar"), "jar");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("apps"));
        String classPath = System.getProperty("java.class.path");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> seen = new ArrayList<>();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setProperty("java.class.path", link.resolve("reachable.jar") + File.pathSeparator + "missing.jar");
            ClassArchive.make(dir.resolve("tray.jsa"), file -> {
                System.out.println("Static dump to file " + file); // what JDK 17's VM.cds static_dump prints
                seen.add(System.getProperty("java.class.path"));
                Files.write(file, new byte[] {1});
            }, file -> true);
            assertEquals(link.resolve("reachable.jar") + File.pathSeparator + "missing.jar",
                    System.getProperty("java.class.path"), "this JVM's class path is as it was after the dump");
        } finally {
            System.setOut(out);
            System.setProperty("java.class.path", classPath);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "standard output is data (status --json)");
        assertEquals(List.of(jar.toRealPath() + File.pathSeparator + Path.of("missing.jar").toAbsolutePath()), seen);
    }

    /**
     * A real JDK 17 dump from a jar named relatively, as a hand-typed {@code java -jar target/reachable.jar}
     * does: silent, and mapped by a start that names the jar absolutely from another folder (the autostart
     * entry) as well as by the relative one; the same archive cut short is never put in place.
     */
    @Test
    void aRealDumpIsQuietAndFitsTheJarHoweverItIsNamed() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path jar = smallJar(Files.createDirectories(project.resolve("target")).resolve("small.jar"));
        Path archive = dir.resolve("cache/tray.jsa");
        Process dumping = new ProcessBuilder(java(), "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + archive, "-cp", "target/small.jar", Dumping.class.getName(), archive.toString())
                .directory(project.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String printed = new String(dumping.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dumping.waitFor(), "the archive was made");
        assertEquals("", printed, "nothing on standard output");
        try (var left = Files.list(project)) {
            assertEquals(List.of(project.resolve("target")), left.toList(), "no dump logs left in the working folder");
        }
        assertTrue(startMaps(archive, jar.toString(), dir), "the autostart entry's absolute path, from the home folder");
        assertTrue(startMaps(archive, "target/small.jar", project), "the hand-typed relative path");
        assertTrue(lambdaLoaded(archive, jar).contains("source: shared objects file"), "the lambda from the archive: "
                + lambdaLoaded(archive, jar));
        Path cut = dir.resolve("cut.jsa");
        try (var in = Files.newInputStream(archive)) {
            Files.write(cut, in.readNBytes(64 * 1024));
        }
        assertFalse(ClassArchive.maps(cut), "a JVM dies on it (SIGBUS), so it is refused");
        assertFalse(ClassArchive.make(archive, file -> Files.copy(cut, file), ClassArchive::maps));
        assertTrue(startMaps(archive, jar.toString(), dir), "the archive that worked is still in place");
    }

    /**
     * The main of {@link #aRealDumpIsQuietAndFitsTheJarHoweverItIsNamed}'s JVMs: runs a lambda, as the tray's
     * start does, then makes the archive now when given its path.
     */
    public static final class Dumping {
        public static void main(String[] args) {
            Runnable lambda = () -> System.setProperty("ran", "yes");
            lambda.run();
            if (args.length == 1) {
                System.exit(ClassArchive.renew(Path.of(args[0])) ? 0 : 3);
            }
        }
    }

    /** The class of Dumping's lambda as a start with the archive loads it: the line of -Xlog:class+load. */
    private static String lambdaLoaded(Path archive, Path jar) throws Exception {
        Process jvm = new ProcessBuilder(java(), "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + archive, "-Xlog:class+load=info", "-cp", jar.toString(), Dumping.class.getName())
                .redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jvm.waitFor();
        return said.lines().filter(l -> l.contains("Dumping$$Lambda")).findFirst().orElse("none in:\n" + said);
    }

    private static boolean startMaps(Path archive, String classPath, Path folder) throws Exception {
        Process jvm = new ProcessBuilder(java(), "-XX:+UnlockDiagnosticVMOptions", ClassArchive.IN_PLACE,
                ClassArchive.OPTION + archive, "-cp", classPath, "-XshowSettings:properties", "-version")
                .directory(folder.toFile()).redirectErrorStream(true).start();
        String said = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return jvm.waitFor() == 0 && said.lines().anyMatch(l -> l.contains("java.vm.info") && l.contains("sharing"));
    }

    /** ClassArchive's and ClassList's classes and {@link Dumping}: a dump needs a jar (a folder of classes is refused). */
    private static Path smallJar(Path jar) throws Exception {
        Path main = Path.of(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path test = Path.of(Dumping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path pkg = Path.of("org", "reachable", "adapters", "os");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path root : List.of(main, test)) {
                try (var classes = Files.list(root.resolve(pkg))) {
                    for (Path file : classes.filter(f -> f.getFileName().toString().matches("Class(Archive|List).*")).toList()) {
                        out.putNextEntry(new JarEntry(root.relativize(file).toString().replace(File.separatorChar, '/')));
                        out.write(Files.readAllBytes(file));
                        out.closeEntry();
                    }
                }
            }
        }
        return jar;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
