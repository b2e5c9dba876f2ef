package org.reachable.adapters.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The one door to the network. Reachable makes no connection of its own (DESIGN.md: no telemetry,
 * no update check); only what the user configured (a calendar to import, a calendar server) goes
 * out, and it goes out through here. LayersTest keeps every other class away from HttpClient,
 * Socket and URL.openConnection, and {@link #opened()} lets a test see that nothing was opened.
 */
public final class Outbound {

    private static final AtomicInteger OPENED = new AtomicInteger();

    private final HttpClient client;

    private Outbound(HttpClient client) {
        this.client = client;
    }

    /**
     * A client for one job (an import, one sync). HTTP/1.1 only: servers such as Radicale speak
     * HTTP/1.0 behind a WSGI server and gain nothing from an h2c upgrade attempt.
     *
     * @param tls the trust to use; null for the system's trusted certificates
     */
    public static Outbound open(SSLContext tls, Duration connectTimeOut, boolean followRedirects) {
        OPENED.incrementAndGet();
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeOut)
                .followRedirects(followRedirects ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return new Outbound(builder.build());
    }

    /** How many clients this process has opened; a test with nothing configured expects none. */
    public static int opened() {
        return OPENED.get();
    }

    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        return client.sendAsync(request, body);
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return client.send(request, body);
    }
}
