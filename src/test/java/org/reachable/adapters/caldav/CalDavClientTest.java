package org.reachable.adapters.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.http.Outbound;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;

/** The CalDAV client against a real Radicale: discovery, writes guarded by ETags, and each failure in words. */
class CalDavClientTest {

    @TempDir
    static Path temp;
    static Radicale radicale;

    @BeforeAll
    static void startServer() throws Exception {
        radicale = Radicale.start(temp);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (radicale != null) {
            radicale.close();
        }
    }

    static String event(String uid, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSUMMARY:"
                + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void discoveryMakesTheReachableCalendarOnceAndFindsItAgain() throws Exception {
        CalDavClient client = radicale.client();
        String made = client.calendar();
        assertEquals("/anna/reachable/", made);
        assertEquals(made, radicale.client().calendar(), "the second discovery finds it instead of making another");
        assertEquals(Map.of(), client.list(made));
    }

    @Test
    void aCreateIsWrittenOnceAndARetriedCreateNeverDoublesIt() throws Exception {
        CalDavClient client = radicale.client();
        String calendar = client.calendar();
        String href = client.hrefFor(calendar, "once-1");
        Optional<String> etag = client.put(href, event("once-1", "Focus"), Optional.empty());
        assertTrue(etag.isPresent());
        assertThrows(CalendarServer.Changed.class, () -> client.put(href, event("once-1", "Focus"), Optional.empty()));
        assertEquals(etag.get(), client.list(calendar).get(href));
        assertTrue(client.get(href).orElseThrow().ics().contains("SUMMARY:Focus"));
    }

    @Test
    void aWriteOverAChangeMadeElsewhereIsRefusedWithItsOwnWords() throws Exception {
        CalDavClient client = radicale.client();
        String calendar = client.calendar();
        String href = client.hrefFor(calendar, "stale-1");
        String first = client.put(href, event("stale-1", "One"), Optional.empty()).orElseThrow();
        String second = client.put(href, event("stale-1", "Two"), Optional.of(first)).orElseThrow();
        assertNotEquals(first, second);
        StoreException e = assertThrows(CalendarServer.Changed.class,
                () -> client.put(href, event("stale-1", "Three"), Optional.of(first)));
        assertEquals(ProblemKind.SYNC_CHANGED, e.problem().kind());
        assertTrue(ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()).contains("gewijzigd"));
        assertTrue(ProblemWords.english().words(e.problem()).contains("changed on the server"));
        client.delete(href, second);
        assertFalse(client.list(calendar).containsKey(href));
        assertEquals(Optional.empty(), client.get(href));
    }

    @Test
    void aWrongPasswordSaysSoInTheUsersLanguage() throws Exception {
        CalDavClient client = new CalDavClient(radicale.url(), Radicale.USER, "wrong");
        StoreException e = assertThrows(StoreException.class, client::calendar);
        assertEquals(ProblemKind.SYNC_UNAUTHORIZED, e.problem().kind());
        assertEquals(radicale.url() + ": de server weigerde de gebruikersnaam of het wachtwoord (401); controleer ze,"
                + " of maak een app-wachtwoord als de server daarom vraagt",
                ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()));
    }

    @Test
    void aCalendarThatIsNotThereIsA404ThatNamesIt() throws Exception {
        StoreException e = assertThrows(StoreException.class, () -> radicale.client().list("/anna/gone/"));
        assertEquals(ProblemKind.SYNC_NOT_FOUND, e.problem().kind());
        assertTrue(ProblemWords.english().words(e.problem()).contains("no calendar at /anna/gone/ (404)"));
    }

    @Test
    void aServerErrorSaysItWillTryAgain() throws Exception {
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        stub.start();
        try {
            String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/dav/";
            StoreException e = assertThrows(StoreException.class, () -> new CalDavClient(url, "a", "b").calendar());
            assertEquals(ProblemKind.SYNC_SERVER_ERROR, e.problem().kind());
            assertEquals(url + ": the server had an error (503); Reachable tries again in a few minutes",
                    ProblemWords.english().words(e.problem()));
        } finally {
            stub.stop(0);
        }
    }

    @Test
    void aServerThatIsNotThereSaysTheChangesWait() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/";
        StoreException e = assertThrows(StoreException.class, () -> new CalDavClient(url, "a", "b").calendar());
        assertEquals(ProblemKind.SYNC_UNREACHABLE, e.problem().kind());
        assertTrue(ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()).contains("je wijzigingen wachten"));
    }

    @Test
    void aPlainHttpServerElsewhereIsRefusedBeforeAnythingGoesOut() {
        int before = Outbound.opened();
        for (String url : List.of("http://example.org/dav/", "http://192.168.1.20/dav", "ftp://example.org/")) {
            StoreException e = assertThrows(StoreException.class, () -> new CalDavClient(url, "a", "b"));
            assertInstanceOf(ProblemKind.class, e.problem().kind());
            assertTrue(e.problem().kind() == ProblemKind.SYNC_NOT_HTTPS || e.problem().kind() == ProblemKind.SYNC_BAD_URL,
                    url + ": " + e.problem());
        }
        assertEquals(before, Outbound.opened());
    }

    @Test
    void aUidWithOtherCharactersGetsOneStableName() throws Exception {
        CalDavClient client = radicale.client();
        String a = client.hrefFor("/anna/reachable/", "040000008200E00074C5B7101A82E008@example.com");
        assertEquals(a, client.hrefFor("/anna/reachable/", "040000008200E00074C5B7101A82E008@example.com"));
        assertTrue(a.matches("/anna/reachable/[A-Za-z0-9_-]+\\.ics"), a);
        assertEquals("/anna/reachable/window-1.ics", client.hrefFor("/anna/reachable", "window-1"));
        assertEquals(Duration.ofSeconds(30), CalDavClient.TIME_OUT);
    }
}
