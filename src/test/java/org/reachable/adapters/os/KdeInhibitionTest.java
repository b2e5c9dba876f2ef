package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;
import org.reachable.adapters.dbus.Notifications;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.DesktopSilence;

/** KDE's do-not-disturb against a fake Plasma notification server on a private bus. */
class KdeInhibitionTest {

    @TempDir
    Path home;
    private PrivateSessionBus bus;
    private DBusConnection serverConnection;
    private final FakePlasma plasma = new FakePlasma();

    /** Records what a client asks; like Plasma, an inhibition ends with UnInhibit or the caller's connection. */
    static final class FakePlasma implements Notifications {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public List<String> GetCapabilities() {
            return List.of("body", "actions", Notifications.INHIBITIONS);
        }

        @Override
        public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
            calls.add("Notify " + summary);
            return new UInt32(1);
        }

        @Override
        public UInt32 Inhibit(String desktopEntry, String reason, Map<String, Variant<?>> hints) {
            calls.add("Inhibit " + desktopEntry + " " + reason);
            return new UInt32(42);
        }

        @Override
        public void UnInhibit(UInt32 cookie) {
            calls.add("UnInhibit " + cookie);
        }

        @Override
        public String getObjectPath() {
            return Notifications.PATH;
        }
    }

    @BeforeEach
    void start() throws Exception {
        bus = PrivateSessionBus.start(home);
        serverConnection = SessionBus.connect(bus.address());
        serverConnection.exportObject(Notifications.PATH, plasma);
        serverConnection.requestBusName(Notifications.NAME);
    }

    @AfterEach
    void stop() throws Exception {
        serverConnection.disconnect();
        bus.close();
    }

    @Test
    void focusHoldsAnInhibitionThatEndsWithIt() {
        assertTrue(KdeInhibition.isAvailable(bus.address()));
        KdeInhibition silence = new KdeInhibition(bus.address());
        silence.silence("Focus until 11:00");
        silence.silence("Focus until 11:00"); // a repeat asks nothing new
        assertEquals(List.of("Inhibit reachable Focus until 11:00"), plasma.calls);
        silence.restore();
        silence.restore();
        assertEquals(List.of("Inhibit reachable Focus until 11:00", "UnInhibit 42"), plasma.calls);
    }

    @Test
    void plasmaIsChosenOnKdeAndNothingWhereNoServerTakesInhibitions() throws Exception {
        Map<String, String> kde = Map.of("XDG_CURRENT_DESKTOP", "KDE", "DBUS_SESSION_BUS_ADDRESS", bus.address());
        assertTrue(DesktopSilences.forDesktop(kde, home.resolve("before")) instanceof KdeInhibition);
        serverConnection.releaseBusName(Notifications.NAME);
        assertEquals(DesktopSilence.NONE, DesktopSilences.forDesktop(kde, home.resolve("before")));
        assertFalse(KdeInhibition.isAvailable(bus.address()));
    }
}
