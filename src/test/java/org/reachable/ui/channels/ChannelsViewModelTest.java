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

    private List<String> savedIds() {
        return store.settings.channels().stream().map(Channel::id).toList();
    }

    @Test
    void loadShowsTheChannelsAndSelectsTheFirstWithoutWriting() {
        model.load();
        assertEquals(4, model.channels().size());
        assertEquals(0, model.selectedIndexProperty().get());
        assertEquals("Telefoon", model.nameProperty().get());
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
        model.promiseInsideProperty().set("binnen 3 uur");
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
        model.nameProperty().set("Mail"); // typed, not committed
        model.revert();
        assertEquals("", model.contactProperty().get(), "Escape drops the refused detail");
        assertEquals("E-mail", model.nameProperty().get());
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
        model.urgentConditionProperty().set("alleen voor reizigers die vastzitten");
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
        assertEquals("Telefoon", model.nameProperty().get(), "another channel has the usual WhatsApp name");
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
        model.nameProperty().set("Werktelefoon");
        model.commit();
        model.typeProperty().set(ChannelType.PHONE);
        assertEquals("Werktelefoon", store.settings.channels().get(0).name("nl"));
        assertEquals(ChannelType.PHONE, store.settings.channels().get(0).type());
    }

    @Test
    void anEmptyNameIsRefusedWithAMessage() {
        model.load();
        model.nameProperty().set("  ");
        model.commit();
        assertFalse(model.nameMessageProperty().get().isEmpty());
        assertEquals("Telefoon", store.settings.channel("phone").orElseThrow().name("nl"));
        model.nameProperty().set("Mobiel");
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
        assertEquals("Telefoon 2", model.nameProperty().get());
        assertEquals(4, model.selectedIndexProperty().get());
        assertEquals("binnen een uur", model.promiseInsideProperty().get());
        model.add(ChannelType.PHONE);
        assertEquals("telefoon-2", savedIds().get(5));
        assertEquals("Telefoon 3", store.settings.channels().get(5).name());
        model.add(ChannelType.CUSTOM);
        assertEquals("ander-kanaal", savedIds().get(6));
        assertEquals(ChannelType.CUSTOM, store.settings.channels().get(6).type());
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
        assertEquals("", model.nameProperty().get());
        model.commit(); // nothing to save
        assertEquals(1, store.saves);
    }

    @Test
    void aFailedSaveSaysWhy() {
        BrokenStore failing = new BrokenStore(store.settings, null, new IllegalStateException("disk full"));
        ChannelsViewModel m = new ChannelsViewModel(ResourceBundle.getBundle(ChannelsView.BUNDLE, Locale.ENGLISH),
                failing, AMSTERDAM, id -> 0, id -> { }, Runnable::run, Runnable::run);
        m.load();
        m.promiseInsideProperty().set("within 5 minutes");
        m.commit();
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
        assertEquals("Mail", model.nameProperty().get());
        assertEquals("binnen vier uur", model.promiseInsideProperty().get());
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
