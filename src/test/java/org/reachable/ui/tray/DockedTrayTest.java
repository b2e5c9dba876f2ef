package org.reachable.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reachable.domain.status.State;

/** The icon docks before the status is known, and the first real menu takes it over. */
class DockedTrayTest {

    /** Records what the desktop was asked to do. */
    static final class RecordingTray implements Tray {
        final boolean supported;
        final List<String> calls = new ArrayList<>();
        Consumer<TrayAction> clicks;

        RecordingTray(boolean supported) {
            this.supported = supported;
        }

        @Override
        public boolean isSupported() {
            return supported;
        }

        @Override
        public void show(TrayMenu menu, Consumer<TrayAction> onAction) {
            calls.add("show " + menu.state() + " " + menu.tooltip());
            clicks = onAction;
        }

        @Override
        public void update(TrayMenu menu) {
            calls.add("update " + menu.state() + " " + menu.tooltip());
        }

        @Override
        public boolean copyText(String text) {
            return true;
        }

        @Override
        public void remove() {
            calls.add("remove");
        }
    }

    private static final TrayMenu STATUS = new TrayMenu(State.FOCUS, "Focus until 11:00", List.of());

    @Test
    void theIconDocksAtOnceSayingItStartsAndTheStatusReplacesItWithoutASecondIcon() {
        RecordingTray desktop = new RecordingTray(true);
        TrayMenu starting = TrayMenuModel.forLocale(Locale.ENGLISH).starting(Optional.of(State.AVAILABLE));
        DockedTray tray = DockedTray.dock(desktop, starting);
        assertEquals(List.of("show AVAILABLE Reachable is starting…"), desktop.calls);

        tray.show(STATUS, action -> { });
        assertEquals(List.of("show AVAILABLE Reachable is starting…", "update FOCUS Focus until 11:00"), desktop.calls);
    }

    @Test
    void aClickWhileStartingOpensTheWindowOnceTheAppIsReady() {
        RecordingTray desktop = new RecordingTray(true);
        DockedTray tray = DockedTray.dock(desktop, TrayMenuModel.forLocale(new Locale("nl")).starting(Optional.empty()));
        desktop.clicks.accept(TrayAction.OPEN); // the icon clicked before the schedule was read
        List<TrayAction> received = new ArrayList<>();

        tray.show(STATUS, received::add);
        assertEquals(List.of(TrayAction.OPEN), received, "the early click is handed over, once");
        desktop.clicks.accept(TrayAction.QUIT);
        assertEquals(List.of(TrayAction.OPEN, TrayAction.QUIT), received);
    }

    @Test
    void theStartingMenuSpeaksTheSystemLanguageAndOffersOpenAndQuit() {
        TrayMenu nl = TrayMenuModel.forLocale(new Locale("nl")).starting(Optional.empty());
        assertEquals("Reachable start op…", nl.tooltip());
        assertTrue(nl.items().contains(new TrayMenu.Action("Reachable openen", TrayAction.OPEN)));
        assertTrue(nl.items().contains(new TrayMenu.Action("Afsluiten", TrayAction.QUIT)));
    }

    @Test
    void withoutATrayNothingDocksAndTheStatusShowsAsBefore() {
        RecordingTray desktop = new RecordingTray(false);
        DockedTray tray = DockedTray.dock(desktop, TrayMenuModel.forLocale(Locale.ENGLISH).starting(Optional.empty()));
        assertEquals(List.of(), desktop.calls);
        tray.show(STATUS, action -> { });
        assertEquals(List.of("show FOCUS Focus until 11:00"), desktop.calls);
    }
}
