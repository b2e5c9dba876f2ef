package org.reachable.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Dovecot Pigeonhole's {@code sievec} (compiles a Sieve script) and {@code sieve-test} (runs one on
 * a message and prints what it would do), from Debian's {@code dovecot-sieve}. {@code sieve-test}
 * refuses to run as root, so as root it runs through {@code setpriv} as an unprivileged user:
 * {@code reachable-sieve} (which .ci/run creates) or else {@code nobody}. A missing tool or user
 * skips the test, saying why, or fails it with {@code CI=true} ({@link NeededTool}).
 */
public final class SieveTools {

    /** A user that .ci/run creates for sieve-test; without it, nobody. */
    public static final List<String> USERS = List.of("reachable-sieve", "nobody");

    private SieveTools() {
    }

    /** What a program printed (standard output and error together) and its exit code. */
    public record Run(int exitCode, String output) {
    }

    public static Path sievec() {
        return tool("sievec", "the Sieve script is not compiled here");
    }

    public static Path sieveTest() {
        return tool("sieve-test", "the Sieve script is not run here");
    }

    private static Path tool(String name, String consequence) {
        Optional<Path> found = find(name);
        NeededTool.require(found.isPresent(), name + " is not installed (Debian: apt-get install dovecot-sieve; "
                + ".ci/run installs it); " + consequence);
        return found.get();
    }

    private static Optional<Path> find(String name) {
        return Stream.concat(
                Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(Path::of),
                Stream.of(Path.of("/usr/bin"), Path.of("/usr/sbin"), Path.of("/usr/local/bin"), Path.of("/bin")))
                .map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * What goes before a command so that it runs unprivileged: nothing when the tests do not run as
     * root, else {@code setpriv} with the uid and gid of {@link #USERS}' first user that exists.
     */
    public static List<String> unprivileged() throws Exception {
        if (!"0".equals(run(List.of("id", "-u"), Path.of(".")).output().strip())) {
            return List.of();
        }
        Optional<Path> setpriv = find("setpriv");
        NeededTool.require(setpriv.isPresent(), "the tests run as root, where sieve-test refuses to run, and setpriv "
                + "(Debian: util-linux) is not there to run it as another user; .ci/run installs it");
        Optional<String[]> user = Optional.empty();
        for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
            String[] fields = line.split(":");
            if (fields.length > 3 && USERS.contains(fields[0])
                    && (user.isEmpty() || USERS.indexOf(fields[0]) < USERS.indexOf(user.get()[0]))) {
                user = Optional.of(fields);
            }
        }
        NeededTool.require(user.isPresent(), "the tests run as root and none of the users " + USERS
                + " exists to run sieve-test as; .ci/run creates reachable-sieve");
        return List.of(setpriv.get().toString(), "--reuid=" + user.get()[2], "--regid=" + user.get()[3],
                "--clear-groups");
    }

    /**
     * A folder the unprivileged user can read and write (sieve-test keeps a compiled script next to
     * the script it runs), inside {@code parent}.
     */
    public static Path sharedFolder(Path parent) throws IOException {
        Path dir = parent.resolve("sieve");
        Files.createDirectories(dir);
        for (Path p = dir; p != null && p.startsWith(parent); p = p.getParent()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(p.equals(dir) ? "rwxrwxrwx" : "rwxr-xr-x"));
        }
        return dir;
    }

    /** Runs a command in {@code dir} with HOME there (sieve-test's mail root), within a minute. */
    public static Run run(List<String> command, Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("HOME", dir.toAbsolutePath().toString());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in 60 s: " + output);
        }
        return new Run(process.exitValue(), output);
    }
}
