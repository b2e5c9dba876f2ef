package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Settings;

/**
 * settings.json of version 1 (one free-text string per name, promise and condition, in the
 * language of the first start) loads into words per language: nothing is lost, standard names
 * and promises are recognised in either language, and what is the user's own is kept in the
 * profile's first language with the other marked missing.
 */
class SettingsMigrationTest {

    private static final List<String> BOTH = List.of("nl", "en");
    private final JsonCodec codec = new JsonCodec();

    private Settings read(String json) throws Exception {
        return codec.readSettings(json.getBytes(StandardCharsets.UTF_8), "settings.json");
    }

    @Test
    void anEnglishFirstStartReadsInBothLanguages() throws Exception {
        Settings s = read("""
                {"version": 1,
                 "profile": {"name": "Anne", "languages": ["en", "nl"], "homeZone": "Europe/London"},
                 "channels": [
                  {"id": "phone", "type": "PHONE", "name": "Phone", "contact": "+44 20 7946 0000",
                   "promiseInside": "within 1 hour", "promiseOutside": "in the next reachable window",
                   "fallback": "VOICEMAIL", "urgentOnly": false, "urgentCondition": ""},
                  {"id": "email", "type": "EMAIL", "name": "E-mail", "contact": "anne@example.com",
                   "promiseInside": "within 2 hours", "promiseOutside": "within 1 working day",
                   "fallback": "AUTO_REPLY", "urgentOnly": false, "urgentCondition": ""}]}
                """);
        Channel phone = s.channel("phone").orElseThrow();
        assertEquals("Telefoon", phone.name("nl"));
        assertEquals("Phone", phone.name("en"));
        assertEquals(List.of(), phone.names().missing(BOTH));
        assertEquals(Promise.within(Duration.ofHours(1)), phone.promiseInside());
        assertEquals(Promise.of(Promise.Kind.WHEN_BACK), phone.promiseOutside(), "no 'window' in any language");
        assertEquals("+44 20 7946 0000", phone.contact());
        assertEquals(Fallback.VOICEMAIL, phone.fallback());
        Channel email = s.channel("email").orElseThrow();
        assertEquals("E-mail", email.name("nl"));
        assertEquals(Promise.of(Promise.Kind.NEXT_WORKING_DAY), email.promiseOutside());
        assertTrue(email.note().blank());
    }

    @Test
    void aDutchFirstStartReadsInBothLanguages() throws Exception {
        Settings s = read("""
                {"version": 1, "profile": {"languages": ["nl", "en"]},
                 "channels": [
                  {"id": "sms", "type": "SMS", "name": "Sms", "promiseInside": "binnen 2 uur",
                   "promiseOutside": "in het volgende bereikbaarheidsvenster", "fallback": "NONE"}]}
                """);
        Channel sms = s.channel("sms").orElseThrow();
        assertEquals("SMS", sms.name("en"));
        assertEquals(new Promise(Promise.Kind.WITHIN, 120), sms.promiseInside());
        assertEquals(Promise.of(Promise.Kind.WHEN_BACK), sms.promiseOutside());
    }

    @Test
    void theUsersOwnWordsGoToTheFirstLanguageAndTheOtherIsMissing() throws Exception {
        Settings s = read("""
                {"version": 1, "profile": {"languages": ["nl", "en"]},
                 "templateOverrides": {"autoreply.nl.text": "Hoi {{name}}"},
                 "channels": [
                  {"id": "signal", "type": "CUSTOM", "name": "Signal-groep", "contact": "@anne",
                   "promiseInside": "meestal binnen een dag", "promiseOutside": "",
                   "fallback": "NONE", "urgentOnly": false, "urgentCondition": ""},
                  {"id": "urgent", "type": "PHONE", "name": "Noodnummer", "contact": "+31 6 98765432",
                   "promiseInside": "", "promiseOutside": "", "fallback": "NONE", "urgentOnly": true,
                   "urgentCondition": "alleen voor reizigers die vastzitten"}]}
                """);
        Channel signal = s.channel("signal").orElseThrow();
        assertEquals("Signal-groep", signal.names().own("nl").orElseThrow());
        assertEquals(List.of("en"), signal.names().missing(BOTH));
        assertEquals(Promise.none(), signal.promiseInside(), "not one of the promises");
        assertEquals("meestal binnen een dag", signal.note().own("nl").orElseThrow(), "but not lost");
        assertEquals(List.of("en"), signal.note().missing(BOTH));
        assertEquals("@anne", signal.contact());
        Channel urgent = s.channel("urgent").orElseThrow();
        assertTrue(urgent.urgentOnly());
        assertEquals("alleen voor reizigers die vastzitten", urgent.urgentCondition().own("nl").orElseThrow());
        assertEquals(List.of("en"), urgent.urgentCondition().missing(BOTH));
        assertEquals("Hoi {{name}}", s.templateOverrides().get("autoreply.nl.text"));
    }

    @Test
    void withoutKnownLanguagesTheUsersWordsAreDutch() throws Exception {
        Settings s = read("""
                {"version": 1, "channels": [{"id": "teams", "type": "CUSTOM", "name": "Teams-chat"}]}
                """);
        assertEquals("Teams-chat", s.channel("teams").orElseThrow().names().own("nl").orElseThrow());
    }

    @Test
    void aMigratedFileIsWrittenInTheNewVersionAndReadsTheSame() throws Exception {
        Settings s = read("""
                {"version": 1, "channels": [{"id": "phone", "type": "PHONE", "name": "Telefoon",
                 "promiseInside": "binnen 1 uur", "promiseOutside": "binnen 1 werkdag"}]}
                """);
        byte[] written = codec.writeSettings(s);
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"version\" : 2"));
        assertEquals(s, codec.readSettings(written, "settings.json"));
    }
}
