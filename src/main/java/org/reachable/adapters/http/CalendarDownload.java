package org.reachable.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * A calendar fetched once for an import: a file, or an https address ({@code webcal://} is the
 * same address over https, as calendar apps treat it). Plain http is refused: a calendar that
 * decides when you are unreachable should not be changeable on the way.
 *
 * <p>Bounded so a wrong address cannot hang or fill the app: at most {@link #MAX_BYTES} (cut off
 * while arriving, not after) and {@link #TIME_OUT} for the whole fetch, body included (HttpClient's
 * own request time-out stops at the headers, so a server trickling bytes would pass it).
 */
public final class CalendarDownload implements CalendarSource {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final Duration TIME_OUT = Duration.ofSeconds(20);

    private final SSLContext tls;
    private final Duration timeOut;
    private final long maxBytes;

    /** The real one: the system's trusted certificates (looked up at the first fetch), 20 s, 10 MB. */
    public CalendarDownload() {
        this(null, TIME_OUT, MAX_BYTES);
    }

    /** For tests: a context that trusts a test certificate, a short time-out, a small limit. */
    public CalendarDownload(SSLContext tls, Duration timeOut, long maxBytes) {
        this.tls = tls;
        this.timeOut = timeOut;
        this.maxBytes = maxBytes;
    }

    private static SSLContext defaultTls() throws StoreException {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_TLS, "https", e.getMessage()), e);
        }
    }

    /** Some network interface other than the loopback is up with an address (no connection is made to ask). */
    @Override
    public boolean online() {
        try {
            var interfaces = java.net.NetworkInterface.getNetworkInterfaces();
            while (interfaces != null && interfaces.hasMoreElements()) {
                java.net.NetworkInterface n = interfaces.nextElement();
                if (n.isUp() && !n.isLoopback() && n.getInetAddresses().hasMoreElements()) {
                    return true;
                }
            }
            return false;
        } catch (java.net.SocketException e) {
            return true; // cannot tell: try, and a failure backs off
        }
    }

    @Override
    public Fetched fetch(String fileOrUrl) throws StoreException {
        String given = fileOrUrl.strip();
        String lower = given.toLowerCase(Locale.ROOT);
        byte[] bytes;
        String address;
        if (lower.startsWith("https://") || lower.startsWith("webcal://") || lower.startsWith("webcals://")) {
            URI uri = https(given);
            address = uri.toString();
            bytes = download(uri, given);
        } else if (lower.startsWith("http://")) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_NOT_HTTPS, given));
        } else {
            Path path = Path.of(given);
            address = path.getFileName() == null ? given : path.getFileName().toString();
            bytes = readFile(path, given);
        }
        if (!looksLikeCalendar(bytes)) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_NOT_CALENDAR, given));
        }
        return new Fetched(bytes, given, address, address.startsWith("https://"));
    }

    private URI https(String given) throws StoreException {
        String rest = given.substring(given.indexOf("://") + 3);
        try {
            URI uri = new URI("https://" + rest);
            if (uri.getHost() == null) {
                throw new URISyntaxException(given, "no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_BAD_URL, given), e);
        }
    }

    private byte[] readFile(Path path, String given) throws StoreException {
        try {
            if (Files.size(path) > maxBytes) {
                throw new StoreException(Problem.of(ProblemKind.IMPORT_TOO_LARGE, given, Math.max(1, maxBytes / (1024 * 1024))));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_NO_FILE, given), e);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNREADABLE, given, e.getMessage()).at(given, 0), e);
        }
    }

    private byte[] download(URI uri, String given) throws StoreException {
        Outbound client = Outbound.open(tls != null ? tls : defaultTls(), timeOut, true);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeOut)
                .header("Accept", "text/calendar, */*;q=0.5").GET().build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> capped(info, given));
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeOut.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw tooSlow(given, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw tooSlow(given, e);
        } catch (ExecutionException e) {
            throw failed(given, uri, e.getCause());
        }
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_NOT_FOUND, given));
        }
        if (status / 100 != 2) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_HTTP_STATUS, given, status));
        }
        return response.body();
    }

    private StoreException tooSlow(String given, Exception cause) {
        return new StoreException(Problem.of(ProblemKind.IMPORT_TOO_SLOW, given, Math.max(1, timeOut.toSeconds())),
                cause);
    }

    private StoreException failed(String given, URI uri, Throwable cause) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof TooLarge t) {
                return t.problem;
            }
            if (c instanceof HttpTimeoutException) {
                return tooSlow(given, (Exception) c);
            }
            if (c instanceof SSLException) {
                return new StoreException(Problem.of(ProblemKind.IMPORT_TLS, given, c.getMessage()), cause);
            }
            c = c.getCause();
        }
        String reason = cause instanceof ConnectException ? "connection refused"
                : cause == null ? "" : String.valueOf(cause.getMessage() == null ? cause : cause.getMessage());
        return new StoreException(Problem.of(ProblemKind.IMPORT_UNREACHABLE, given, reason), cause);
    }

    /** Reads the body, but stops as soon as it passes the limit (a Content-Length over it stops it at once). */
    private HttpResponse.BodySubscriber<byte[]> capped(HttpResponse.ResponseInfo info, String given) {
        long limit = maxBytes;
        StoreException tooLarge = new StoreException(
                Problem.of(ProblemKind.IMPORT_TOO_LARGE, given, Math.max(1, limit / (1024 * 1024))));
        if (info.statusCode() / 100 == 2
                && info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit) {
            return failing(new TooLarge(tooLarge));
        }
        return new Capped(limit, tooLarge);
    }

    private static HttpResponse.BodySubscriber<byte[]> failing(TooLarge error) {
        Capped capped = new Capped(0, error.problem);
        capped.result.completeExceptionally(error);
        return capped;
    }

    /** Carries the too-large problem through the client's future. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final transient StoreException problem;

        TooLarge(StoreException problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final StoreException tooLarge;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(long limit, StoreException tooLarge) {
            this.limit = limit;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (result.isDone()) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge(tooLarge));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    /** True when the bytes begin (after a byte order mark and blank lines) with BEGIN:VCALENDAR. */
    static boolean looksLikeCalendar(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        String head = new String(bytes, i, Math.min(15, bytes.length - i), StandardCharsets.US_ASCII);
        return head.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }
}
