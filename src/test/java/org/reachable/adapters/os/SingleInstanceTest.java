package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One app per data folder, checked with two JVMs, as a user's second start would be. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    private Process otherJvm(String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SingleInstanceChild.class.getName());
        builder.command().addAll(List.of(args));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    @Test
    void aSecondStartInAnotherJvmHandsOverShowAndGetsNoLock() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        Optional<SingleInstance> first = SingleInstance.acquire(dir, received::add);
        assertTrue(first.isPresent());
        try (SingleInstance held = first.get()) {
            Process second = otherJvm(dir.toString(), "SHOW");
            assertTrue(second.waitFor(30, TimeUnit.SECONDS));
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("locked-elsewhere delivered", output);
            // the server answers OK before it hands the message on: wait for it (a hang guard, not a speed limit)
            assertEquals("SHOW", received.poll(30, TimeUnit.SECONDS));
            assertNull(received.poll(), "one message, once");
        }
    }

    @Test
    void afterTheFirstProcessIsKilledTheNextStartGetsTheLock() throws Exception {
        Process first = otherJvm(dir.toString(), "HOLD");
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("holding", out.readLine());
        assertTrue(SingleInstance.acquire(dir, m -> { }).isEmpty(), "held by the other JVM");
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertTrue(Files.exists(dir.resolve(SingleInstance.PORT_FILE)), "a stale port file stays behind");
        assertFalse(SingleInstance.signal(dir, "SHOW"), "nobody answers a stale port");
        Optional<SingleInstance> next = SingleInstance.acquire(dir, m -> { });
        assertTrue(next.isPresent(), "the OS freed the lock of the killed process");
        next.get().close();
    }

    @Test
    void aForeignClientWithoutTheTokenIsRefused() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (SingleInstance held = SingleInstance.acquire(dir, received::add).orElseThrow()) {
            String port = portFile().split(" ")[0];
            Files.writeString(dir.resolve(SingleInstance.PORT_FILE), port + " wrongtoken\n");
            assertFalse(SingleInstance.signal(dir, "SHOW"));
            assertTrue(received.isEmpty());
        }
    }

    @Test
    void aSecondStartAMomentAfterTheFirstStillHandsOverShow() throws Exception {
        // the first start holds the lock and docks its icon before it listens: the second start waits for it
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (ServerSocket late = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread first = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    Files.writeString(dir.resolve(SingleInstance.PORT_FILE), late.getLocalPort() + " token\n");
                    try (Socket asked = late.accept()) {
                        received.add(new BufferedReader(new InputStreamReader(asked.getInputStream(),
                                StandardCharsets.UTF_8)).readLine());
                        asked.getOutputStream().write("OK\n".getBytes(StandardCharsets.UTF_8));
                    }
                } catch (Exception e) {
                    received.add(e.toString());
                }
            });
            first.start();
            assertTrue(SingleInstance.signal(dir, "SHOW"), "handed over once the first start listens");
            assertEquals("token SHOW", received.poll(30, TimeUnit.SECONDS));
            first.join();
        }
    }

    /** The port file, once the instance listens (a moment after it holds the lock; a hang guard, not a speed limit). */
    private String portFile() throws Exception {
        Path file = dir.resolve(SingleInstance.PORT_FILE);
        for (int i = 0; i < 1500 && !Files.exists(file); i++) {
            Thread.sleep(20);
        }
        return Files.readString(file);
    }
}
