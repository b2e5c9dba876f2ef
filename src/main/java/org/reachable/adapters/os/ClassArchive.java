package org.reachable.adapters.os;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.ObjectName;

/**
 * The AppCDS archive of a jar run (the installer has its own, made by packaging/build.sh). JDK 17
 * has no {@code -XX:+AutoCreateSharedArchive}, so: the autostart entry and the README's command name
 * the archive with {@code -XX:SharedArchiveFile}; the JVM maps it when it was made by this JDK from
 * this jar, and otherwise (missing, or stale after an update) starts without it and prints nothing.
 * The tray then makes it again, once, a while after its start, from the classes it loaded and their
 * lambdas ({@link ClassList}, dumped by a JVM of its own), so the next start docks from the archive.
 * It takes the old one's place only once a JVM has mapped it: one cut short would crash every start.
 */
public final class ClassArchive {

    private static final Logger LOG = Logger.getLogger(ClassArchive.class.getName());
    public static final String OPTION = "-XX:SharedArchiveFile=";
    /**
     * Maps the archive where it was made instead of moving it at every start: Debian's JDK 17 relocates
     * every archive by default ({@code ArchiveRelocationMode=1}), which touches each page of the tray's
     * 31 MB one: -Xlog:startuptime's "Genesis" 26-36 ms against 2-3 ms (7 December, load 9). The price is
     * that the archive's classes lie at the same address in every start (no address randomisation for
     * them); where that address is taken the JVM still moves it. A diagnostic flag: after the unlock in
     * {@link JvmFlags#IDLE}.
     */
    public static final String IN_PLACE = "-XX:ArchiveRelocationMode=0";

    /** Makes an archive file of the classes this JVM has loaded. */
    @FunctionalInterface
    interface Dumper {
        void dump(Path file) throws Exception;
    }

    private ClassArchive() {
    }

    /** The JVM options that start with {@code archive}: mapped in place ({@link #IN_PLACE}). */
    public static List<String> options(Path archive) {
        return List.of(IN_PLACE, OPTION + archive);
    }

    /** Where a jar run keeps its archive: the user's cache folder (it is made again whenever it is lost). */
    public static Path forUser(Map<String, String> environment, String userHome) {
        String cache = environment.get("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() && Path.of(cache).isAbsolute() ? Path.of(cache)
                : Path.of(userHome, ".cache");
        return base.resolve("reachable").resolve("tray.jsa");
    }

    /**
     * The archive this JVM was told to use but runs without, when it is {@code ours}: a JVM that maps
     * an archive says "sharing" in {@code java.vm.info}; one that refused it (missing, made by another
     * JDK or from another jar) does not, and says nothing else.
     */
    static Optional<Path> refused(List<String> jvmOptions, String vmInfo, Path ours) {
        Path named = null;
        for (String option : jvmOptions) {
            if (option.startsWith(OPTION)) {
                named = Path.of(option.substring(OPTION.length())); // the last one counts, as in the JVM
            }
        }
        boolean mapped = vmInfo != null && vmInfo.contains("sharing");
        return named != null && !mapped && named.equals(ours) ? Optional.of(named) : Optional.empty();
    }

    /**
     * For the tray, a while after its start: makes this user's archive on a thread of its own when this
     * JVM was started with it and runs without it. Once per start at most; the next start maps it.
     */
    public static void renewIfRefused(Map<String, String> environment, String userHome) {
        Path ours = forUser(environment, userHome);
        refused(ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.vm.info"), ours)
                .ifPresent(archive -> {
                    Thread maker = new Thread(() -> renew(archive), "class-archive");
                    maker.setDaemon(true);
                    maker.setPriority(Thread.MIN_PRIORITY);
                    maker.start();
                });
    }

    /** Makes {@code archive} of the classes this JVM has loaded, now (see {@link #make}). */
    static boolean renew(Path archive) {
        return make(archive, ClassArchive::staticDump, ClassArchive::maps);
    }

    /**
     * Makes {@code archive} with {@code dumper}, beside it first: only a file a JVM was seen to map
     * takes its place, since JDK 17 dies of SIGBUS on an archive cut short (a full disk while the JDK
     * writes it; tried with a real archive cut at 1 KB, 20 MB and 31 MB), and would at every start.
     * While it dumps, the class path is this JVM's by real paths, since the JDK records it as given
     * and resolves a relative one against the folder of each later start (a hand-typed
     * {@code java -jar target/reachable.jar} and the autostart entry's absolute path then refused each
     * other's archive and made it again at every start). Nothing a dumper prints reaches the tray's
     * standard output (JDK 17's {@code jcmd VM.cds static_dump} printed "Static dump to file" there).
     */
    static boolean make(Path archive, Dumper dumper, Predicate<Path> maps) {
        Path aside = archive.resolveSibling(archive.getFileName() + ".new");
        try {
            Files.createDirectories(archive.getParent());
            dumpQuietly(aside, dumper);
            if (!maps.test(aside)) {
                LOG.info("No class archive made (a JVM did not map it; the app starts without one): " + aside);
                return false;
            }
            try (FileChannel file = FileChannel.open(aside, StandardOpenOption.READ)) {
                file.force(true); // on disk before its name is: a power cut leaves the old file or this one whole
            }
            Files.move(aside, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Class archive for the next start made: " + archive);
            return true;
        } catch (Exception e) { // a directory on the class path (a build's classes), no jdk.management, a full disk
            LOG.info("No class archive made (the app starts without one): " + e.getMessage());
            return false;
        } finally {
            deleteQuietly(aside);
        }
    }

    private static void dumpQuietly(Path file, Dumper dumper) throws Exception {
        PrintStream out = System.out;
        String classPath = System.getProperty("java.class.path", "");
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream())); // nothing else prints there in the tray
            System.setProperty("java.class.path", realPaths(classPath));
            dumper.dump(file);
        } finally {
            System.setProperty("java.class.path", classPath);
            System.setOut(out);
        }
    }

