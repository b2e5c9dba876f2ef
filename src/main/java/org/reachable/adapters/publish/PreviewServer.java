package org.reachable.adapters.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * {@code publish --serve PORT}: the published folder on http://127.0.0.1:PORT/, for a look in a
 * browser before the files go public. Only the loopback interface, only GET and HEAD, only the
 * files directly in the folder (no path into another folder, no listing).
 */
public final class PreviewServer implements PublishFolder.Preview {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "ics", "text/calendar; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "jsonld", "application/ld+json; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads;

    private PreviewServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static PreviewServer start(Path folder, int port) throws StoreException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.PORT_UNAVAILABLE, String.valueOf(port),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "publish-preview");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> answer(folder, exchange));
        server.start();
        return new PreviewServer(server, threads);
    }

    private static void answer(Path folder, HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String name = exchange.getRequestURI().getPath().substring(1);
            if (name.isEmpty()) {
                name = "index.html";
            }
            Path file = folder.resolve(name).normalize();
            if (name.contains("/") || name.startsWith(".") || !file.getParent().equals(folder.normalize())
                    || !Files.isRegularFile(file)) {
                byte[] body = "Not found\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, method.equals("HEAD") ? -1 : body.length);
                if (!method.equals("HEAD")) {
                    exchange.getResponseBody().write(body);
                }
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
