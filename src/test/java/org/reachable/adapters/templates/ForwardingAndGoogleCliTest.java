package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.cli.CliHarness;
import org.reachable.testing.UserLocale;

/** {@code reachable snippet forwarding --to N} and {@code snippet google-business}, end to end. */
class ForwardingAndGoogleCliTest {

    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("nl");


    private CliHarness.Result run(String... args) {
        return CliHarness.run(MONDAY_10, dir, args);
    }

    @Test
    void forwardingGivesEveryCodeWithItsTelLinkAndTheWarningInBothLanguages() {
        assertEquals(0, run("init", "--example").code());
        CliHarness.Result en = run("snippet", "forwarding", "--to", "+31 6 1234 5678", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        for (String code : new String[] {"**21*+31612345678#   tel:**21*+31612345678%23", "##21#   tel:%23%2321%23",
                "**61*+31612345678#", "##61#", "**67*+31612345678#", "##67#", "**62*+31612345678#", "##62#",
                "**004*+31612345678#   tel:**004*+31612345678%23", "##004#   tel:%23%23004%23"}) {
            assertTrue(en.out().contains(code), code + " in\n" + en.out());
        }
        assertTrue(en.out().contains("operators differ") && en.out().contains("may cost money"), en.out());
        CliHarness.Result nl = run("snippet", "forwarding", "--to", "+31612345678", "--lang", "nl");
        assertTrue(nl.out().startsWith("Doorschakelen naar +31 6 12345678\n"), nl.out());
        assertTrue(nl.out().contains("providers verschillen") && nl.out().contains("kunnen geld kosten"), nl.out());
    }

    @Test
    void forwardingReadsANationalNumberRefusesAnUndialableOneAndAsksForAMissingOne() {
        run("init", "--example");
        // a national number is read in the home zone's country (Amsterdam: NL), as on the Channels page
        CliHarness.Result national = run("snippet", "forwarding", "--to", "06 12345678", "--lang", "nl");
        assertEquals(0, national.code(), national.err());
        assertTrue(national.out().contains("**21*+31612345678#"), national.out());
        CliHarness.Result bad = run("snippet", "forwarding", "--to", "12");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("'12' is geen nummer om naar door te schakelen"), bad.err());
        assertEquals("", bad.out());
        CliHarness.Result none = run("snippet", "forwarding");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("--to +31201234567"), none.err());
        assertEquals(1, run("snippet", "website", "--to", "+31612345678").code());
    }

    @Test
    void googleBusinessListsEveryWeekdayInDutchAndEnglish() {
        run("init", "--example");
        CliHarness.Result en = run("snippet", "google-business", "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("\nMonday: 09:00–18:00\n"), en.out());
        assertTrue(en.out().contains("\nSunday: Closed\n"), en.out());
        CliHarness.Result nl = run("snippet", "google-business", "--lang", "nl");
        assertTrue(nl.out().contains("\nZaterdag: Gesloten\n"), nl.out());
    }
}
