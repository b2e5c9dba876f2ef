package org.reachable.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reachable.domain.model.ContactCheck.Problem;

class ContactCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"06 12345678", "06-12345678", "0612345678", "+31 6 12345678", "+31612345678",
        "020 123 4567", "(020) 123 45 67", "020-1234567", "+44 20 7946 0958", "0031 20 123 4567",
        "+31 (0)20 123 4567", "06.12.34.56.78", "  06 12345678  ", "+1 (415) 555-2671", "0800 1234"})
    void phoneNumbersWrittenTheUsualWaysPass(String number) {
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.PHONE, number), number);
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.SMS, number), number);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "06 1234 abcd|PHONE_CHARACTERS",
        "06/12345678|PHONE_CHARACTERS",
        "31+612345678|PHONE_CHARACTERS",
        "++31612345678|PHONE_CHARACTERS",
        "(020 1234567|PHONE_CHARACTERS",
        "020) 1234567|PHONE_CHARACTERS",
        "((020)) 1234567|PHONE_CHARACTERS",
        "anna@bedrijf.nl|PHONE_CHARACTERS",
        "tel:0612345678|PHONE_CHARACTERS",
        "+|PHONE_CHARACTERS",
        "112|PHONE_TOO_SHORT",
        "06 123|PHONE_TOO_SHORT",
        "1234567|PHONE_TOO_SHORT",
        "+31 6 12345678 12345678|PHONE_TOO_LONG",
        "0612345678901234|PHONE_TOO_LONG"})
    void badPhoneNumbersSayWhatIsWrong(String number, Problem expected) {
        assertEquals(expected, ContactCheck.check(ChannelType.PHONE, number), number);
        assertEquals(expected, ContactCheck.check(ChannelType.SMS, number), number);
        assertFalse(expected.saves());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@bedrijf.nl", "anna.de.vries@bedrijf.nl", "info+klant@mail.example.com",
        "a@b.co", " anna@bedrijf.nl ", "ANNA@BEDRIJF.NL", "anna@xn--bcher-kva.de", "o'brien@firm.ie"})
    void emailAddressesPass(String address) {
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.EMAIL, address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@", "@bedrijf.nl", "anna", "anna@bedrijf", "anna@@bedrijf.nl", "anna@bedrijf.",
        "anna@.nl", "anna @bedrijf.nl", "anna@bedrijf .nl", "anna@bedrijf..nl", ".anna@bedrijf.nl",
        "anna.@bedrijf.nl", "an..na@bedrijf.nl", "anna@bedrijf.n", "anna@bedrijf.nl, piet@bedrijf.nl",
        "Anna <anna@bedrijf.nl>", "anna@b@drijf.nl", "anna@bedrijf.123", "06 12345678"})
    void badEmailAddressesAreRefused(String address) {
        assertEquals(Problem.BAD_EMAIL, ContactCheck.check(ChannelType.EMAIL, address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+31 6 12345678", "+31612345678", "0031 6 12345678", "+44 7911 123456",
        "+32 470 12 34 56", "+31 20 123 4567"})
    void whatsAppNumbersWithACountryCodePass(String number) {
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.WHATSAPP, number), number);
    }

    @Test
    void whatsAppNeedsTheCountryCodeForTheWaMeLink() {
        assertEquals(Problem.WHATSAPP_NEEDS_COUNTRY_CODE, ContactCheck.check(ChannelType.WHATSAPP, "06 12345678"));
        assertEquals(Problem.WHATSAPP_NEEDS_COUNTRY_CODE, ContactCheck.check(ChannelType.WHATSAPP, "(06) 1234 5678"));
        assertEquals(Problem.PHONE_CHARACTERS, ContactCheck.check(ChannelType.WHATSAPP, "06 1234 567x"),
                "a broken number says so first");
        assertEquals(Problem.PHONE_TOO_SHORT, ContactCheck.check(ChannelType.WHATSAPP, "+31 6"));
    }

    @Test
    void emptyIsAllowedForEveryTypeAsAHint() {
        for (ChannelType type : ChannelType.values()) {
            assertEquals(Problem.EMPTY, ContactCheck.check(type, ""), type.name());
            assertEquals(Problem.EMPTY, ContactCheck.check(type, "   "), type.name());
            assertEquals(Problem.EMPTY, ContactCheck.check(type, null), type.name());
        }
        assertTrue(Problem.EMPTY.saves());
        assertTrue(Problem.OK.saves());
    }

    @Test
    void aCustomChannelTakesAnything() {
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.CUSTOM, "@anna on Signal"));
        assertEquals(Problem.OK, ContactCheck.check(ChannelType.CUSTOM, "https://teams.microsoft.com/l/chat/x"));
    }

    @Test
    void idsAreSlugsOfTheNameMadeUnique() {
        assertEquals("phone", ChannelIds.unique("Phone", ChannelType.PHONE, Set.of()));
        assertEquals("phone-2", ChannelIds.unique("Phone", ChannelType.PHONE, Set.of("phone")));
        assertEquals("phone-3", ChannelIds.unique("Phone", ChannelType.PHONE, Set.of("phone", "phone-2")));
        assertEquals("whatsapp-business", ChannelIds.unique("WhatsApp Business", ChannelType.WHATSAPP, Set.of()));
        assertEquals("telephone-prive", ChannelIds.unique(" Téléphone (privé) ", ChannelType.PHONE, Set.of()));
        assertEquals("custom", ChannelIds.unique("✆✆", ChannelType.CUSTOM, Set.of()));
        String longName = "a very long channel name that goes on and on and on";
        String id = ChannelIds.unique(longName, ChannelType.CUSTOM, Set.of(ChannelIds.slug(longName)));
        assertTrue(id.length() <= 32 && id.endsWith("-2"), id);
        Channel.of(id, ChannelType.CUSTOM, longName); // a valid id
    }
}
