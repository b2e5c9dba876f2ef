package org.reachable.ui.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;

/** The form for the selected channel: contact checks, type, names per language, promises, note. */
class ChannelFormViewModelTest extends ChannelsModelFixture {

    @Test
    void aValidContactIsSavedOnCommitAndAnInvalidOneNeverIs() {
        model.load();
        model.select(1); // e-mail
        model.form().contactProperty().set("anna@");
        assertEquals(Problem.EMPTY, model.form().contactProblemProperty().get(), "no complaint while typing");
        inside().kindProperty().set(Promise.Kind.WITHIN);
        inside().amountProperty().set(3);
        model.commit();
        assertEquals(Problem.BAD_EMAIL, model.form().contactProblemProperty().get());
        assertEquals("Dit is geen geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.",
                model.form().contactMessageProperty().get());
        Channel saved = store.settings.channel("email").orElseThrow();
        assertEquals("", saved.contact(), "the bad address is not saved");
        assertEquals(Promise.within(java.time.Duration.ofHours(3)), saved.promiseInside(), "the rest of the form is");
        assertEquals("anna@", model.form().contactProperty().get(), "what was typed stays");

        model.form().contactProperty().set("anna@bedrijf.nl ");
        assertEquals(Problem.OK, model.form().contactProblemProperty().get(), "the message goes as soon as it is right");
        assertEquals("", model.form().contactMessageProperty().get());
        model.commit();
        assertEquals("anna@bedrijf.nl", store.settings.channel("email").orElseThrow().contact());
        assertEquals(Map.of("FOCUS", "x"), store.settings.preferences().hooks(), "the rest of settings.json stays");
    }

    @Test
    void aNumberIsCheckedAsItIsTypedTheWayClientsWillDialIt() {
        model.checkNumbersWith(new org.reachable.adapters.phone.LibPhoneNumbers());
        model.load();
        model.select(0); // phone, home zone Amsterdam: national numbers are Dutch
        model.form().contactProperty().set("06 98765432"); // ten digits, but no Dutch operator gives out 069
        model.commit();
        assertEquals(Problem.PHONE_NOT_DIALABLE, model.form().contactProblemProperty().get());
        assertTrue(model.form().contactMessageProperty().get().startsWith("Dit nummer kan niemand bellen"),
                model.form().contactMessageProperty().get());
        assertEquals("", store.settings.channel("phone").orElseThrow().contact(), "not saved");
        model.form().contactProperty().set("06 12345678");
        assertEquals(Problem.OK, model.form().contactProblemProperty().get());
        model.commit();
        assertEquals("+31612345678", store.settings.channel("phone").orElseThrow().contact(),
                "stored E.164 at once, not as typed until the next load");
        assertEquals("+31612345678", model.form().contactProperty().get(), "the form shows what is stored");
        assertEquals(Problem.OK, model.form().contactProblemProperty().get());
        model.form().contactProperty().set("+32 470 12 34 56"); // a Belgian mobile number
        assertEquals(Problem.OK, model.form().contactProblemProperty().get());
        model.select(1);
        assertEquals("+32470123456", store.settings.channel("phone").orElseThrow().contact(), "saved on leaving");
        model.select(0);
        assertEquals("+32470123456", model.form().contactProperty().get());
    }

    @Test
    void aRefusedDetailComesBackWithItsMessageAfterPickingAnotherChannel() {
        model.load();
        model.select(1);
        model.form().contactProperty().set("anna@");
        model.select(0); // commits: refused, not saved
        assertEquals("", model.form().contactProperty().get());
        model.select(1);
        assertEquals("anna@", model.form().contactProperty().get());
        assertEquals(Problem.BAD_EMAIL, model.form().contactProblemProperty().get());
        assertEquals("", store.settings.channel("email").orElseThrow().contact());
        name("nl").set("Mail"); // typed, not committed
        model.revert();
        assertEquals("", model.form().contactProperty().get(), "Escape drops the refused detail");
        assertEquals("E-mail", name("nl").get());
        assertEquals(Problem.EMPTY, model.form().contactProblemProperty().get());
        model.form().contactProperty().set("anna@bedrijf.nl");
        model.select(0);
        model.select(1);
        assertEquals("anna@bedrijf.nl", model.form().contactProperty().get());
        assertEquals(Problem.OK, model.form().contactProblemProperty().get());
    }

