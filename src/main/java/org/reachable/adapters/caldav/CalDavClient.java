package org.reachable.adapters.caldav;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.reachable.adapters.http.Outbound;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * CalDAV over java.net.http (RFC 4791 on WebDAV, RFC 4918): discovery, MKCALENDAR, and one
 * object per entry written with If-Match / If-None-Match so that nothing another device wrote is
 * overwritten unseen and a retried create never makes a second copy. Works with any RFC 4791
 * server; tested against Radicale 3.1.8.
 *
 * <p>The password goes out only over https, or over http to this computer itself (a server
 * running on the loopback address): anything else is refused before a connection is made.
 */
public final class CalDavClient implements CalendarServer {

    /** The calendar's name on the server, found by it or made with it. */
    public static final String CALENDAR_NAME = "Reachable";
    static final Duration TIME_OUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 5;

    private final String given;
    private final URI base;
    private final String authorization;
    private final SSLContext tls;
    private final Duration timeOut;
    private final Consumer<HttpRequest> beforeSend;
    private Outbound outbound;

    /** The real one: the system's trusted certificates, 30 s per request. */
    public CalDavClient(String url, String user, String password) throws StoreException {
        this(url, user, password, null, TIME_OUT, request -> { });
    }

    /**
     * @param beforeSend a test's seam: sees each request before it goes out (and may stop the server)
     */
    CalDavClient(String url, String user, String password, SSLContext tls, Duration timeOut,
            Consumer<HttpRequest> beforeSend) throws StoreException {
        this.given = url.strip();
        this.base = checked(given);
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.tls = tls;
        this.timeOut = timeOut;
        this.beforeSend = beforeSend;
    }

