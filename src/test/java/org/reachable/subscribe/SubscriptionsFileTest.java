package org.reachable.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;

/**
 * The subscriptions' state lives in subscriptions.json, not in settings.json: one kept by a
 * settings.json of before it moves there once and loses nothing, whichever process reads or writes
 * first; a subscriptions.json that does not parse is named with its line and why, the app runs on
 * its backup, and the broken text is kept aside at the next save (DESIGN.md "Files").
 */
class SubscriptionsFileTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), AMSTERDAM);
    static final String URL = "https://www.feestdagen.nl/feestdagen.ics";
    /** A subscription as the fourth session wrote it into settings.json, every field set. */
    static final String OLD = """
            "subscriptions" : [ {
                  "url" : "https://www.feestdagen.nl/feestdagen.ics",
                  "as" : "DAYS_OFF",
                  "channels" : [ "phone" ],
                  "refreshed" : "2026-12-07T09:00:00Z",
                  "every" : 7200,
                  "failures" : 2,
                  "problem" : "the server answered 404",
                  "imported" : { "nye@feestdagen" : "1a2b", "xmas@feestdagen" : "3c4d" }
                } ]""";
    static final Subscription EXPECTED = new Subscription(URL, "DAYS_OFF", List.of("phone"),
            Instant.parse("2026-12-07T09:00:00Z"), 7200, 2, "the server answered 404",
            Map.of("nye@feestdagen", "1a2b", "xmas@feestdagen", "3c4d"));

    @TempDir
    Path dir;

    private Workspace workspace() {
        return new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString()));
    }

    /** settings.json as the app before subscriptions.json wrote it, with one subscription in it. */
    @BeforeEach
    void oldLayout() throws Exception {
        workspace().settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
        Path settings = dir.resolve("settings.json");
        String text = Files.readString(settings);
        assertTrue(text.contains("\"publishCalendar\" : false"), text);
        Files.writeString(settings, text.replace("\"publishCalendar\" : false", "\"publishCalendar\" : false,\n    " + OLD));
    }

    private String settingsJson() throws Exception {
        return Files.readString(dir.resolve("settings.json"));
    }

    @Test
    void aWindowSaveBeforeAnyReadMovesTheSubscriptionFirstAndLosesNothing() throws Exception {
        assertFalse(Files.exists(dir.resolve("subscriptions.json")));
        // the window's first act after the update: the theme, straight from an older settings.json
        workspace().settings().update(AMSTERDAM, s -> s.withPreferences(s.preferences().withTheme(Theme.DARK)));
        assertTrue(Files.exists(dir.resolve("subscriptions.json")), "moved before settings.json was written");
        assertFalse(settingsJson().contains("subscriptions"), "settings.json no longer holds them");
        Workspace.Loaded data = workspace().load();
        assertEquals(List.of(EXPECTED), data.subscriptions(), "every field as it was");
        assertEquals(Theme.DARK, data.settings().preferences().theme());
    }

    @Test
    void theFirstReadMovesThemOnceAndTheOldPlaceIsNotReadAgain() throws Exception {
        assertEquals(List.of(EXPECTED), workspace().load().subscriptions());
        assertTrue(Files.exists(dir.resolve("subscriptions.json")));
        workspace().subscriptions().update(list -> List.of()); // removed in Days off
        assertTrue(settingsJson().contains("feestdagen"), "settings.json not written meanwhile");
        assertEquals(List.of(), workspace().load().subscriptions(), "a removed one does not come back from settings.json");
    }

    @Test
    void withABrokenSettingsJsonTheyMoveFromItsBackup() throws Exception {
        // the save before the break kept the old layout as settings.json.bak
        Files.copy(dir.resolve("settings.json"), dir.resolve("settings.json.bak"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("settings.json"), "{ \"version\" : 2,");
        Workspace.Recovered recovered = workspace().loadOrRecover();
        assertTrue(recovered.problem().isPresent(), "settings.json is reported broken");
        assertEquals(List.of(EXPECTED), recovered.data().subscriptions());
        assertEquals(List.of(EXPECTED), workspace().subscriptions().load(), "and kept in subscriptions.json");
    }

    @Test
    void aBrokenSubscriptionsJsonIsNamedWithItsLineRunsOnTheBackupAndIsKeptAside() throws Exception {
        Workspace w = workspace();
        w.load(); // moved: subscriptions.json holds one
        w.subscriptions().update(list -> list); // a second save: the first version is the backup
        Path file = dir.resolve("subscriptions.json");
        String broken = Files.readString(file).replace("\"every\" : 7200", "\"every\" : \"twice a day\"");
        Files.writeString(file, broken);
        int line = broken.substring(0, broken.indexOf("twice a day")).split("\n", -1).length;

        StoreException e = assertThrows(StoreException.class, () -> workspace().load(), "the CLI stops there");
        assertEquals(line, e.problem().line());
        String english = ProblemWords.english().words(e.problem());
        assertTrue(english.startsWith(file + " line " + line + ": "), english);
        assertTrue(english.contains("every"), english);
        String dutch = ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem());
        assertTrue(dutch.startsWith(file + " regel " + line + ": "), dutch);

        Workspace app = workspace();
        Workspace.Recovered recovered = app.loadOrRecover();
        Problem problem = recovered.problem().orElseThrow();
        assertEquals(line, problem.line(), "the app says the same");
        assertEquals(List.of(EXPECTED), recovered.data().subscriptions(), "and runs on the backup");
        assertEquals(broken, Files.readString(file), "never written over on a read");

        app.subscriptions().update(list -> recovered.data().subscriptions()); // the next refresh's save
        try (var files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("subscriptions.json.broken-"))
                    .toList();
            assertEquals(1, aside.size(), "the broken file is kept aside");
            assertEquals(broken, Files.readString(aside.get(0)), "as it was, for the user to repair");
        }
        assertEquals(List.of(EXPECTED), workspace().load().subscriptions());
    }
}
