package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SyncStore;
import org.reachable.domain.sync.FakeServer;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;
import org.reachable.domain.sync.SyncState;

/**
 * sync.json is read and written in turns by every writer: the window setting the server up again
 * while another process (the tray's sync, or the window answering a question) saves loses neither.
 */
class SyncJsonTurnsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), AMSTERDAM);
    private static final String URL = "https://dav.example/";

    @TempDir
    Path dir;

    /** sync.json as one process sees it. */
    private JsonSyncStore process() {
        return new JsonSyncStore(new StoreFile(new DataFile(dir.resolve("sync.json"), CLOCK)));
    }

    @Test
    void aQuestionAnsweredWhileTheServerIsSetUpAgainStaysAnswered() throws Exception {
        SyncState asked = SyncState.setUp(URL, "anna", FakeServer.CALENDAR);
        process().save(new SyncState(asked.url(), asked.user(), asked.calendar(), Optional.of("ctag-7"), Map.of(),
                List.of(), Map.of("focus-2", ""), Optional.empty(), 0, Optional.empty()));
        CountDownLatch windowRead = new CountDownLatch(1);
        CountDownLatch otherSaved = new CountDownLatch(1);
        JsonSyncStore file = process();
        // the window's store, pausing after its read, where another process's save could come in
        SyncStore window = new SyncStore() {
            @Override
            public SyncState load() throws StoreException {
                SyncState read = file.load();
                windowRead.countDown();
                try {
                    otherSaved.await(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return read;
            }

            @Override
            public void save(SyncState state) throws StoreException {
                file.save(state);
            }

            @Override
            public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
                return file.exclusive(step);
            }
        };
        SyncEngine engine = new SyncEngine(window, new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString())),
                new IcsEntries(), new SyncFixtures.MapPasswords(), (url, user, password) -> new FakeServer(), CLOCK);
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread setUp = new Thread(() -> {
            try {
                engine.setUp(URL, "anna", "s3cret"); // the same server again: what was agreed stays
            } catch (Exception e) {
                failed.set(e);
            }
        });
        setUp.start();
        assertTrue(windowRead.await(10, TimeUnit.SECONDS));
        JsonSyncStore other = process();
        other.exclusive(() -> { // as SyncEngine.settle in the other process
            other.save(other.load().settled(List.of("focus-2")));
            return null;
        });
        otherSaved.countDown();
        setUp.join(10_000);
        assertNull(failed.get());
        assertEquals(Map.of(), process().load().conflicts(), "the answered question does not come back");
        assertEquals(Optional.of("ctag-7"), process().load().tag(), "the same server: what was agreed stays");
    }
}
