package org.reachable.ui.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.ui.MemorySettingsStore;

/** Plain JUnit: no toolkit, direct executors, settings.json in memory. */
class ChannelsViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Fails to read or to write, as a broken file or a full disk do. */
    record BrokenStore(Settings settings, StoreException loadFailure, RuntimeException saveFailure)
            implements SettingsStore {
        @Override
        public Settings load(ZoneId defaultZone) throws StoreException {
            if (loadFailure != null) {
                throw loadFailure;
            }
            return settings;
        }

        @Override
        public void save(Settings newSettings) {
            throw saveFailure;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Optional<Settings> loadBackup(ZoneId defaultZone) {
            return Optional.empty();
        }
    }

    private final MemorySettingsStore store = new MemorySettingsStore(new Settings(Profile.defaults(AMSTERDAM),
            Settings.defaultChannels("nl"), new Preferences(true, 5, Map.of("FOCUS", "x"), "nl")));
    private final List<String> removed = new ArrayList<>();
    private final ChannelsViewModel model = new ChannelsViewModel(
            ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.forLanguageTag("nl-NL")), store, AMSTERDAM,
            id -> id.equals("phone") ? 3 : 0, removed::add, Runnable::run, Runnable::run);

    private javafx.beans.property.StringProperty name(String language) {
        return model.words().names().text(language);
    }

    private PromiseChoice inside() {
        return model.words().inside();
    }

    private List<String> savedIds() {
        return store.settings.channels().stream().map(Channel::id).toList();
    }

    @Test
    void loadShowsTheChannelsAndSelectsTheFirstWithoutWriting() {
        model.load();
        assertEquals(4, model.channels().size());
        assertEquals(0, model.selectedIndexProperty().get());
        assertEquals("Telefoon", name("nl").get());
        assertEquals("Phone", name("en").get());
        assertEquals(List.of("nl", "en"), model.languages());
        assertEquals(List.of(), model.todos(), "standard names are in both languages");
        assertEquals(ChannelType.PHONE, model.typeProperty().get());
        assertEquals(Fallback.VOICEMAIL, model.fallbackProperty().get());
        assertEquals(Problem.EMPTY, model.contactProblemProperty().get());
        assertTrue(model.contactMessageProperty().get().startsWith("Nog niet ingevuld"));
        assertTrue(model.editingProperty().get());
        assertFalse(model.canMoveUpProperty().get());
        assertTrue(model.canMoveDownProperty().get());
        assertEquals(0, store.saves);
    }

    @Test
    void aValidContactIsSavedOnCommitAndAnInvalidOneNeverIs() {
        model.load();
        model.select(1); // e-mail
        model.contactProperty().set("anna@");
        assertEquals(Problem.EMPTY, model.contactProblemProperty().get(), "no complaint while typing");
        inside().kindProperty().set(Promise.Kind.WITHIN);
        inside().amountProperty().set(3);
        model.commit();
        assertEquals(Problem.BAD_EMAIL, model.contactProblemProperty().get());
        assertEquals("Dit is geen geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.",
                model.contactMessageProperty().get());
        Channel saved = store.settings.channel("email").orElseThrow();
        assertEquals("", saved.contact(), "the bad address is not saved");
        assertEquals(Promise.within(java.time.Duration.ofHours(3)), saved.promiseInside(), "the rest of the form is");
        assertEquals("anna@", model.contactProperty().get(), "what was typed stays");

        model.contactProperty().set("anna@bedrijf.nl ");
        assertEquals(Problem.OK, model.contactProblemProperty().get(), "the message goes as soon as it is right");
        assertEquals("", model.contactMessageProperty().get());
        model.commit();
        assertEquals("anna@bedrijf.nl", store.settings.channel("email").orElseThrow().contact());
        assertEquals(Map.of("FOCUS", "x"), store.settings.preferences().hooks(), "the rest of settings.json stays");
    }

    @Test
    void aRefusedDetailComesBackWithItsMessageAfterPickingAnotherChannel() {
        model.load();
        model.select(1);
        model.contactProperty().set("anna@");
        model.select(0); // commits: refused, not saved
        assertEquals("", model.contactProperty().get());
        model.select(1);
        assertEquals("anna@", model.contactProperty().get());
        assertEquals(Problem.BAD_EMAIL, model.contactProblemProperty().get());
        assertEquals("", store.settings.channel("email").orElseThrow().contact());
        name("nl").set("Mail"); // typed, not committed
        model.revert();
        assertEquals("", model.contactProperty().get(), "Escape drops the refused detail");
        assertEquals("E-mail", name("nl").get());
        assertEquals(Problem.EMPTY, model.contactProblemProperty().get());
        model.contactProperty().set("anna@bedrijf.nl");
        model.select(0);
        model.select(1);
        assertEquals("anna@bedrijf.nl", model.contactProperty().get());
        assertEquals(Problem.OK, model.contactProblemProperty().get());
    }

    @Test
    void aCommitWithoutChangesDoesNotWrite() {
        model.load();
        model.commit();
        model.select(2);
        model.select(0);
        assertEquals(0, store.saves);
    }

    @Test
    void choicesSaveAtOnceAndTheUrgentLineKeepsItsCondition() {
        model.load();
        model.fallbackProperty().set(Fallback.ASSISTANT);
        assertEquals(Fallback.ASSISTANT, store.settings.channel("phone").orElseThrow().fallback());
        model.urgentOnlyProperty().set(true);
        model.words().urgentCondition().text("nl").set("alleen voor reizigers die vastzitten");
        model.commit();
        Channel phone = store.settings.channel("phone").orElseThrow();
        assertTrue(phone.urgentOnly());
        assertEquals("alleen voor reizigers die vastzitten", phone.urgentCondition().own("nl").orElseThrow());
    }

    @Test
    void aTypeChangeWaitsUntilTheDetailFitsIt() {
        model.load();
        model.contactProperty().set("06 12345678");
        model.commit();
        assertEquals("06 12345678", store.settings.channel("phone").orElseThrow().contact());
        model.typeProperty().set(ChannelType.WHATSAPP);
        assertEquals(Problem.WHATSAPP_NEEDS_COUNTRY_CODE, model.contactProblemProperty().get());
        assertEquals("Telefoon", name("nl").get(), "another channel has the usual WhatsApp name");
        Channel saved = store.settings.channel("phone").orElseThrow();
        assertEquals(ChannelType.PHONE, saved.type(), "no WhatsApp channel with a number wa.me cannot use");
        model.contactProperty().set("+31 6 12345678");
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
        model.typeProperty().set(ChannelType.SMS);
        assertEquals("Sms", store.settings.channels().get(0).name("nl"));
        assertEquals("SMS", store.settings.channels().get(0).name("en"), "the usual name in both languages");
        name("nl").set("Werktelefoon");
        model.commit();
        model.typeProperty().set(ChannelType.PHONE);
        assertEquals("Werktelefoon", store.settings.channels().get(0).name("nl"));
        assertEquals(ChannelType.PHONE, store.settings.channels().get(0).type());
    }

    @Test
    void anEmptyNameIsRefusedWithAMessage() {
        model.load();
        name("nl").set("  ");
        model.commit();
        assertFalse(model.nameMessageProperty().get().isEmpty());
        assertEquals("Telefoon", store.settings.channel("phone").orElseThrow().name("nl"));
        name("nl").set("Mobiel");
        model.commit();
        assertEquals("", model.nameMessageProperty().get());
        assertEquals("Mobiel", store.settings.channel("phone").orElseThrow().name("nl"));
        assertEquals("Mobiel", model.channels().get(0).name("nl"));
        assertEquals("Phone", model.channels().get(0).name("en"), "the other language keeps its own name");
    }

    @Test
    void addMakesAUniqueIdAndTheUsualNameAndSelectsIt() {
        model.load();
        model.add(ChannelType.PHONE);
        assertEquals(List.of("phone", "email", "whatsapp", "sms", "telefoon"), savedIds());
        assertEquals("Telefoon 2", name("nl").get());
        assertEquals("Phone 2", name("en").get(), "numbered in both languages");
        assertEquals(4, model.selectedIndexProperty().get());
        assertEquals(Promise.within(java.time.Duration.ofHours(1)), inside().value());
        model.add(ChannelType.PHONE);
        assertEquals("telefoon-2", savedIds().get(5));
        assertEquals("Telefoon 3", store.settings.channels().get(5).name("nl"));
        model.add(ChannelType.CUSTOM);
        assertEquals("ander-kanaal", savedIds().get(6));
        assertEquals(ChannelType.CUSTOM, store.settings.channels().get(6).type());
    }

    @Test
    void aChannelOfOnesOwnAsksBothNamesTheOtherACopyNotTranslatedUntilEditedOrConfirmed() {
        model.load();
        model.add(ChannelType.CUSTOM);
        assertEquals("Ander kanaal", name("nl").get());
        assertEquals("Ander kanaal", name("en").get(), "prefilled with the same text");
        assertFalse(model.words().names().untranslated("nl").get());
        assertTrue(model.words().names().untranslated("en").get());
        assertEquals(List.of("Ander kanaal: Engelse naam nog niet vertaald"),
                model.todos().stream().map(TranslationTodos.Todo::text).toList());

        name("nl").set("Signaal");
        model.commit();
        assertEquals("Signaal", name("en").get(), "the unchecked copy follows");
        assertTrue(model.words().names().untranslated("en").get());
        assertEquals(List.of("en"), store.settings.channel("ander-kanaal").orElseThrow().names().untranslated());

        model.words().names().confirm("en");
        model.commit();
        Channel saved = store.settings.channel("ander-kanaal").orElseThrow();
        assertEquals("Signaal", saved.names().own("en").orElseThrow(), "confirmed as it is");
        assertFalse(model.words().names().untranslated("en").get());
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
        assertEquals("Antwoord binnen een uur; buiten deze tijden zodra ik weer bereikbaar ben.",
                model.words().preview("nl").get());
        assertEquals("Reply within an hour; outside these hours as soon as I am back.",
                model.words().preview("en").get());
        inside().unitProperty().set(PromiseChoice.Unit.MINUTES);
        inside().amountProperty().set(45);
        model.words().outside().kindProperty().set(Promise.Kind.NEXT_WORKING_DAY);
        assertEquals("Reply within 45 minutes; outside these hours on the next working day.",
                model.words().preview("en").get());
        Channel phone = store.settings.channel("phone").orElseThrow();
        assertEquals(new Promise(Promise.Kind.WITHIN, 45), phone.promiseInside(), "a choice saves at once");
        assertEquals(Promise.of(Promise.Kind.NEXT_WORKING_DAY), phone.promiseOutside());

        inside().kindProperty().set(Promise.Kind.NONE);
        model.words().outside().kindProperty().set(Promise.Kind.NONE);
        assertEquals("Geen belofte: je teksten zeggen niet hoe snel je reageert.", model.words().preview("nl").get());
        assertEquals(Promise.none(), store.settings.channel("phone").orElseThrow().promiseInside());
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
        model.words().note().text("nl").set("ook in het weekend");
        model.commit();
        assertEquals("Antwoord binnen een uur; buiten deze tijden zodra ik weer bereikbaar ben (ook in het weekend).",
                model.words().preview("nl").get());
        assertEquals("ook in het weekend", store.settings.channel("phone").orElseThrow().note().own("nl").orElseThrow());
        assertTrue(model.words().note().untranslated("en").get());
        TranslationTodos.Todo todo = model.todos().get(0);
        assertEquals("Telefoon: Engelse aanvulling nog niet vertaald", todo.text());

        model.select(2);
        model.jumpTo(todo);
        assertEquals("phone", model.channelIdProperty().get(), "the link opens the channel it names");
        model.words().note().text("nl").set("");
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

    @Test
    void noMoreThanTheMostChannels() {
        model.load();
        for (int i = 0; i < 70; i++) {
            model.add(ChannelType.CUSTOM);
        }
        assertEquals(Settings.MAX_CHANNELS, store.settings.channels().size());
        assertFalse(model.canAddProperty().get());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void moveUpAndDownChangeTheSavedOrder() {
        model.load();
        model.select(2);
        model.moveUp();
        assertEquals(List.of("phone", "whatsapp", "email", "sms"), savedIds());
        assertEquals(1, model.selectedIndexProperty().get());
        assertEquals("whatsapp", model.channelIdProperty().get());
        model.moveUp();
        model.moveUp(); // already first: nothing
        assertEquals(List.of("whatsapp", "phone", "email", "sms"), savedIds());
        assertFalse(model.canMoveUpProperty().get());
        model.select(3);
        model.moveDown(); // already last
        assertEquals(List.of("whatsapp", "phone", "email", "sms"), savedIds());
        assertFalse(model.canMoveDownProperty().get());
    }

    @Test
    void removeAsksSayingHowMuchOfTheWeekUsesItAndTellsTheApp() {
        model.load();
        model.askRemove();
        assertEquals("‘Telefoon’ verwijderen? 3 onderdelen van je week gebruiken het: het kanaal gaat eruit, en wat alleen dit kanaal had, verdwijnt.",
                model.removalQuestionProperty().get());
        model.cancelRemove();
        assertEquals(4, store.settings.channels().size());
        model.askRemove();
        model.confirmRemove();
        assertEquals(List.of("email", "whatsapp", "sms"), savedIds());
        assertEquals(List.of("phone"), removed);
        assertEquals("email", model.channelIdProperty().get(), "the next one is selected");
        model.askRemove();
        assertEquals("‘E-mail’ verwijderen?", model.removalQuestionProperty().get());
    }

    @Test
    void removingTheLastLeavesAnEmptyDisabledForm() {
        store.settings = store.settings.withChannels(List.of(Channel.of("signal", ChannelType.CUSTOM, "Signal")));
        model.load();
        model.askRemove();
        model.confirmRemove();
        assertEquals(List.of(), savedIds());
        assertFalse(model.editingProperty().get());
        assertEquals("", name("nl").get());
        assertEquals("", name("en").get());
        model.commit(); // nothing to save
        assertEquals(1, store.saves);
    }

    @Test
    void aFailedSaveSaysWhy() {
        BrokenStore failing = new BrokenStore(store.settings, null, new IllegalStateException("disk full"));
        ChannelsViewModel m = new ChannelsViewModel(ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.ENGLISH),
                failing, AMSTERDAM, id -> 0, id -> { }, Runnable::run, Runnable::run);
        m.load();
        m.words().inside().unitProperty().set(PromiseChoice.Unit.MINUTES);
        assertEquals("Could not save: disk full", m.problemProperty().get());
    }

    @Test
    void editsMadeElsewhereArriveButAFieldBeingEditedKeepsWhatWasTyped() {
        model.load();
        model.select(1);
        model.contactProperty().set("anna@"); // being typed
        Channel email = store.settings.channel("email").orElseThrow();
        Channel changed = Channel.of("email", ChannelType.EMAIL, "Mail").withContact("info@bedrijf.nl")
                .withPromises(Promise.within(java.time.Duration.ofHours(4)), email.promiseOutside());
        List<Channel> list = new ArrayList<>(store.settings.channels());
        list.set(1, changed);
        list.add(Channel.of("signal", ChannelType.CUSTOM, "Signal"));
        store.settings = store.settings.withChannels(list);
        model.load();
        assertEquals(5, model.channels().size());
        assertEquals(1, model.selectedIndexProperty().get());
        assertEquals("Mail", name("nl").get());
        assertEquals(4, inside().amountProperty().get());
        assertEquals(PromiseChoice.Unit.HOURS, inside().unitProperty().get());
        assertEquals(Fallback.NONE, model.fallbackProperty().get());
        assertEquals("anna@", model.contactProperty().get(), "not overwritten while being typed");
        int saves = store.saves;
        model.contactProperty().set("anna@bedrijf.nl");
        model.commit();
        assertEquals(saves + 1, store.saves);
        assertEquals("anna@bedrijf.nl", store.settings.channel("email").orElseThrow().contact());
        assertEquals("Mail", store.settings.channel("email").orElseThrow().name());
        assertTrue(store.settings.channel("signal").isPresent());
    }

    @Test
    void aBrokenFileSaysSo() {
        BrokenStore broken = new BrokenStore(store.settings,
                new StoreException("settings.json", 3, "unexpected }"), null);
        ChannelsViewModel m = new ChannelsViewModel(ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.ENGLISH),
                broken, AMSTERDAM, id -> 0, id -> { }, Runnable::run, Runnable::run);
        m.load();
        assertEquals("Could not read the channels: settings.json line 3: unexpected }", m.problemProperty().get());
    }

    @Test
    void withRealThreadsTheFormIsFilledOnlyOnTheUiSideAndTheAppIsToldOnTheIoSide() {
        java.util.ArrayDeque<Runnable> io = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        List<String> told = new ArrayList<>();
        boolean[] onIo = {false};
        ChannelsViewModel m = new ChannelsViewModel(ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.ENGLISH),
                store, AMSTERDAM, id -> 0, id -> {
                    assertTrue(onIo[0], "told on the io side");
                    told.add(id);
                }, io::add, ui::add);
        m.load();
        assertEquals(0, m.channels().size(), "nothing read on the ui side");
        drain(io, onIo);
        drain(ui, null);
        assertEquals(4, m.channels().size());
        m.select(2);
        m.askRemove();
        m.confirmRemove();
        assertEquals(3, m.channels().size(), "gone at once on screen");
        assertEquals(4, store.settings.channels().size(), "written later");
        assertEquals(List.of(), told);
        m.load(); // the folder watcher noticed the change
        drain(io, onIo);
        drain(ui, null);
        assertEquals(List.of("whatsapp"), told);
        assertEquals(List.of("phone", "email", "sms"), savedIds());
        assertEquals(List.of("phone", "email", "sms"), m.channels().stream().map(Channel::id).toList());
        assertEquals("sms", m.channelIdProperty().get(), "the selection stays");
    }

    private static void drain(java.util.ArrayDeque<Runnable> queue, boolean[] flag) {
        while (!queue.isEmpty()) {
            if (flag != null) {
                flag[0] = true;
            }
            queue.poll().run();
            if (flag != null) {
                flag[0] = false;
            }
        }
    }
}