    /**
     * The address as a URI, refused when it is not https (or http to this computer): a password in
     * plain text over a network could be read on the way.
     */
    public static URI checked(String url) throws StoreException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_BAD_URL, url), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_BAD_URL, url));
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_NOT_HTTPS, url));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.resolve(path);
    }

    private static boolean loopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            // a literal address only: a name is not looked up here (no lookup before the user asks)
            return host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String calendar() throws StoreException {
        return calendar(CALENDAR_NAME);
    }

    @Override
    public String calendar(String name) throws StoreException {
        List<DavXml.Response> start = propfind(base.getRawPath(), 0, "d:current-user-principal", "d:resourcetype");
        Optional<DavXml.Response> first = start.stream().findFirst();
        if (first.isPresent() && first.get().isCalendar()) {
            return path(first.get().href()); // the user gave the calendar's own address
        }
        Optional<String> principal = first.flatMap(r -> r.hrefIn(DavXml.DAV, "current-user-principal"));
        if (principal.isEmpty()) {
            principal = propfind("/.well-known/caldav", 0, "d:current-user-principal").stream().findFirst()
                    .flatMap(r -> r.hrefIn(DavXml.DAV, "current-user-principal"));
        }
        String home = propfind(path(principal.orElseThrow(this::notCalDav)), 0, "c:calendar-home-set").stream()
                .findFirst().flatMap(r -> r.hrefIn(DavXml.CALDAV, "calendar-home-set")).map(this::path)
                .orElseThrow(this::notCalDav);
        for (DavXml.Response r : propfind(home, 1, "d:resourcetype", "d:displayname")) {
            if (r.isCalendar() && r.text(DavXml.DAV, "displayname").filter(name::equalsIgnoreCase).isPresent()) {
                return path(r.href());
            }
        }
        String made = (home.endsWith("/") ? home : home + "/") + slug(name) + "/";
        HttpResponse<byte[]> response = send("MKCALENDAR", made, DavXml.mkcalendar(name), Map.of());
        if (response.statusCode() != 405) { // 405: there is one at that place already (without our name)
            expect(response, made, 201);
        }
        return made;
    }

    /** A calendar's name as a path segment: "Reachable – availability" is made at reachable-availability/. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "calendar" : slug;
    }

    private StoreException notCalDav() {
        return new StoreException(Problem.of(ProblemKind.SYNC_NOT_CALDAV, given));
    }

    @Override
    public Optional<String> tag(String calendar) throws StoreException {
        Optional<DavXml.Response> r = propfind(calendar, 0, "cs:getctag", "d:sync-token").stream().findFirst();
        return r.flatMap(x -> x.text(DavXml.CS, "getctag").or(() -> x.text(DavXml.DAV, "sync-token")));
    }

    /**
     * RFC 6578 sync-collection. A server without it (or that forgot the token: 403/409 with
     * valid-sync-token) answers with an error the sync then does without, by ctag and listing.
     */
    @Override
    public Optional<Changes> changes(String calendar, String token) throws StoreException {
        HttpResponse<byte[]> response = send("REPORT", calendar, DavXml.syncCollection(token),
                Map.of("Depth", "0", "Content-Type", "application/xml; charset=utf-8"));
        int status = response.statusCode();
        if (status == 400 || status == 403 || status == 405 || status == 409 || status == 415 || status == 422
                || status == 501) {
            return Optional.empty();
        }
        expect(response, calendar, 207);
        DavXml.SyncAnswer answer;
        try {
            answer = DavXml.syncAnswer(response.body());
        } catch (IOException e) {
            return Optional.empty(); // not what RFC 6578 says: list instead
        }
        if (answer.token().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> changed = new LinkedHashMap<>();
        for (DavXml.Response r : answer.present()) {
            String href = path(r.href());
            if (!href.equals(calendar) && !href.endsWith("/")) {
                changed.put(href, r.text(DavXml.DAV, "getetag").orElse(""));
            }
        }
        Set<String> removed = new LinkedHashSet<>();
        answer.removed().forEach(href -> removed.add(path(href)));
        return Optional.of(new Changes(changed, removed, answer.token()));
    }

    @Override
    public Map<String, String> list(String calendar) throws StoreException {
        Map<String, String> etags = new LinkedHashMap<>();
        for (DavXml.Response r : propfind(calendar, 1, "d:getetag", "d:resourcetype")) {
            String href = path(r.href());
            Optional<String> etag = r.text(DavXml.DAV, "getetag");
            boolean collection = r.prop(DavXml.DAV, "resourcetype").map(e -> e.getElementsByTagNameNS(DavXml.DAV,
                    "collection").getLength() > 0).orElse(false);
            if (!collection && !href.equals(calendar) && etag.isPresent()) {
                etags.put(href, etag.get());
            }
        }
        return etags;
    }

    @Override
    public Optional<Resource> get(String href) throws StoreException {
        HttpResponse<byte[]> response = send("GET", href, null, Map.of("Accept", "text/calendar"));
        if (response.statusCode() == 404 || response.statusCode() == 410) {
            return Optional.empty();
        }
        expect(response, href, 200);
        String etag = response.headers().firstValue("ETag").orElse("");
        return Optional.of(new Resource(href, etag, new String(response.body(), StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<String> put(String href, String ics, Optional<String> ifMatch) throws StoreException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/calendar; charset=utf-8");
        if (ifMatch.isPresent()) {
            headers.put("If-Match", ifMatch.get());
        } else {
            headers.put("If-None-Match", "*");
        }
        HttpResponse<byte[]> response = send("PUT", href, ics, headers);
        expect(response, href, 201, 204, 200);
        return response.headers().firstValue("ETag");
    }

    @Override
    public void delete(String href, String etag) throws StoreException {
        HttpResponse<byte[]> response = send("DELETE", href, null, Map.of("If-Match", etag));
        if (response.statusCode() != 404 && response.statusCode() != 410) {
            expect(response, href, 200, 204);
        }
    }

    @Override
    public String hrefFor(String calendar, String uid) {
        String folder = calendar.endsWith("/") ? calendar : calendar + "/";
        if (uid.matches("[A-Za-z0-9._-]{1,120}") && !uid.startsWith(".")) {
            return folder + uid + ".ics";
        }
        // a UID with other characters (an @, a space) gets a name that needs no escaping, still one per UID
        String safe = uid.replaceAll("[^A-Za-z0-9_-]", "_");
        return folder + safe.substring(0, Math.min(60, safe.length())) + "-" + hash(uid) + ".ics";
    }

    private static String hash(String uid) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A server's href as a path on this server (some servers answer with whole URLs). */
    private String path(String href) {
        return base.resolve(href).getRawPath();
    }

    private List<DavXml.Response> propfind(String path, int depth, String... props) throws StoreException {
        HttpResponse<byte[]> response = send("PROPFIND", path, DavXml.propfind(props),
                Map.of("Depth", String.valueOf(depth), "Content-Type", "application/xml; charset=utf-8"));
        expect(response, path, 207);
        try {
            return DavXml.multistatus(response.body());
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_NOT_CALDAV, given), e);
        }
    }

    /** One request; redirects are followed by hand so that a PROPFIND stays a PROPFIND with its body. */
    private HttpResponse<byte[]> send(String method, String path, String body, Map<String, String> headers)
            throws StoreException {
        URI uri = base.resolve(path);
        for (int hop = 0; ; hop++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeOut)
                    .header("Authorization", authorization)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(builder::header);
            HttpRequest request = builder.build();
            HttpResponse<byte[]> response = exchange(request);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if ((status == 301 || status == 302 || status == 307 || status == 308) && location.isPresent()
                    && hop < MAX_REDIRECTS) {
                URI next = uri.resolve(location.get());
                if (!next.getScheme().equalsIgnoreCase(uri.getScheme()) || !next.getHost().equalsIgnoreCase(uri.getHost())) {
                    return response; // the password goes to the server the user named, not elsewhere
                }
                uri = next;
                continue;
            }
            return response;
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) throws StoreException {
        beforeSend.accept(request);
        try {
            if (outbound == null) {
                outbound = Outbound.open(tls != null ? tls : SSLContext.getDefault(), timeOut, false);
            }
            try {
                return outbound.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (e instanceof ConnectException || e instanceof HttpTimeoutException || e instanceof SSLException) {
                    throw e;
                }
                // a kept-alive connection the server had closed (Radicale's HTTP/1.0 server closes each
                // one): once more on a fresh one. Safe for every method here: a write that did arrive
                // the first time fails its If-Match / If-None-Match now, and the sync re-reads it.
                return outbound.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (HttpTimeoutException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_TOO_SLOW, given, timeOut.toSeconds()), e);
        } catch (SSLException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_TLS, given, e.getMessage()), e);
        } catch (ConnectException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, given, "connection refused"), e);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, given,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_TLS, given, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, given, "interrupted"), e);
        }
    }

    private void expect(HttpResponse<byte[]> response, String path, int... ok) throws StoreException {
        int status = response.statusCode();
        for (int good : ok) {
            if (status == good) {
                return;
            }
        }
        throw failure(status, path);
    }

    private StoreException failure(int status, String path) {
        switch (status) {
            case 401:
                return new StoreException(Problem.of(ProblemKind.SYNC_UNAUTHORIZED, given));
            case 403:
                return new StoreException(Problem.of(ProblemKind.SYNC_FORBIDDEN, given));
            case 404:
            case 410:
                return new StoreException(Problem.of(ProblemKind.SYNC_NOT_FOUND, given, path));
            case 412:
                return new Changed(Problem.of(ProblemKind.SYNC_CHANGED, given));
            default:
                return new StoreException(Problem.of(status >= 500 ? ProblemKind.SYNC_SERVER_ERROR
                        : ProblemKind.SYNC_HTTP_STATUS, given, status));
        }
    }
}
