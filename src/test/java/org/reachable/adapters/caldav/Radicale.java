package org.reachable.adapters.caldav;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.reachable.testing.NeededTool;

/**
 * A Radicale server of the test's own (Debian {@code radicale} 3.1.8): on 127.0.0.1 on a free
 * port, htpasswd users with plain passwords, owner-only rights and a storage folder in the test's
 * temp folder. Stopped and started again on the same port and storage, so a test can take the
 * server away between two requests. On CI (.ci/run installs it) a missing radicale fails the test.
 */
public final class Radicale implements AutoCloseable {

    static final String PROGRAM = "/usr/bin/radicale";
    public static final String USER = "anna";
    public static final String PASSWORD = "test-password-1";

    private final Path folder;
    private final int port;
    private Process process;

    private Radicale(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    public static Radicale start(Path temp) throws IOException, InterruptedException {
        NeededTool.require(Files.isExecutable(Path.of(PROGRAM)), "radicale is not installed (Debian: apt-get install radicale)");
        Path folder = Files.createDirectories(temp.resolve("radicale"));
        Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\nbob:bobs-password\n", StandardCharsets.UTF_8);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Files.writeString(folder.resolve("config"), String.join("\n",
                "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + folder.resolve("users"),
                "htpasswd_encryption = plain", "delay = 0",
                "[rights]", "type = owner_only",
                "[storage]", "filesystem_folder = " + folder.resolve("storage"),
                "[web]", "type = none",
                "[logging]", "level = warning", ""), StandardCharsets.UTF_8);
        Radicale radicale = new Radicale(folder, port);
        radicale.startAgain();
        return radicale;
    }

    /** Starts the server (again) on the same port with the same storage. */
    public void startAgain() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PROGRAM, "--config", folder.resolve("config").toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("log").toFile()));
        builder.environment().remove("RADICALE_CONFIG");
        process = builder.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!answers()) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new IOException("radicale did not start: " + Files.readString(folder.resolve("log")));
            }
            Thread.sleep(50);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    int port() {
        return port;
    }

    /** What the server keeps for the user's calendars, for a test that looks at the storage itself. */
    Path storage() {
        return folder.resolve("storage");
    }

    public CalDavClient client() throws Exception {
        return new CalDavClient(url(), USER, PASSWORD);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
