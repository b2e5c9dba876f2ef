package org.reachable.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.phone.LibPhoneNumbers;

/** The home page's forwarding card, plain JUnit: the number kept as E.164, the codes that follow. */
class ForwardingCardTest {

    private String kept = "";
    private final List<String> saved = new ArrayList<>();
    private String failure = "";
    /** Each save's later failure, as the app's store writes after it answered. */
    private final List<Consumer<String>> writing = new ArrayList<>();

    private ForwardingCard card(String language, String region) {
        return new ForwardingCard(HomeView.bundle(Locale.forLanguageTag(language)), new LibPhoneNumbers(), () -> region,
                new ForwardingCard.Store() {
                    @Override
                    public String load() {
                        return kept;
                    }

                    @Override
                    public String save(String e164, Consumer<String> notStored) {
                        writing.add(notStored);
                        if (failure.isEmpty()) {
                            kept = e164;
                            saved.add(e164);
                        }
                        return failure;
                    }
                });
    }

    @Test
    void aNumberTypedTheDutchWayIsKeptAsE164AndItsCodesFollow() {
        ForwardingCard card = card("nl", "NL");
        card.load();
        assertTrue(card.rows().isEmpty(), "no number yet: no codes");
        card.typedProperty().set("020 123 4567");
        card.save();
        assertEquals(List.of("+31201234567"), saved);
        assertEquals("+31 20 123 4567", card.typedProperty().get(), "shown as people read it");
        assertEquals("**21*+31201234567#", card.rows().get(0).on());
        assertEquals("##21#", card.rows().get(0).off());
        assertEquals("Alle gesprekken", card.rows().get(0).label());
        assertEquals(5, card.rows().size(), "all calls, no answer, busy, not reachable, all three");
        assertEquals("tel:**21*+31201234567%23", card.onUriProperty().get());
        assertEquals("tel:%23%2321%23", card.offUriProperty().get());
    }

    @Test
    void aNumberNobodyCanDialIsRefusedInTheUsersLanguageAndNothingChanges() {
        kept = "+31201234567";
        ForwardingCard card = card("en", "NL");
        card.load();
        card.typedProperty().set("06 98765432");
        card.save();
        assertEquals(List.of(), saved);
        assertTrue(card.messageProperty().get().startsWith("Nobody can dial this number"), card.messageProperty().get());
        assertEquals("**21*+31201234567#", card.rows().get(0).on(), "the number kept stays");
    }

    @Test
    void withoutAHomeCountryANationalNumberAsksForTheCountryCode() {
        ForwardingCard card = card("nl", null);
        card.typedProperty().set("06 12345678");
        card.save();
        assertTrue(card.messageProperty().get().startsWith("Bij je tijdzone hoort geen land"),
                card.messageProperty().get());
        card.typedProperty().set("+32 470 12 34 56");
        card.save();
        assertEquals(List.of("+32470123456"), saved);
    }

    @Test
    void anEmptyFieldForgetsTheNumberAndAFailedSaveSaysWhy() {
        kept = "+31201234567";
        ForwardingCard card = card("en", "NL");
        card.load();
        failure = "settings.json is read-only";
        card.typedProperty().set("");
        card.save();
        assertEquals("The number could not be saved: settings.json is read-only", card.messageProperty().get());
        assertEquals(5, card.rows().size());
        failure = "";
        card.save();
        assertEquals(List.of(""), saved);
        assertTrue(card.rows().isEmpty());
    }

    @Test
    void aSaveThatFailsAfterItAnsweredSaysWhyAndBringsBackTheNumberKeptAndTheTextTyped() {
        kept = "+31201234567";
        ForwardingCard card = card("en", "NL");
        card.load();
        card.typedProperty().set("020 765 4321");
        card.save();
        assertEquals("**21*+31207654321#", card.rows().get(0).on(), "shown at once");
        writing.get(0).accept("settings.json stayed busy");
        assertEquals("The number could not be saved: settings.json stayed busy", card.messageProperty().get());
        assertEquals("**21*+31201234567#", card.rows().get(0).on(), "the codes are those of the number kept");
        assertEquals("020 765 4321", card.typedProperty().get(), "what was typed stays, to save again");
    }
}
