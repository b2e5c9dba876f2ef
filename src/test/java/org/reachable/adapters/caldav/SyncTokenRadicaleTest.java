package org.reachable.adapters.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.sync.SyncFixtures.dentist;
import static org.reachable.domain.sync.SyncFixtures.mornings;
import static org.reachable.domain.sync.SyncFixtures.wednesdays;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.json.JsonSyncStore;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.service.InMemoryStores;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;

/**
 * RFC 6578 against a real Radicale: the sync asks "what changed since this token" (REPORT
 * sync-collection) instead of listing the calendar, fetches only what another device changed, and
 * learns of a deletion there from the report alone.
 */
class SyncTokenRadicaleTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), SyncFixtures.AMSTERDAM);
    static final IcsEntries ICS = new IcsEntries();

    @TempDir
    Path temp;
    Radicale radicale;
    InMemoryStores files;
    final List<String> requests = new ArrayList<>();
    final SyncFixtures.MapPasswords passwords = new SyncFixtures.MapPasswords();

    @BeforeEach
    void start() throws Exception {
        radicale = Radicale.start(temp);
        files = new InMemoryStores(new Schedule(SyncFixtures.AMSTERDAM, List.of(mornings(), wednesdays(), dentist())),
                new Settings(Profile.defaults(SyncFixtures.AMSTERDAM), Settings.defaultChannels()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        radicale.close();
    }

    /** The tokens the sync asked with ("" for everything). */
    final List<String> asked = new ArrayList<>();

    SyncEngine app() {
        CalendarServer.Connector connector = (url, user, password) -> recorded(new CalDavClient(url, user, password,
                null, Duration.ofSeconds(10), (HttpRequest r) -> requests.add(r.method() + " "
                        + r.headers().firstValue("Depth").orElse("") + " " + r.uri().getPath())));
        return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(temp.resolve("sync.json"), CLOCK))),
                files.workspace(CLOCK), ICS, passwords, connector, CLOCK);
    }

    /** The client, with the token of each sync-collection asked noted. */
    CalendarServer recorded(CalDavClient client) {
        return new CalendarServer() {
            @Override
            public String calendar() throws org.reachable.domain.port.StoreException {
                return client.calendar();
            }

            @Override
            public Optional<String> tag(String calendar) throws org.reachable.domain.port.StoreException {
                return client.tag(calendar);
            }

            @Override
            public Optional<Changes> changes(String calendar, String token) throws org.reachable.domain.port.StoreException {
                asked.add(token);
                return client.changes(calendar, token);
            }

            @Override
            public Map<String, String> list(String calendar) throws org.reachable.domain.port.StoreException {
                return client.list(calendar);
            }

            @Override
            public Optional<Resource> get(String href) throws org.reachable.domain.port.StoreException {
                return client.get(href);
            }

            @Override
            public Optional<String> put(String href, String ics, Optional<String> ifMatch)
                    throws org.reachable.domain.port.StoreException {
                return client.put(href, ics, ifMatch);
            }

            @Override
            public void delete(String href, String etag) throws org.reachable.domain.port.StoreException {
                client.delete(href, etag);
            }

            @Override
            public String hrefFor(String calendar, String uid) {
                return client.hrefFor(calendar, uid);
            }
        };
    }

    @Test
    void theClientReportsWhatChangedSinceAToken() throws Exception {
        CalDavClient client = radicale.client();
        String calendar = client.calendar();
        String first = client.hrefFor(calendar, mornings().uid());
        String second = client.hrefFor(calendar, wednesdays().uid());
        client.put(first, ICS.write(mornings(), SyncFixtures.AMSTERDAM), Optional.empty());
        client.put(second, ICS.write(wednesdays(), SyncFixtures.AMSTERDAM), Optional.empty());
        CalendarServer.Changes all = client.changes(calendar, "").orElseThrow();
        assertEquals(Set.of(first, second), all.changed().keySet());
        assertFalse(all.token().isEmpty());
        client.delete(first, all.changed().get(first));
        Optional<String> etag = client.put(second, ICS.write(SyncFixtures.wednesdays(), SyncFixtures.AMSTERDAM).replace("Writing", "Writing!"),
                Optional.of(all.changed().get(second)));
        CalendarServer.Changes since = client.changes(calendar, all.token()).orElseThrow();
        assertEquals(Set.of(second), since.changed().keySet());
        assertEquals(Set.of(first), since.removed());
        etag.ifPresent(e -> assertEquals(e, since.changed().get(second)));
        assertEquals(Optional.empty(), client.changes(calendar, "http://radicale.org/ns/sync/unknown"),
                "a token the server does not know: list instead");
    }

    @Test
    void aSyncAfterTheFirstAsksWhatChangedAndFetchesOnlyThat() throws Exception {
        SyncEngine engine = app();
        engine.setUp(radicale.url(), Radicale.USER, Radicale.PASSWORD);
        engine.sync();
        assertTrue(engine.state().tag().orElseThrow().startsWith("sync-token "), engine.state().tag().toString());
        CalDavClient phone = radicale.client();
        String calendar = phone.calendar();
        Map<String, String> etags = phone.list(calendar);
        String dentistHref = phone.hrefFor(calendar, "focus-2");
        String windowHref = phone.hrefFor(calendar, "window-1");
        phone.delete(dentistHref, etags.get(dentistHref));
        phone.put(windowHref, ICS.write(SyncFixtures.longerMornings(), SyncFixtures.AMSTERDAM),
                Optional.of(etags.get(windowHref)));
        requests.clear();
        String token = engine.state().tag().orElseThrow().substring("sync-token ".length());
        asked.clear();
        assertEquals(1, engine.sync().received());
        assertEquals(List.of(token), asked, "asked what changed since the last sync, not for everything");
        assertEquals(List.of(mornings().uid(), wednesdays().uid()).size(), files.schedule.entries().size());
        assertEquals(SyncFixtures.longerMornings(), files.schedule.entries().get(0));
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("REPORT 0 " + calendar)), requests.toString());
        assertFalse(requests.stream().anyMatch(r -> r.startsWith("PROPFIND 1")), "no listing: " + requests);
        assertEquals(List.of("GET  " + windowHref), requests.stream().filter(r -> r.startsWith("GET")).toList(),
                "only the changed object is fetched");
        requests.clear();
        assertTrue(engine.sync().nothing());
        assertEquals(List.of(), requests.stream().filter(r -> r.startsWith("GET") || r.startsWith("PUT")).toList());
    }
}
