package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.testing.UserLocale;

/** {@code reachable snippet}, end to end over a temp data folder and a fixed clock (as CliTest). */
class SnippetCliTest {

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
    void anAutoReplyOnFridayEveningAnswersOnMonday() {
        assertEquals(0, run("init", "--example").code());
        CliHarness.Result r = run("snippet", "autoreply", "--lang", "nl", "--at", "2026-11-27T19:00");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Bedankt voor je bericht. Ik reageer "
                + "maandag na 9.00 uur.\n"), r.out());
        CliHarness.Result en = run("snippet", "autoreply", "--lang", "en", "--at", "2026-11-27T19:00");
        assertTrue(en.out().contains("I will reply on Monday after 9:00."), en.out());
        CliHarness.Result later = run("snippet", "autoreply", "--lang", "en", "--at", "2026-12-04T19:00");
        assertTrue(later.out().contains("I will reply on Monday after 9:00."), "the same words every week: "
                + later.out());
    }

    @Test
    void theUsersOwnTemplateIsUsedAndABrokenOneFallsBackWithAWarning() throws Exception {
        run("init", "--example");
        var store = new org.reachable.adapters.json.JsonSettingsStore(new org.reachable.adapters.files.StoreFile(
                new org.reachable.adapters.files.DataFile(dir.resolve("settings.json"), MONDAY_10)),
                new org.reachable.adapters.json.JsonCodec());
        var settings = store.load(ZoneId.of("Europe/Amsterdam"));
        store.save(settings.withTemplate("autoreply.nl.text", "Groetjes van {{who}}!"));
        CliHarness.Result own = run("snippet", "autoreply", "--lang", "nl", "--at", "2026-11-23T12:00");
        assertEquals(0, own.code(), own.err());
        assertTrue(own.out().startsWith("Groetjes van ") && own.out().trim().endsWith("!"), own.out());
        assertFalse(own.out().contains("Bedankt"), "the own template, not the standard one");
        assertEquals("", own.err());

        store.save(store.load(ZoneId.of("Europe/Amsterdam")).withTemplate("autoreply.nl.text", "Hoi\n{{#x}}"));
        CliHarness.Result broken = run("snippet", "autoreply", "--lang", "nl", "--at", "2026-11-23T12:00");
        assertEquals(0, broken.code());
        assertTrue(broken.out().startsWith("Bedankt voor je bericht."), "the standard text: " + broken.out());
        assertTrue(broken.err().startsWith("reachable: je eigen sjabloon werkt niet"), broken.err());
        assertTrue(broken.err().contains("sjabloon autoreply.nl.text, regel 2: het stuk {{#x}} wordt nergens "
                + "afgesloten"), "Dutch words, not jmustache's English: " + broken.err());
    }

    @Test
    void withoutOptionsItIsTheProfilesFirstLanguageNowInTheTargetsFirstFormat() {
        run("init", "--example");
        CliHarness.Result r = run("snippet", "autoreply", "--at", "2026-11-23T12:00");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Bedankt voor je bericht. Ik reageer "
                + "vandaag na 16.00 uur.\n"), r.out());
        CliHarness.Result website = run("snippet", "website");
        assertTrue(website.out().startsWith("<section class=\"reachable\" lang=\"nl\">"), website.out());
    }

    @Test
    void insideTheEmailHoursNoAutoReplyGoesOutSoNothingIsPrintedAndStderrSaysWhy() {
        run("init", "--example");
        // Monday 10:00 is inside the e-mail window: the client gets a person within the promise
        CliHarness.Result r = run("snippet", "autoreply");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("reachable: op dit moment gaat er geen automatisch antwoord uit"), r.err());
        Locale.setDefault(Locale.ENGLISH);
        CliHarness.Result en = run("snippet", "autoreply", "--lang", "en", "--at", "2026-11-23T10:30");
        assertEquals("", en.out());
        assertTrue(en.err().startsWith("reachable: no auto-reply goes out at this moment"), en.err());
    }

    @Test
    void aFormatOrTargetNotAvailableIsAOneLineUserError() {
        run("init", "--example");
        CliHarness.Result format = run("snippet", "autoreply", "--format", "html");
        assertEquals(1, format.code());
        assertEquals(1, format.err().lines().count(), format.err());
        assertTrue(format.err().contains("autoreply"), format.err());
        CliHarness.Result notAFormat = run("snippet", "voicemail", "--format", "markdown");
        assertEquals(1, notAFormat.code());
        assertEquals(1, notAFormat.err().lines().count(), notAFormat.err());
        CliHarness.Result language = run("snippet", "website", "--lang", "de");
        assertEquals(1, language.code(), language.err());
    }

    @Test
    void theVoicemailScriptOnFridayEveningCallsBackOnMonday() {
        run("init", "--example");
        CliHarness.Result r = run("snippet", "voicemail", "--lang", "nl", "--at", "2026-11-27T19:00", "--dated");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("dan bel ik je maandag 30 november na negen uur terug."), r.out());
        CliHarness.Result facebook = run("snippet", "facebook", "--lang", "en");
        assertEquals(0, facebook.code(), facebook.err());
        assertTrue(facebook.out().contains("/101 characters"), facebook.out());
    }

    @Test
    void anUnknownTargetIsBadUsage() {
        CliHarness.Result r = run("snippet", "fax");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'fax' is not a target"), r.err());
    }

    /**
     * The app hands the texts the holidays' names: the English reply of a Dutch-first user on
     * Koningsdag names King's Day, as the Dutch reply names Koningsdag.
     */
    @Test
    void theEnglishReplyOfADutchFirstUserNamesKingsDay() throws Exception {
        assertEquals(0, run("init", "--example").code());
        assertEquals(0, run("profile", "--languages", "nl,en").code());
        new AppEnvironment(MONDAY_10).workspace(Optional.of(dir.toString())).schedules()
                .update(ZoneId.of("Europe/Amsterdam"), s -> {
                    List<ScheduleEntry> entries = new ArrayList<>(s.entries());
                    entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2027, 4, 27), "KINGS_DAY",
                            "Koningsdag", Kind.PUBLIC_HOLIDAY)));
                    return new Schedule(s.zone(), entries);
                });
        CliHarness.Result en = run("snippet", "autoreply", "--lang", "en", "--at", "2027-04-27T10:00");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("I am away on King's Day."), en.out());
        CliHarness.Result nl = run("snippet", "autoreply", "--lang", "nl", "--at", "2027-04-27T10:00");
        assertTrue(nl.out().contains("Op Koningsdag ben ik er niet."), nl.out());
    }

    /** One speaks a message in, not a voicemail: "kun je de voicemail inspreken" made a copy editor wince. */
    @Test
    void theAgreementAsksForAMessageOnTheVoicemail() {
        assertEquals(0, run("init", "--example").code());
        String je = run("snippet", "agreement", "--lang", "nl", "--format", "text").out();
        assertTrue(je.contains("Buiten deze tijden kun je een bericht inspreken."), je);
        assertEquals(0, run("profile", "--register", "u").code());
        String u = run("snippet", "agreement", "--lang", "nl", "--format", "text").out();
        assertTrue(u.contains("Buiten deze tijden kunt u een bericht inspreken."), u);
        // a bare imperative is rude beside "u": asked, as a receptionist would
        String voicemail = run("snippet", "voicemail", "--lang", "nl").out();
        assertTrue(voicemail.contains("Wilt u na de piep uw naam en nummer inspreken?"), voicemail);
        assertFalse(voicemail.contains("Spreek na de piep"), voicemail);
    }

    /**
     * Only e-mail left in the settings, the example's phone and WhatsApp windows still in the
     * schedule: no text names their hours or phone hours there are none of.
     */
    @Test
    void withOnlyEmailLeftNoTextNamesTheOtherChannelsHours() throws Exception {
        assertEquals(0, run("init", "--example").code());
        var workspace = new AppEnvironment(MONDAY_10).workspace(Optional.of(dir.toString()));
        var settings = workspace.load().settings();
        workspace.settings().save(settings.withChannels(settings.channels().stream()
                .filter(c -> c.id().equals("email")).toList()));
        String facebook = run("snippet", "facebook", "--lang", "nl").out();
        String intro = facebook.lines().skip(1).findFirst().orElseThrow();
        assertTrue(intro.contains("9.00–11.00 en 16.00–18.00 uur"), intro);
        assertFalse(intro.contains("9.00–17.00"), "WhatsApp's deleted hours: " + intro);
        String voicemail = run("snippet", "voicemail", "--lang", "nl").out();
        assertTrue(voicemail.contains("Spreek na de piep je naam en nummer in. Ik bel je zo snel mogelijk terug."),
                voicemail);
        assertFalse(voicemail.contains("telefoontijden"), voicemail);
        String english = run("snippet", "voicemail", "--lang", "en").out();
        assertFalse(english.contains("phone hours"), english);
    }
}
