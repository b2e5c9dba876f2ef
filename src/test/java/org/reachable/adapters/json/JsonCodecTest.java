package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Translations;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

class JsonCodecTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final JsonCodec codec = new JsonCodec();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private static Settings rich() {
        return new Settings(new Profile("Anne de Vries", "Reisbureau Één & Zo; \"best\" 🌍", AMSTERDAM,
                List.of("nl", "en"), ZoneId.of("Europe/London")),
                List.of(Channel.of("phone", ChannelType.PHONE, Translations.of("Telefoon", "Phone"))
                        .withContact("+31 6 12345678")
                        .withPromises(Promise.within(java.time.Duration.ofHours(1)), Promise.of(Promise.Kind.WHEN_BACK))
                        .withNote(Translations.only("nl", "ook in het weekend"))
                        .withFallback(Fallback.VOICEMAIL),
                        Channel.of("nood", ChannelType.PHONE, Translations.copiedFrom("nl", "Spoedlijn",
                                List.of("nl", "en"))).withContact("+31 6 87654321")
                                .withUrgentOnly(Translations.only("nl", "alleen voor reizigers die vastzitten"))));
    }

    @Test
    void settingsRoundTripWithAccentsQuotesAndEmoji() throws Exception {
        byte[] written = codec.writeSettings(rich());
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"version\" : 2"));
        assertEquals(rich(), codec.readSettings(written, "settings.json"));
    }

    @Test
    void templateOverridesRoundTripWithLineBreaksQuotesAndEmoji() throws Exception {
        Settings settings = rich().withTemplate("autoreply.nl.text", "Hoi {{name}},\n\"snel\" terug 🌍\n{{#urgent}}x{{/urgent}}\n")
                .withTemplate("website.en.html", "<p>{{name}} &amp; co</p>");
        byte[] written = codec.writeSettings(settings);
        String json = new String(written, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"templateOverrides\""), json);
        Settings read = codec.readSettings(written, "settings.json");
        assertEquals(settings, read);
        assertEquals(java.util.Map.of("autoreply.nl.text", settings.templateOverrides().get("autoreply.nl.text"),
                "website.en.html", "<p>{{name}} &amp; co</p>"), read.templateOverrides());
        assertEquals(rich(), read.withoutTemplate("autoreply.nl.text").withoutTemplate("website.en.html"));
    }

    @Test
    void settingsWithoutTemplateOverridesLoadWithNone() throws Exception {
        String text = "{\n  \"version\": 1,\n  \"profile\": {\"name\": \"Anne\"},\n  \"channels\": []\n}\n";
        Settings settings = codec.readSettings(text.getBytes(StandardCharsets.UTF_8), "settings.json");
        assertEquals(java.util.Map.of(), settings.templateOverrides());
        assertEquals(java.util.Map.of(), new Settings(null, List.of()).templateOverrides());
        assertEquals(java.util.Map.of(), new Settings(null, List.of(), null, null).templateOverrides());
    }

    @Test
    void brokenSettingsNameTheFileAndTheLine() {
        String text = "{\n  \"version\": 1,\n  \"profile\": {\n    \"name\": \"Anne\"\n    \"business\": \"x\"\n  }\n}\n";
        StoreException e = assertThrows(StoreException.class,
                () -> codec.readSettings(text.getBytes(StandardCharsets.UTF_8), "settings.json"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith("settings.json line 5: "), e.getMessage());
    }

    @Test
    void aValueTheModelRefusesIsReportedWithItsLine() {
        String text = "{\n  \"version\": 2,\n  \"channels\": [\n    {\"id\": \"Bad Id!\"}\n  ]\n}\n";
        StoreException e = assertThrows(StoreException.class,
                () -> codec.readSettings(text.getBytes(StandardCharsets.UTF_8), "settings.json"));
        assertTrue(e.getMessage().contains("Bad Id!"), e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void settingsFromANewerVersionAreRefusedWithAnExplanation() {
        StoreException e = assertThrows(StoreException.class, () -> codec.readSettings(
                "{\"version\": 7}".getBytes(StandardCharsets.UTF_8), "settings.json"));
        assertTrue(e.getMessage().contains("newer Reachable"), e.getMessage());
    }

    @Test
    void overrideRoundTripsAndAnEmptyObjectMeansNone() throws Exception {
        ManualOverride o = new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_NEXT_WINDOW,
                Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T15:00:00Z"));
        assertEquals(Optional.of(o), codec.readOverride(codec.writeOverride(o), "override.json"));
        assertEquals(Optional.empty(), codec.readOverride("{}".getBytes(StandardCharsets.UTF_8), "override.json"));
    }

    @Test
    void statusJsonHasTheContractFieldsWithOffsets() throws Exception {
        Settings settings = rich();
        Status status = new StatusResolver(Schedule.empty(AMSTERDAM), settings.channels(), Optional.empty())
                .status(Instant.parse("2026-11-23T09:00:00Z"));
        JsonNode node = new ObjectMapper().readTree(codec.status(status, AMSTERDAM));
        assertEquals("2026-11-23T10:00:00+01:00", node.get("at").asText());
        assertEquals("OFF", node.get("state").asText());
        assertEquals("outside-hours", node.get("reason").asText());
        assertTrue(node.get("until").isNull());
        JsonNode urgent = node.get("channels").get(1);
        assertEquals("nood", urgent.get("id").asText());
        assertEquals("Spoedlijn", urgent.get("name").asText());
        assertTrue(urgent.get("reachable").asBoolean());
        assertEquals("urgent-line", urgent.get("reason").asText());
        assertEquals("2026-11-23T10:00:00+01:00", urgent.get("nextReachable").asText());
    }

    @Test
    void brokenSettingsFileIsKeptAsideBeforeTheNextSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        JsonSettingsStore store = new JsonSettingsStore(new StoreFile(new DataFile(file, clock)), codec);
        assertThrows(StoreException.class, () -> store.load(AMSTERDAM));
        assertEquals("{ not json", Files.readString(file), "a broken file is never written over on load");
        store.save(rich());
        assertEquals(rich(), store.load(AMSTERDAM));
        assertEquals("{ not json", Files.readString(dir.resolve("settings.json.broken-20261123T090000Z")));
    }

    @Test
    void missingSettingsGiveTheFourDefaultChannels(@TempDir Path dir) throws Exception {
        JsonSettingsStore store = new JsonSettingsStore(
                new StoreFile(new DataFile(dir.resolve("settings.json"), clock)), codec);
        Settings settings = store.load(AMSTERDAM);
        assertEquals(List.of("phone", "email", "whatsapp", "sms"),
                settings.channels().stream().map(Channel::id).toList());
        assertEquals(AMSTERDAM, settings.profile().homeZone());
    }
}
