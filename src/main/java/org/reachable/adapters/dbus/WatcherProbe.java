package org.reachable.adapters.dbus;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the session bus whether a name has an owner, in a few hand-written D-Bus messages on a
 * Unix socket, before the tray docks. dbus-java would answer the same, but its ~900 classes cost
 * 0.3–1 s of a start (class-load log, docs/footprint.md), which a tray that turns out to be AWT's
 * never needs. Only {@code unix:path=} addresses are spoken; anything else is {@link Answer#CANNOT_TELL}.
 */
public final class WatcherProbe {

    /** What the bus said about the name. */
    public enum Answer {
        OWNED,
        NOT_OWNED,
        /** No answer within the patience given: a bus that hangs must not keep the icon from docking. */
        SLOW,
        /** An address this probe does not speak (tcp, abstract…) or a bus that refused us: ask dbus-java. */
        CANNOT_TELL
    }

    private static final String BUS = "org.freedesktop.DBus";
    private static final String BUS_PATH = "/org/freedesktop/DBus";
    private static final int HELLO_SERIAL = 1;
    private static final int ASK_SERIAL = 2;

    private WatcherProbe() {
    }

    /** Whether {@code name} has an owner on the bus at {@code address}, waiting at most {@code patienceMillis}. */
    public static Answer ask(String address, String name, long patienceMillis) {
        Optional<Path> socket = socketPath(address);
        if (socket.isEmpty()) {
            return Answer.CANNOT_TELL;
        }
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Thread probe = new Thread(() -> {
            try {
                answer.complete(askOn(socket.get(), name));
            } catch (IOException | RuntimeException e) {
                answer.complete(Answer.CANNOT_TELL);
            }
        }, "tray-bus-probe");
        probe.setDaemon(true); // a bus that never answers leaves only this thread waiting, and not for long
        probe.start();
        try {
            return answer.get(patienceMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            probe.interrupt(); // closes its channel (an interruptible channel)
            return Answer.SLOW;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.SLOW;
        } catch (ExecutionException e) {
            return Answer.CANNOT_TELL;
        }
    }

    /** The socket of the first {@code unix:path=} entry of a D-Bus address list. */
    static Optional<Path> socketPath(String address) {
        for (String entry : address.split(";")) {
            if (!entry.startsWith("unix:")) {
                continue;
            }
            for (String pair : entry.substring("unix:".length()).split(",")) {
                if (pair.startsWith("path=")) {
                    return Optional.of(Path.of(unescape(pair.substring("path=".length()))));
                }
            }
        }
        return Optional.empty();
    }

    private static String unescape(String value) { // D-Bus addresses escape bytes as %XX
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Answer askOn(Path socket, String name) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            // SASL EXTERNAL with our uid; the bus checks it against the socket's peer credentials
            write(channel, ("\0AUTH EXTERNAL " + hex(uid()) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            if (!readLine(channel).startsWith("OK ")) {
                return Answer.CANNOT_TELL;
            }
            ByteBuffer out = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
            out.put("BEGIN\r\n".getBytes(StandardCharsets.US_ASCII));
            Messages.call(out, HELLO_SERIAL, "Hello", null);
            Messages.call(out, ASK_SERIAL, "NameHasOwner", name);
            out.flip();
            write(channel, out);
            while (true) { // the Hello reply and a NameAcquired signal come first
                Messages.Reply reply = Messages.read(channel);
                if (reply.replySerial() == ASK_SERIAL) {
                    if (reply.error()) {
                        return Answer.CANNOT_TELL;
                    }
                    return reply.firstWord() != 0 ? Answer.OWNED : Answer.NOT_OWNED;
                }
            }
        }
    }

    private static long uid() throws IOException {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    }

    private static String hex(long uid) {
        StringBuilder out = new StringBuilder();
        for (byte b : Long.toString(uid).getBytes(StandardCharsets.US_ASCII)) {
            out.append(Integer.toHexString(b)); // digits are 0x30-0x39: always two hex digits
        }
        return out.toString();
    }

    private static void write(SocketChannel channel, byte[] bytes) throws IOException {
        write(channel, ByteBuffer.wrap(bytes));
    }

    private static void write(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static String readLine(SocketChannel channel) throws IOException {
        StringBuilder line = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (line.length() < 1024) {
            one.clear();
            if (channel.read(one) < 0) {
                throw new IOException("The bus closed the connection");
            }
            char c = (char) one.get(0);
            if (c == '\n') {
                return line.toString().strip();
            }
            line.append(c);
        }
        throw new IOException("No line from the bus");
    }

    /** The bytes of the two calls, and the little of a reply we read (its reply serial, kind and first word). */
    static final class Messages {

        record Reply(int replySerial, boolean error, long firstWord) {
        }

        private Messages() {
        }

        /** A METHOD_CALL to the bus itself, with one string argument or none. */
        static void call(ByteBuffer out, int serial, String member, String argument) {
            int start = out.position();
            out.put((byte) 'l').put((byte) 1).put((byte) 0).put((byte) 1);
            int bodyLength = out.position();
            out.putInt(0).putInt(serial);
            int fieldsLength = out.position();
            out.putInt(0);
            int fieldsStart = out.position();
            field(out, start, 1, 'o', BUS_PATH);
            field(out, start, 2, 's', BUS);
            field(out, start, 3, 's', member);
            field(out, start, 6, 's', BUS);
            if (argument != null) {
                field(out, start, 8, 'g', "s");
            }
            out.putInt(fieldsLength, out.position() - fieldsStart);
            pad(out, start, 8);
            if (argument != null) {
                int body = out.position();
                string(out, start, argument);
                out.putInt(bodyLength, out.position() - body);
            }
        }

        private static void field(ByteBuffer out, int start, int code, char type, String value) {
            pad(out, start, 8);
            out.put((byte) code).put((byte) 1).put((byte) type).put((byte) 0);
            if (type == 'g') {
                byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
                out.put((byte) bytes.length).put(bytes).put((byte) 0);
            } else {
                string(out, start, value);
            }
        }

        private static void string(ByteBuffer out, int start, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            pad(out, start, 4);
            out.putInt(bytes.length).put(bytes).put((byte) 0);
        }

        private static void pad(ByteBuffer out, int start, int boundary) {
            while ((out.position() - start) % boundary != 0) {
                out.put((byte) 0);
            }
        }

        /** One whole message from the channel. */
        static Reply read(SocketChannel channel) throws IOException {
            ByteBuffer fixed = readFully(channel, 16);
            fixed.order(fixed.get(0) == 'B' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int type = fixed.get(1);
            int bodyLength = fixed.getInt(4);
            int fieldsLength = fixed.getInt(12);
            if (bodyLength < 0 || fieldsLength < 0 || bodyLength + fieldsLength > 1 << 20) {
                throw new IOException("Not a D-Bus message");
            }
            int headerEnd = (16 + fieldsLength + 7) & ~7;
            ByteBuffer rest = readFully(channel, headerEnd - 16 + bodyLength).order(fixed.order());
            return parse(type, rest, fieldsLength, headerEnd - 16);
        }

        /** @param rest the message after its first 16 bytes (so offset 0 here is 16 in the message) */
        static Reply parse(int type, ByteBuffer rest, int fieldsLength, int bodyStart) {
            int replySerial = -1;
            int at = 0;
            while (at < fieldsLength) {
                at = align(at + 16, 8) - 16;
                int code = rest.get(at);
                int signatureLength = rest.get(at + 1);
                char signature = (char) rest.get(at + 2);
                at += 3 + signatureLength;
                switch (signature) {
                    case 'u', 'i' -> {
                        at = align(at + 16, 4) - 16;
                        if (code == 5) {
                            replySerial = rest.getInt(at);
                        }
                        at += 4;
                    }
                    case 's', 'o' -> {
                        at = align(at + 16, 4) - 16;
                        at += 4 + rest.getInt(at) + 1;
                    }
                    case 'g' -> at += 1 + (rest.get(at) & 0xff) + 1;
                    default -> at = fieldsLength; // a field we cannot skip: what we need came first or not at all
                }
            }
            long word = rest.limit() >= bodyStart + 4 ? rest.getInt(bodyStart) & 0xffffffffL : 0;
            return new Reply(replySerial, type == 3, word);
        }

        private static int align(int offset, int boundary) {
            return (offset + boundary - 1) / boundary * boundary;
        }

        private static ByteBuffer readFully(SocketChannel channel, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("The bus closed the connection");
                }
            }
            return buffer.flip();
        }
    }
}