    /** Each entry of {@code classPath} by its real path (absolute, links resolved); one that is missing, absolute. */
    static String realPaths(String classPath) {
        List<String> real = new ArrayList<>();
        for (String entry : classPath.split(Pattern.quote(File.pathSeparator))) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            try {
                real.add(path.toRealPath().toString());
            } catch (IOException e) {
                real.add(path.toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, real);
    }

    /**
     * Whether a JVM of this JDK with this class path maps {@code archive}: one started with it says
     * "sharing" in {@code java.vm.info} and ends well; on a file cut short it dies, which is why it is
     * asked of a JVM of its own (no crash log, no core).
     */
    static boolean maps(Path archive) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", IN_PLACE, OPTION + archive, "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + (File.separatorChar == '/' ? "/dev/null" : "NUL"),
                "-cp", realPaths(System.getProperty("java.class.path", "")), "-XshowSettings:properties", "-version"));
        try {
            Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return jvm.waitFor() == 0 && said.lines().anyMatch(line -> line.contains("java.vm.info")
                    && line.contains("sharing"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.fine("Left behind: " + file);
        }
    }

    /**
     * A static dump of the classes this JVM loaded and of their lambdas ({@link ClassList}; what
     * {@code jcmd VM.cds static_dump} does, but with the lambdas), by a JVM of its own whose output goes nowhere.
     */
    private static void staticDump(Path file) throws Exception {
        String loaded = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Path list = file.resolveSibling(file.getFileName() + ".classlist");
        try {
            Files.write(list, ClassList.of(loaded, name -> ClassLoader.getSystemResourceAsStream(name + ".class"),
                    ClassList.lambdaForms()));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(dumpOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + file,
                    "-cp", System.getProperty("java.class.path"))); // the real paths, while dumpQuietly runs
            Process jvm = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = jvm.waitFor();
            if (code != 0) {
                throw new IOException("the dump ended with exit code " + code);
            }
        } finally {
            Files.deleteIfExists(list);
        }
    }

    /**
     * This JVM's options for the JVM that dumps, as {@code VM.cds static_dump} passes them (the collector and
     * the heap decide the archive's layout), without those about archives and agents.
     */
    static List<String> dumpOptions(List<String> jvmOptions) {
        return jvmOptions.stream().filter(option -> Stream.of("-XX:SharedArchiveFile=", "-XX:SharedClassListFile=",
                "-XX:DumpLoadedClassList=", "-XX:ArchiveClassesAtExit=", "-XX:+RecordDynamicDumpInfo", "-Xshare:",
                "-XX:+UseSharedSpaces", "-XX:+RequireSharedSpaces", "-XX:+DynamicDumpSharedSpaces", "-XX:+DumpSharedSpaces",
                "-javaagent:", "-agentlib:", "-agentpath:").noneMatch(option::startsWith)).toList();
    }
}
