package org.reachable.ui.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;

/** The list of channels: load, select, add, move, remove, and how saving fails. */
class ChannelsViewModelTest extends ChannelsModelFixture {

    @Test
    void loadShowsTheChannelsAndSelectsTheFirstWithoutWriting() {
        model.load();
        assertEquals(4, model.channels().size());
        assertEquals(0, model.selectedIndexProperty().get());
        assertEquals("Telefoon", name("nl").get());
        assertEquals("Phone", name("en").get());
        assertEquals(List.of("nl", "en"), model.languages());
        assertEquals(List.of(), model.todos(), "standard names are in both languages");
        assertEquals(ChannelType.PHONE, model.form().typeProperty().get());
        assertEquals(Fallback.VOICEMAIL, model.form().fallbackProperty().get());
        assertEquals(Problem.EMPTY, model.form().contactProblemProperty().get());
        assertTrue(model.form().contactMessageProperty().get().startsWith("Nog niet ingevuld"));
        assertTrue(model.form().editingProperty().get());
        assertFalse(model.canMoveUpProperty().get());
        assertTrue(model.canMoveDownProperty().get());
        assertEquals(0, store.saves);
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
        assertEquals("whatsapp", model.form().channelIdProperty().get());
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
        assertEquals("email", model.form().channelIdProperty().get(), "the next one is selected");
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
        assertFalse(model.form().editingProperty().get());
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
        m.form().words().inside().unitProperty().set(PromiseChoice.Unit.MINUTES);
        assertEquals("Could not save: disk full", m.problemProperty().get());
    }

    @Test
    void editsMadeElsewhereArriveButAFieldBeingEditedKeepsWhatWasTyped() {
        model.load();
        model.select(1);
        model.form().contactProperty().set("anna@"); // being typed
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
        assertEquals(Fallback.NONE, model.form().fallbackProperty().get());
        assertEquals("anna@", model.form().contactProperty().get(), "not overwritten while being typed");
        int saves = store.saves;
        model.form().contactProperty().set("anna@bedrijf.nl");
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
        assertEquals("sms", m.form().channelIdProperty().get(), "the selection stays");
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