    @Test
    void choicesSaveAtOnceAndTheUrgentLineKeepsItsCondition() {
        model.load();
        model.form().fallbackProperty().set(Fallback.ASSISTANT);
        assertEquals(Fallback.ASSISTANT, store.settings.channel("phone").orElseThrow().fallback());
        model.form().urgentOnlyProperty().set(true);
        model.form().words().urgentCondition().text("nl").set("alleen voor reizigers die vastzitten");
        model.commit();
        Channel phone = store.settings.channel("phone").orElseThrow();
        assertTrue(phone.urgentOnly());
        assertEquals("alleen voor reizigers die vastzitten", phone.urgentCondition().own("nl").orElseThrow());
    }

    @Test
    void aTypeChangeWaitsUntilTheDetailFitsIt() {
        model.load();
        model.form().contactProperty().set("06 12345678");
        model.commit();
        assertEquals("06 12345678", store.settings.channel("phone").orElseThrow().contact());
        model.form().typeProperty().set(ChannelType.WHATSAPP);
        assertEquals(Problem.WHATSAPP_NEEDS_COUNTRY_CODE, model.form().contactProblemProperty().get());
        assertEquals("Telefoon", name("nl").get(), "another channel has the usual WhatsApp name");
        Channel saved = store.settings.channel("phone").orElseThrow();
        assertEquals(ChannelType.PHONE, saved.type(), "no WhatsApp channel with a number wa.me cannot use");
        model.form().contactProperty().set("+31 6 12345678");
        model.commit();
        saved = store.settings.channel("phone").orElseThrow();
        assertEquals(ChannelType.WHATSAPP, saved.type());
        assertEquals("+31 6 12345678", saved.contact());
        assertEquals("phone", saved.id(), "the id never changes");
    }

    @Test
    void theUsualNameFollowsTheTypeButATypedOneStays() {
        store.settings = store.settings.withChannels(List.of(Channel.of("phone", ChannelType.PHONE, "Telefoon")));
        model.load();
        model.form().typeProperty().set(ChannelType.SMS);
        assertEquals("Sms", store.settings.channels().get(0).name("nl"));
        assertEquals("SMS", store.settings.channels().get(0).name("en"), "the usual name in both languages");
        name("nl").set("Werktelefoon");
        model.commit();
        model.form().typeProperty().set(ChannelType.PHONE);
        assertEquals("Werktelefoon", store.settings.channels().get(0).name("nl"));
        assertEquals(ChannelType.PHONE, store.settings.channels().get(0).type());
    }

    @Test
    void anEmptyNameIsRefusedWithAMessage() {
        model.load();
        name("nl").set("  ");
        model.commit();
        assertFalse(model.form().nameMessageProperty().get().isEmpty());
        assertEquals("Telefoon", store.settings.channel("phone").orElseThrow().name("nl"));
        name("nl").set("Mobiel");
        model.commit();
        assertEquals("", model.form().nameMessageProperty().get());
        assertEquals("Mobiel", store.settings.channel("phone").orElseThrow().name("nl"));
        assertEquals("Mobiel", model.channels().get(0).name("nl"));
        assertEquals("Phone", model.channels().get(0).name("en"), "the other language keeps its own name");
    }

    @Test
    void aChannelOfOnesOwnAsksBothNamesTheOtherACopyNotTranslatedUntilEditedOrConfirmed() {
        model.load();
        model.add(ChannelType.CUSTOM);
        assertEquals("Ander kanaal", name("nl").get());
        assertEquals("Ander kanaal", name("en").get(), "prefilled with the same text");
        assertFalse(model.form().words().names().untranslated("nl").get());
        assertTrue(model.form().words().names().untranslated("en").get());
        assertEquals(List.of("Ander kanaal: Engelse naam nog niet vertaald"),
                model.todos().stream().map(TranslationTodos.Todo::text).toList());

        name("nl").set("Signaal");
        model.commit();
        assertEquals("Signaal", name("en").get(), "the unchecked copy follows");
        assertTrue(model.form().words().names().untranslated("en").get());
        assertEquals(List.of("en"), store.settings.channel("ander-kanaal").orElseThrow().names().untranslated());

        model.form().words().names().confirm("en");
        model.commit();
        Channel saved = store.settings.channel("ander-kanaal").orElseThrow();
        assertEquals("Signaal", saved.names().own("en").orElseThrow(), "confirmed as it is");
        assertFalse(model.form().words().names().untranslated("en").get());
        assertEquals(List.of(), model.todos());
    }

    @Test
    void editingTheOtherLanguageTranslatesIt() {
        model.load();
        model.add(ChannelType.CUSTOM);
        name("en").set("Other channel");
        model.commit();
        Channel saved = store.settings.channel("ander-kanaal").orElseThrow();
        assertEquals("Ander kanaal", saved.name("nl"));
        assertEquals("Other channel", saved.names().own("en").orElseThrow());
        assertEquals(List.of(), model.todos());
    }

