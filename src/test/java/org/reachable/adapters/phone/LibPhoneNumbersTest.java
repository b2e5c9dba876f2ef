package org.reachable.adapters.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.PhoneNumbers.Dialable;
import org.reachable.domain.model.PhoneNumbers.Undialable;

/** Dutch, Belgian and British numbers as users type them, and numbers nobody can dial. */
class LibPhoneNumbersTest {

    private final LibPhoneNumbers phones = new LibPhoneNumbers();

    @ParameterizedTest(name = "{0} in {1} -> {2}, written {3}")
    @CsvSource(delimiter = '|', value = {
        "06 12345678        | NL | +31612345678  | +31 6 12345678",
        "06-12345678        | NL | +31612345678  | +31 6 12345678",
        "020 123 4567       | NL | +31201234567  | +31 20 123 4567",
        "(020) 123 45 67    | NL | +31201234567  | +31 20 123 4567",
        "+31 (0)20 123 4567 | NL | +31201234567  | +31 20 123 4567",
        "0031 6 12345678    | NL | +31612345678  | +31 6 12345678",
        "0470 12 34 56      | BE | +32470123456  | +32 470 12 34 56",
        "02 511 12 34       | BE | +3225111234   | +32 2 511 12 34",
        "+32 470 12 34 56   | NL | +32470123456  | +32 470 12 34 56",
        "020 7946 0958      | GB | +442079460958 | +44 20 7946 0958",
        "07911 123456       | GB | +447911123456 | +44 7911 123456",
        "+44 7911 123456    | NL | +447911123456 | +44 7911 123456",
    })
    void aNumberAsTypedIsStoredE164AndWrittenInternationally(String typed, String region, String e164,
            String international) {
        assertEquals(new Dialable(e164), phones.check(typed, region));
        assertEquals(international, phones.international(typed, region));
        assertEquals(international, phones.international(e164, "ZZ"), "E.164 needs no region");
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "0612              | NL | PHONE_TOO_SHORT",
        "06 1234           | NL | PHONE_NOT_DIALABLE",
        "06 123456789012345 | NL | PHONE_TOO_LONG",
        "06-KLANTEN        | NL | PHONE_CHARACTERS",
        "hello             | NL | PHONE_CHARACTERS",
        "+99 12345678      | NL | PHONE_COUNTRY_CODE",
        "01 23456789       | NL | PHONE_NOT_DIALABLE",
        "06 12345678       | ZZ | PHONE_NEEDS_COUNTRY_CODE",
        "+99 12345678      | ZZ | PHONE_COUNTRY_CODE",
    })
    void aNumberNobodyCanDialIsRefusedWithItsReason(String typed, String region, Problem problem) {
        assertEquals(new Undialable(problem), phones.check(typed, region));
    }

    @Test
    void aNumberThatCannotBeDialledIsWrittenAsTyped() {
        assertEquals("06 1234", phones.international("06 1234", "NL"));
    }

    @Test
    void numbersInFreeTextAreWrittenInternationallyAndTheRestStays() {
        assertEquals("Anna de Vries, +31 6 12345678 (tot 17.00 uur)",
                phones.internationalIn("Anna de Vries, 06 12345678 (tot 17.00 uur)", "NL"));
        assertEquals("Anna, 24 december 2026", phones.internationalIn("Anna, 24 december 2026", "NL"));
    }

    @Test
    void aNumberInBracketsKeepsItsBrackets() {
        // libphonenumber takes an opening bracket as part of the number (an area code in brackets)
        assertEquals("Pieter Bakker (+31 6 87654321)", phones.internationalIn("Pieter Bakker (06-87654321)", "NL"));
        assertEquals("Pieter Bakker (+31 6 87654321, tot 17.00 uur)",
                phones.internationalIn("Pieter Bakker (06-87654321, tot 17.00 uur)", "NL"));
        assertEquals("Kantoor +31 20 123 4567", phones.internationalIn("Kantoor (020) 1234567", "NL"));
    }

    @Test
    void theHomeCountryComesFromTheHomeZone() {
        assertEquals(Optional.of("NL"), phones.region(ZoneId.of("Europe/Amsterdam")));
        assertEquals(Optional.of("BE"), phones.region(ZoneId.of("Europe/Brussels")));
        assertEquals(Optional.of("GB"), phones.region(ZoneId.of("Europe/London")));
        assertEquals(Optional.empty(), phones.region(ZoneId.of("UTC")));
    }

    @Test
    void aZoneWithNoCountryTakesTheCountryOfTheSystemLanguageSetting() {
        LibPhoneNumbers dutch = new LibPhoneNumbers(Locale.forLanguageTag("nl-NL"));
        assertEquals(Optional.of("NL"), dutch.region(ZoneId.of("UTC")), "LANG=nl_NL on a machine set to UTC");
        assertEquals(Optional.of("BE"), dutch.region(ZoneId.of("Europe/Brussels")), "the zone's country comes first");
        assertEquals(Optional.empty(), new LibPhoneNumbers(Locale.ENGLISH).region(ZoneId.of("UTC")), "no country");
        assertEquals(new Dialable("+31612345678"), phones.check("0031 6 12345678", "ZZ"), "00 reads as + without a country");
    }
}
