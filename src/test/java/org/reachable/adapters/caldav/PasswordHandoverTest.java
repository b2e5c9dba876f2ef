package org.reachable.adapters.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.keyring.SessionPasswords;
import org.reachable.adapters.os.SingleInstance;
import org.reachable.adapters.os.TrayInbox;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.Passwords;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.InMemoryStores;
import org.reachable.domain.sync.FakeServer;
import org.reachable.domain.sync.MemorySyncStore;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;

/**
 * With no keyring, the password typed in the window's Settings reaches the tray's syncs: over the
 * single-instance channel the tray listens on (the real socket and port file of a data folder),
 * held in memory there, and written to no file of the folder.
 */
class PasswordHandoverTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), SyncFixtures.AMSTERDAM);
    static final String PASSWORD = "typed-in-the-window-7";

    @TempDir
    Path folder;
    SingleInstance tray;
    int shows;
    final FakeServer server = new FakeServer();
    final InMemoryStores files = new InMemoryStores(new Schedule(SyncFixtures.AMSTERDAM,
            List.of(SyncFixtures.mornings())), new Settings(Profile.defaults(SyncFixtures.AMSTERDAM),
            Settings.defaultChannels()));
    final MemorySyncStore syncJson = new MemorySyncStore();

    @BeforeEach
    void trayRuns() throws Exception {
        tray = SingleInstance.acquire(folder, line -> TrayInbox.take(line, () -> shows++)).orElseThrow();
    }

    @AfterEach
    void trayQuits() throws Exception {
        tray.close();
    }

    SyncEngine engine(Passwords passwords) {
        return new SyncEngine(syncJson, files.workspace(CLOCK), new IcsEntries(), passwords, (u, n, p) -> server, CLOCK);
    }

    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "waited for " + what);
            Thread.sleep(10);
        }
    }

    @Test
    void thePasswordSavedInTheWindowLetsTheTraysSyncRunAndIsWrittenNowhere() throws Exception {
        String url = "https://dav.example/handover-" + folder.getFileName() + "/";
        SyncEngine traySync = engine(new SessionPasswords()); // the tray's own, with no keyring
        SyncEngine windowSync = engine(new TrayHandover(new SessionPasswords(), folder));
        windowSync.setUp(url, "anna", PASSWORD); // Settings: Save and sync
        await("the password at the tray", () -> {
            try {
                return traySync.state().configured() && new SessionPasswords().find(url, "anna").isPresent();
            } catch (StoreException e) {
                return false;
            }
        });
        assertEquals(Optional.of(PASSWORD), new SessionPasswords().find(url, "anna"));
        assertEquals(1, traySync.sync().sent(), "the tray syncs with it");
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(PASSWORD),
                        file + " holds the password");
            }
        }
        assertEquals(0, shows, "a password is no Show");
    }

    @Test
    void withAKeyringNothingIsHandedOverAndTheTrayReadsTheKeyring() throws Exception {
        String url = "https://dav.example/keyring-" + folder.getFileName() + "/";
        Passwords keyring = new SyncFixtures.MapPasswords(); // lasting, as the Secret Service is
        engine(new TrayHandover(keyring, folder)).setUp(url, "anna", PASSWORD);
        Thread.sleep(300); // time enough for a message that should not come
        assertEquals(Optional.empty(), new SessionPasswords().find(url, "anna"));
        StoreException e = assertThrows(StoreException.class, () -> engine(new SessionPasswords()).sync());
        assertEquals(ProblemKind.SYNC_NO_PASSWORD, e.problem().kind());
    }
}