    @Test
    void promisesAreChoicesThatReadInEachLanguageAsTheyAreChosen() {
        model.load();
        // the phone's promise is a call back
        assertEquals("Ik bel je binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar ben.",
                model.form().words().preview("nl").get());
        assertEquals("I will call you back within an hour; outside these hours, as soon as I am available again.",
                model.form().words().preview("en").get());
        inside().unitProperty().set(PromiseChoice.Unit.MINUTES);
        inside().amountProperty().set(45);
        model.form().words().outside().kindProperty().set(Promise.Kind.NEXT_WORKING_DAY);
        assertEquals("I will call you back within 45 minutes; outside these hours, on the next working day.",
                model.form().words().preview("en").get());
        // a channel that is no phone answers
        model.form().typeProperty().set(ChannelType.EMAIL);
        assertEquals("Ik reageer binnen 45 minuten; buiten deze tijden de volgende werkdag.",
                model.form().words().preview("nl").get());
        model.form().typeProperty().set(ChannelType.PHONE);
        Channel phone = store.settings.channel("phone").orElseThrow();
        assertEquals(new Promise(Promise.Kind.WITHIN, 45), phone.promiseInside(), "a choice saves at once");
        assertEquals(Promise.of(Promise.Kind.NEXT_WORKING_DAY), phone.promiseOutside());

        inside().kindProperty().set(Promise.Kind.NONE);
        model.form().words().outside().kindProperty().set(Promise.Kind.NONE);
        assertEquals("Geen belofte: je teksten zeggen niet hoe snel je reageert.", model.form().words().preview("nl").get());
        assertEquals(Promise.none(), store.settings.channel("phone").orElseThrow().promiseInside());
    }

    /** The preview is the line the texts print: a user who chose "u" reads the call back in "u". */
    @Test
    void thePreviewSpeaksInTheRegisterTheTextsUse() {
        store.settings = store.settings.withProfile(store.settings.profile()
                .withRegister(org.reachable.domain.model.Register.U));
        model.load();
        assertEquals("Ik bel u binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar ben.",
                model.form().words().preview("nl").get());
        assertEquals("I will call you back within an hour; outside these hours, as soon as I am available again.",
                model.form().words().preview("en").get());
        // chosen again in Settings: the page reads settings.json anew and the preview follows
        store.settings = store.settings.withProfile(store.settings.profile()
                .withRegister(org.reachable.domain.model.Register.JE));
        model.load();
        assertEquals("Ik bel je binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar ben.",
                model.form().words().preview("nl").get());
    }

    @Test
    void aWaitStaysWithinAWeek() {
        model.load();
        inside().amountProperty().set(500);
        assertEquals(new Promise(Promise.Kind.WITHIN, 7 * 24 * 60), inside().value());
        assertEquals(168, PromiseChoice.most(PromiseChoice.Unit.HOURS));
    }

    @Test
    void aNoteInOneLanguageShowsInItsPreviewAndListsTheOther() {
        model.load();
        model.form().words().note().text("nl").set("ook in het weekend");
        model.commit();
        assertEquals("Ik bel je binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar ben (ook in het weekend).",
                model.form().words().preview("nl").get());
        assertEquals("ook in het weekend", store.settings.channel("phone").orElseThrow().note().own("nl").orElseThrow());
        assertTrue(model.form().words().note().untranslated("en").get());
        TranslationTodos.Todo todo = model.todos().get(0);
        assertEquals("Telefoon: Engelse aanvulling nog niet vertaald", todo.text());

        model.select(2);
        model.jumpTo(todo);
        assertEquals("phone", model.form().channelIdProperty().get(), "the link opens the channel it names");
        model.form().words().note().text("nl").set("");
        model.commit();
        assertTrue(store.settings.channel("phone").orElseThrow().note().blank(), "emptied: no note at all");
        assertEquals(List.of(), model.todos());
    }

    @Test
    void onlyTheProfilesTextLanguagesAreAsked() {
        store.settings = store.settings.withProfile(store.settings.profile().withLanguages(List.of("en")))
                .withChannels(List.of(Channel.of("sms", ChannelType.SMS, org.reachable.domain.model.Translations
                        .only("nl", "Sms"))));
        model.load();
        assertEquals(List.of("en"), model.languages());
        assertEquals(List.of("Sms: Engelse naam nog niet vertaald"),
                model.todos().stream().map(TranslationTodos.Todo::text).toList());
        name("en").set("Text message");
        model.commit();
        assertEquals("Text message", store.settings.channel("sms").orElseThrow().names().own("en").orElseThrow());
        assertEquals(List.of(), model.todos(), "Dutch is not asked");
    }
}
