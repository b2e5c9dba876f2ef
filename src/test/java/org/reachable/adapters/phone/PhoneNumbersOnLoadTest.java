package org.reachable.adapters.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.TextGaps;
import org.reachable.testing.UserLocale;

/**
 * Numbers typed before issue 11 become E.164 as the settings load (nothing lost: one nobody can
 * dial is kept as typed and flagged), and {@code reachable snippet} writes them internationally
 * and says, in the user's language, which number it could not read.
 */
class PhoneNumbersOnLoadTest {

    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    @RegisterExtension
    final UserLocale userLocale = UserLocale.of("nl");


    /** The example week with the numbers as a Dutch user typed them before: one of them wrong. */
    private void typedAtHome() throws Exception {
        assertEquals(0, CliHarness.run(MONDAY_10, dir, "init", "--example").code());
        JsonSettingsStore store = new JsonSettingsStore(new StoreFile(new DataFile(dir.resolve("settings.json"),
                MONDAY_10)), new JsonCodec());
        Settings s = store.load(ZoneId.of("Europe/Amsterdam"));
        List<Channel> channels = new ArrayList<>();
        for (Channel c : s.channels()) {
            channels.add(switch (c.id()) {
                case "phone" -> c.withContact("020 123 4567");
                case "whatsapp" -> c.withContact("06 1234");
                default -> c;
            });
        }
        store.save(s.withChannels(channels));
    }

    private static String contact(Settings s, String id) {
        return s.channels().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().contact();
    }

    @Test
    void typedNumbersLoadAsE164AndAnUndialableOneIsKeptAndFlagged() throws Exception {
        typedAtHome();
        Workspace.Loaded loaded = new AppEnvironment(MONDAY_10).workspace(Optional.of(dir.toString())).load();
        assertEquals("+31201234567", contact(loaded.settings(), "phone"));
        assertEquals("06 1234", contact(loaded.settings(), "whatsapp"), "kept exactly as typed");
        List<TextGaps.Gap> gaps = new TextGaps(loaded.settings(), loaded.schedule()).in("nl");
        assertTrue(gaps.stream().anyMatch(g -> g instanceof TextGaps.Undialable u
                && u.channel().id().equals("whatsapp")), gaps.toString());
    }

    @Test
    void theSnippetWritesNumbersInternationallyAndSaysWhichOneNobodyCanDial() throws Exception {
        typedAtHome();
        CliHarness.Result r = CliHarness.run(MONDAY_10, dir, "snippet", "website", "--lang", "nl", "--format",
                "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<a class=\"reachable-contact\" href=\"tel:+31201234567\">+31 20 123 4567</a>"),
                r.out());
        assertTrue(r.out().contains("<span class=\"reachable-contact\">06 1234</span>"), "as typed, no link: "
                + r.out());
        assertEquals("reachable: WhatsApp Business: '06 1234' is geen nummer dat klanten kunnen bellen, dus de tekst"
                + " toont het zoals het getypt is; schrijf het met landnummer (bijvoorbeeld +31 6 12345678) op de"
                + " pagina Kanalen\n", r.err());
    }
}
