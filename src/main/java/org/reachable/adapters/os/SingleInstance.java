package org.reachable.adapters.os;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One running app per data folder. The first start locks {@code reachable.lock} and listens on a
 * loopback port written, with a random token, to {@code reachable.port}; a second start sends its
 * wish ("SHOW") there and exits. The OS frees the lock when a process dies, even by kill -9, so
 * a start after a crash works; a stale port file is simply not answered.
 */
public final class SingleInstance implements AutoCloseable {

    public static final String LOCK_FILE = "reachable.lock";
    public static final String PORT_FILE = "reachable.port";
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    private final FileChannel channel;
    private final FileLock lock;
    private final Path portFile;
    private ServerSocket server; // null until the listener has bound it; guarded by this
    private boolean closed; // guarded by this

    private SingleInstance(FileChannel channel, FileLock lock, Path portFile) {
        this.channel = channel;
        this.lock = lock;
        this.portFile = portFile;
    }

    /**
     * Becomes the one instance for {@code folder}, or returns empty if another process is. Keep the
     * result open for the life of the process: closing any channel to the lock file releases it.
     */
    public static Optional<SingleInstance> acquire(Path folder, Consumer<String> onMessage) throws IOException {
        return acquire(folder, onMessage, question -> Optional.empty());
    }

    /**
     * As above, and {@code answers} replies to a line it knows (a question, answered with text from
     * what the running app holds: {@link #ask}); every other line goes to {@code onMessage}.
     */
    public static Optional<SingleInstance> acquire(Path folder, Consumer<String> onMessage,
            Function<String, Optional<String>> answers) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it already
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        SingleInstance instance = new SingleInstance(channel, lock, folder.resolve(PORT_FILE));
        // the socket and the port file on the listener's thread: the JDK's network code and a secure token
        // (28-45 ms of a start at load 14, measured) no longer hold up the tray icon; a second start meanwhile waits (signal)
        Thread listener = new Thread(() -> instance.serve(onMessage, answers), "reachable-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    private void serve(Consumer<String> onMessage, Function<String, Optional<String>> answers) {
        String token;
        try {
            ServerSocket bound = new ServerSocket();
            bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            synchronized (this) {
                if (closed) {
                    bound.close();
                    return;
                }
                server = bound;
                Files.writeString(portFile, bound.getLocalPort() + " " + token + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return; // no loopback socket or port file: the lock still keeps a second start from showing a second icon
        }
        listen(token, onMessage, answers);
    }

    /**
     * Sends {@code message} to the running instance; false if none answered. The instance holds the lock
     * a moment before it listens, so a start that found the lock held asks again for up to
     * {@link #CONNECT_TIMEOUT_MILLIS} while nothing answers.
     */
    public static boolean signal(Path folder, String message) {
        long giveUp = System.nanoTime() + CONNECT_TIMEOUT_MILLIS * 1_000_000L;
        String reply = talk(folder, message);
        while (reply == null && System.nanoTime() < giveUp) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            reply = talk(folder, message);
        }
        return reply != null && reply.startsWith("OK\n");
    }

    /** Asks the running instance a question; its answer, or empty when none runs or it has none. */
    public static Optional<String> ask(Path folder, String question) {
        String reply = talk(folder, question);
        return reply != null && reply.startsWith(ANSWER) ? Optional.of(reply.substring(ANSWER.length())) : Optional.empty();
    }

    private static final String ANSWER = "ANSWER\n";

    /**
     * Everything the instance replied, to its end; null if none answered. {@code reachable status}
     * runs this in a JVM of its own before anything else, so it loads as few classes as it can: a
     * stream rather than NIO's channels for the port file, a StringBuilder rather than {@code +}
     * (whose first use spins method handles, ~10 ms), and one write (two would wait for an ACK).
     */
    private static String talk(Path folder, String message) {
        try (InputStream in = new FileInputStream(folder.resolve(PORT_FILE).toFile());
                Socket socket = new Socket()) {
            String portAndToken = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            int space = portAndToken.indexOf(' ');
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                    Integer.parseInt(portAndToken.substring(0, space))), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            String line = new StringBuilder(portAndToken.substring(space + 1)).append(' ').append(message).append('\n')
                    .toString();
            socket.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null; // no port file (none runs), a stale one, or an instance that went away
        }
    }

    private void listen(String token, Consumer<String> onMessage, Function<String, Optional<String>> answers) {
        ServerSocket server;
        synchronized (this) {
            server = this.server;
        }
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
                String line = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                boolean ours = line != null && line.startsWith(token + " ");
                String message = ours ? line.substring(token.length() + 1).trim() : "";
                Optional<String> answer = ours ? answers.apply(message) : Optional.empty();
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(!ours ? "NO\n" : answer.map(text -> ANSWER + text).orElse("OK\n"));
                out.flush();
                socket.shutdownOutput(); // the reply is complete: the asking start goes on at once
                if (ours && answer.isEmpty()) {
                    onMessage.accept(message);
                }
            } catch (IOException | RuntimeException e) {
                // a client that went away, the server closing, or a question that failed: go on or stop at the loop test
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(portFile);
        }
        lock.release();
        channel.close();
    }
}
