package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.caldav.Radicale;
import org.reachable.adapters.files.DataFolder;
import org.reachable.app.AppEnvironment;
import org.reachable.adapters.caldav.CalDavClient;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.json.JsonSyncStore;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;
import org.reachable.testing.UserLocale;

/** `reachable sync` as a user types it, against a real Radicale, in Dutch and English. */
class SyncCommandTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path temp;
    Path data;
    Radicale radicale;
    final SyncFixtures.MapPasswords keyring = new SyncFixtures.MapPasswords();

    @RegisterExtension
    final UserLocale locale = UserLocale.of("en");

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        data = Files.createDirectories(temp.resolve("data"));
        radicale = Radicale.start(temp);
        assertEquals(0, run("", "init", "--example").code());
    }

    @AfterEach
    void stop() throws InterruptedException {
        radicale.close();
    }

    Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppEnvironment env = new AppEnvironment(CLOCK) {
            @Override
            protected DataFolder folder(Optional<String> dataDir) {
                return DataFolder.at(data);
            }

            @Override
            public SyncEngine sync(Optional<String> dataDir) {
                return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(data.resolve("sync.json"), CLOCK))),
                        workspace(dataDir), new IcsEntries(), keyring, CalDavClient::new, CLOCK);
            }

            @Override
            public BufferedReader stdin() {
                return new BufferedReader(new StringReader(stdin));
            }

            @Override
            public int startGui(Optional<String> dataDir, boolean background) {
                throw new AssertionError("the CLI must not start the GUI");
            }
        };
        int code = ReachableCommand.run(env, args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void setUpKeepsThePasswordOutOfTheDataFolderAndSendsTheWeek() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        Result setUp = run(Radicale.PASSWORD + "\n", "sync", "--setup", radicale.url(), "--user", Radicale.USER);
        assertEquals(0, setUp.code(), setUp.err());
        assertTrue(setUp.out().startsWith("Set up: anna on " + radicale.url() + ", calendar /anna/reachable/."), setUp.out());
        assertTrue(setUp.out().contains("Synced with " + radicale.url() + ": "), setUp.out());
        assertEquals(Optional.of(Radicale.PASSWORD), keyring.find(radicale.url(), Radicale.USER));
        try (var files = Files.list(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).contains(Radicale.PASSWORD), file + " holds the password");
            }
        }
        Result again = run("", "sync");
        assertEquals("In sync with " + radicale.url() + ": nothing changed.\n", again.out());
        Result status = run("", "sync", "--status");
        assertEquals(String.join("\n", "Server: " + radicale.url() + " (user anna)", "Calendar: /anna/reachable/",
                "Last sync: Mon 7 Dec 2026 09:00", "No changes waiting", ""), status.out());
    }

    @Test
    void aWrongPasswordIsAUserErrorInDutch() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        Result r = run("wrong\n", "sync", "--setup", radicale.url(), "--user", Radicale.USER);
        assertEquals(1, r.code());
        assertEquals("reachable: " + radicale.url() + ": de server weigerde de gebruikersnaam of het wachtwoord (401);"
                + " controleer ze, of maak een app-wachtwoord als de server daarom vraagt\n", r.err());
        assertEquals(Optional.empty(), keyring.find(radicale.url(), Radicale.USER));
    }

    @Test
    void aStoppedServerLeavesTheChangesWaitingAndStatusSaysSo() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        assertEquals(0, run(Radicale.PASSWORD + "\n", "sync", "--setup", radicale.url(), "--user", Radicale.USER).code());
        assertEquals(0, run("", "focus", "1h").code()); // an override is not an entry: nothing to send
        radicale.stop();
        Result r = run("", "sync");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("reachable: " + radicale.url() + ": kan de server niet bereiken"), r.err());
        Result status = run("", "sync", "--status");
        assertEquals(0, status.code());
        assertTrue(status.out().contains("De laatste poging mislukte: " + radicale.url() + ": kan de server niet bereiken"),
                status.out());
    }

    @Test
    void withoutASetUpSyncSaysHowToSetOneUp() {
        Locale.setDefault(Locale.ENGLISH);
        Result r = run("", "sync");
        assertEquals(1, r.code());
        assertEquals("reachable: no calendar server is set up; set one up with: reachable sync --setup URL --user NAME\n",
                r.err());
        assertEquals(2, run("", "sync", "--setup", radicale.url()).code(), "--setup without --user is bad usage");
        Result noPassword = run("", "sync", "--setup", radicale.url(), "--user", "anna");
        assertEquals(1, noPassword.code());
        assertTrue(noPassword.err().contains("no password on standard input"), noPassword.err());
    }
}
