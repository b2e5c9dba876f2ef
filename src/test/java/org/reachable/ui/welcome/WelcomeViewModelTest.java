package org.reachable.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.phone.LibPhoneNumbers;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.service.StarterData.Newcomer;
import org.reachable.ui.TextLanguages;

/** Plain JUnit, no toolkit: the welcome's questions, their defaults, and what a start hands the app. */
class WelcomeViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AtomicReference<WelcomeViewModel.Choice> chosen = new AtomicReference<>();
    private final WelcomeViewModel model = new WelcomeViewModel(AMSTERDAM, Language.DUTCH, chosen::set);

    @Test
    void aDutchScreenStartsWithDutchAndEnglishTextsInJeAndBritishEnglish() {
        assertEquals(TextLanguages.NL_EN, model.textLanguagesProperty().get());
        assertEquals(Register.JE, model.registerProperty().get());
        assertEquals(EnglishVariant.BRITISH, model.englishProperty().get());
        assertEquals("Europe/Amsterdam", model.zoneProperty().get());
        assertEquals("", model.clientZoneProperty().get(), "no client zone");
        assertEquals("", model.clientZones().get(0), "none comes first");
        assertTrue(model.exampleWeekProperty().get());
    }

    @Test
    void anEnglishScreenPutsEnglishFirst() {
        WelcomeViewModel english = new WelcomeViewModel(LONDON, Language.ENGLISH, chosen::set);
        assertEquals(TextLanguages.EN_NL, english.textLanguagesProperty().get());
        assertEquals(EnglishVariant.BRITISH, english.englishProperty().get(), "British unless chosen otherwise");
    }

    @Test
    void everyAnswerReachesTheApp() {
        model.nameProperty().set("  Anne de Vries ");
        model.businessProperty().set("De Vries Vertalingen");
        model.textLanguagesProperty().set(TextLanguages.EN_NL);
        model.registerProperty().set(Register.U);
        model.englishProperty().set(EnglishVariant.AMERICAN);
        model.zoneProperty().set("Europe/London");
        model.clientZoneProperty().set("America/New_York");
        model.phoneProperty().set("+31 6 12345678");
        model.emailProperty().set("anne@devries.nl");
        model.exampleWeekProperty().set(false);
        model.silenceDesktopProperty().set(false);

        model.start();

        Profile profile = new Profile("Anne de Vries", "De Vries Vertalingen", LONDON, List.of("en", "nl"),
                ZoneId.of("America/New_York"), Register.U, EnglishVariant.AMERICAN);
        assertEquals(new WelcomeViewModel.Choice(false, LONDON,
                Optional.of(new Newcomer(profile, "+31 6 12345678", "anne@devries.nl")), false), chosen.get());
    }

    @Test
    void leftEmptyTheOptionalAnswersStartTooWithTheDefaults() {
        model.start();
        assertEquals(new WelcomeViewModel.Choice(true, AMSTERDAM,
                Optional.of(new Newcomer(Profile.defaults(AMSTERDAM), "", "")), true), chosen.get(),
                "desktop notifications silenced in focus unless the user says otherwise");
    }

    @Test
    void aClientZoneEqualToTheHomeZoneIsNone() {
        model.clientZoneProperty().set("Europe/Amsterdam");
        model.start();
        assertNull(chosen.get().newcomer().orElseThrow().profile().clientZone());
    }

    @Test
    void aContactDetailIsNotWrongWhileTypedButHoldsTheStartUntilMended() {
        model.emailProperty().set("anne@");
        model.phoneProperty().set("06 1234");
        assertEquals(Problem.EMPTY, model.emailProblemProperty().get(), "not while typing");
        assertEquals(Problem.EMPTY, model.phoneProblemProperty().get());
        assertFalse(model.canStart());

        model.start();
        assertNull(chosen.get(), "nothing is written with a wrong detail");
        assertEquals(Problem.BAD_EMAIL, model.emailProblemProperty().get());
        assertEquals(Problem.PHONE_TOO_SHORT, model.phoneProblemProperty().get());

        model.emailProperty().set("anne@devries.nl");
        assertEquals(Problem.OK, model.emailProblemProperty().get(), "gone as soon as it is right");
        model.phoneProperty().set("");
        assertEquals(Problem.EMPTY, model.phoneProblemProperty().get(), "an empty detail is allowed");
        model.start();
        assertEquals("anne@devries.nl", chosen.get().newcomer().orElseThrow().email());
    }

    @Test
    void theNumberIsCheckedAsTheChannelsPageChecksItAndHandedOnAsE164() {
        model.checkNumbersWith(new LibPhoneNumbers());
        model.phoneProperty().set("06 98765432"); // ten digits, but no Dutch operator gives out 069
        model.start();
        assertNull(chosen.get(), "nobody can dial it: no start");
        assertEquals(Problem.PHONE_NOT_DIALABLE, model.phoneProblemProperty().get());
        assertEquals("Dit nummer kan niemand bellen: het staat niet in het nummerplan van zijn land. Controleer de "
                + "cijfers, of zet het landnummer ervoor (+31 …, +32 …, +44 …).", words("nl", model));
        assertTrue(words("en", model).startsWith("Nobody can dial this number"), words("en", model));

        model.phoneProperty().set("06 12345678");
        assertEquals(Problem.OK, model.phoneProblemProperty().get(), "gone as soon as it is right");
        model.start();
        assertEquals("+31612345678", chosen.get().newcomer().orElseThrow().phone(), "stored E.164 at once");
    }

    @Test
    void theNumberIsReadInTheCountryOfTheZoneChosenHere() {
        model.checkNumbersWith(new LibPhoneNumbers());
        model.phoneProperty().set("0470 12 34 56"); // a Belgian mobile number, typed the Belgian way
        model.checkContacts();
        assertEquals(Problem.PHONE_NOT_DIALABLE, model.phoneProblemProperty().get(), "not a Dutch number");
        model.zoneProperty().set("Europe/Brussels");
        assertEquals(Problem.OK, model.phoneProblemProperty().get(), "checked again for the new country");
        model.start();
        assertEquals("+32470123456", chosen.get().newcomer().orElseThrow().phone());
    }

    @Test
    void aZoneWithNoCountryTakesTheSystemLanguagesCountryElseAsksForTheInternationalForm() {
        WelcomeViewModel server = new WelcomeViewModel(ZoneId.of("Etc/UTC"), Language.DUTCH, chosen::set);
        server.checkNumbersWith(new LibPhoneNumbers(Locale.ROOT)); // LANG=C: no country anywhere
        server.phoneProperty().set("06 12345678");
        server.start();
        assertNull(chosen.get());
        assertEquals(Problem.PHONE_NEEDS_COUNTRY_CODE, server.phoneProblemProperty().get());
        assertTrue(words("nl", server).startsWith("Bij je tijdzone hoort geen land, dus schrijf het nummer met het "
                + "landnummer ervoor: +31 6 12345678"), words("nl", server));
        server.phoneProperty().set("+31 6 12345678");
        server.start();
        assertEquals("+31612345678", chosen.get().newcomer().orElseThrow().phone(), "the international form reads");

        chosen.set(null);
        WelcomeViewModel dutchServer = new WelcomeViewModel(ZoneId.of("Etc/UTC"), Language.DUTCH, chosen::set);
        dutchServer.checkNumbersWith(new LibPhoneNumbers(Locale.forLanguageTag("nl-NL"))); // LANG=nl_NL.UTF-8
        dutchServer.phoneProperty().set("06 12345678");
        dutchServer.start();
        assertEquals("+31612345678", chosen.get().newcomer().orElseThrow().phone(), "read as Dutch");
    }

    /** The message the welcome shows under the number, in the screen's language. */
    private static String words(String language, WelcomeViewModel shown) {
        return WelcomeView.bundle(Locale.forLanguageTag(language)).getString("welcome.contact."
                + shown.phoneProblemProperty().get().name().toLowerCase(Locale.ROOT));
    }

    @Test
    void skipStartsWithTheWeekAndZoneShownAndNoProfileEvenWithAWrongDetail() {
        model.nameProperty().set("Anne");
        model.emailProperty().set("not an address");
        model.exampleWeekProperty().set(false);
        model.zoneProperty().set("Europe/London");
        model.silenceDesktopProperty().set(false);
        model.skip();
        assertEquals(new WelcomeViewModel.Choice(false, LONDON, Optional.empty(), false), chosen.get());
    }

    @Test
    void anUnknownZoneCannotStartAndSkipTakesTheSystemZone() {
        model.zoneProperty().set("Mars/Olympus_Mons");
        model.start();
        assertNull(chosen.get());
        model.skip();
        assertEquals(AMSTERDAM, chosen.get().zone());
    }

    @Test
    void aServerStyleSystemZoneCanStartToo() {
        WelcomeViewModel server = new WelcomeViewModel(ZoneId.of("Etc/UTC"), Language.ENGLISH, chosen::set);
        server.start();
        assertEquals(ZoneId.of("Etc/UTC"), chosen.get().zone());
    }

    @Test
    void jeOrUCountsOnlyForDutchAndBritishOrAmericanOnlyForEnglish() {
        model.textLanguagesProperty().set(TextLanguages.EN);
        assertFalse(model.registerApplies().get());
        assertTrue(model.englishApplies().get());
        model.textLanguagesProperty().set(TextLanguages.NL);
        assertTrue(model.registerApplies().get());
        assertFalse(model.englishApplies().get());
        model.textLanguagesProperty().set(null);
        assertEquals(TextLanguages.NL, model.textLanguagesProperty().get(), "always a choice");
    }
}
