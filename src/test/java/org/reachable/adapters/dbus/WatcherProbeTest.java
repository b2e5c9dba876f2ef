package org.reachable.adapters.dbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe against a fake session bus on a Unix socket of its own: no real bus. */
class WatcherProbeTest {

    private static final String WATCHER = "org.kde.StatusNotifierWatcher";

    @TempDir
    Path dir;
    private ServerSocketChannel server;
    private Thread bus;

    @AfterEach
    void stopBus() throws Exception {
        if (bus != null) {
            bus.interrupt();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBusWhoseWatcherIsThereSaysOwned() throws Exception {
        String address = fakeBus(true, false);
        assertEquals(WatcherProbe.Answer.OWNED, WatcherProbe.ask(address, WATCHER, 5000));
    }

    @Test
    void aBusWithoutWatcherSaysNotOwned() throws Exception {
        String address = fakeBus(false, false);
        assertEquals(WatcherProbe.Answer.NOT_OWNED, WatcherProbe.ask(address, WATCHER, 5000));
    }

    @Test
    void aBusThatNeverAnswersIsSlowAfterThePatienceNotLater() throws Exception {
        String address = fakeBus(true, true);
        long start = System.nanoTime();
        assertEquals(WatcherProbe.Answer.SLOW, WatcherProbe.ask(address, WATCHER, 300));
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(took < 3000, "waited " + took + " ms for a bus that does not answer");
    }

    @Test
    void noBusAtThePathCannotTellRatherThanGuess() {
        assertEquals(WatcherProbe.Answer.CANNOT_TELL,
                WatcherProbe.ask("unix:path=" + dir.resolve("nobody"), WATCHER, 1000));
    }

    @Test
    void onlyUnixPathAddressesAreSpoken() {
        assertEquals(Optional.of(Path.of("/run/user/1000/bus")),
                WatcherProbe.socketPath("unix:path=/run/user/1000/bus"));
        assertEquals(Optional.of(Path.of("/tmp/dbus-x y")),
                WatcherProbe.socketPath("unix:path=/tmp/dbus-x%20y,guid=17534b60"));
        assertEquals(Optional.of(Path.of("/tmp/b")),
                WatcherProbe.socketPath("tcp:host=localhost,port=1;unix:path=/tmp/b"));
        assertEquals(Optional.empty(), WatcherProbe.socketPath("unix:abstract=/tmp/dbus-abc,guid=1"));
        assertEquals(WatcherProbe.Answer.CANNOT_TELL,
                WatcherProbe.ask("tcp:host=localhost,port=1", WATCHER, 1000));
    }

    /** A bus that takes any AUTH, then answers Hello, sends NameAcquired, and answers NameHasOwner. */
    private String fakeBus(boolean owned, boolean silent) throws IOException {
        Path socket = dir.resolve("bus");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        bus = new Thread(() -> {
            try (SocketChannel client = server.accept()) {
                String auth = readUntil(client, "\r\n");
                if (!auth.startsWith("\0AUTH EXTERNAL ")) {
                    return;
                }
                write(client, "OK 0123456789abcdef\r\n".getBytes(StandardCharsets.US_ASCII));
                readUntil(client, WATCHER); // the NameHasOwner call names the watcher
                if (silent) {
                    Thread.sleep(60_000);
                    return;
                }
                write(client, reply(1, 2, 's', 0));
                write(client, reply(0, 4, 's', 0)); // a signal: skipped
                write(client, reply(2, 2, 'b', owned ? 1 : 0));
                readUntil(client, "never"); // hold the line open until the probe closes it
            } catch (IOException | InterruptedException e) {
                // the test ended
            }
        }, "fake-bus");
        bus.setDaemon(true);
        bus.start();
        return "unix:path=" + socket + ",guid=0123456789abcdef";
    }

    /** A METHOD_RETURN (2) or signal (4) with a REPLY_SERIAL and a body of one string or boolean. */
    private static byte[] reply(int replySerial, int type, char bodyType, int value) {
        ByteBuffer out = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'l').put((byte) type).put((byte) 1).put((byte) 1);
        out.putInt(0).putInt(100 + replySerial).putInt(0);
        out.put((byte) 5).put((byte) 1).put((byte) 'u').put((byte) 0).putInt(replySerial);
        out.put((byte) 8).put((byte) 1).put((byte) 'g').put((byte) 0).put((byte) 1).put((byte) bodyType).put((byte) 0);
        out.putInt(12, out.position() - 16);
        while (out.position() % 8 != 0) {
            out.put((byte) 0);
        }
        int body = out.position();
        if (bodyType == 'b') {
            out.putInt(value);
        } else {
            out.putInt(5).put(":1.42".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        }
        out.putInt(4, out.position() - body);
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    private static String readUntil(SocketChannel channel, String end) throws IOException {
        StringBuilder seen = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(256);
        while (!seen.toString().contains(end)) {
            buffer.clear();
            if (channel.read(buffer) < 0) {
                throw new IOException("closed");
            }
            seen.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1));
        }
        return seen.toString();
    }

    private static void write(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
