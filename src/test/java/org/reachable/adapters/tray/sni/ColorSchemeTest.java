package org.reachable.adapters.tray.sni;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;
import org.reachable.adapters.dbus.PortalSettings;
import org.reachable.adapters.dbus.SessionBus;

/** The colour scheme read from a settings portal on a private bus: version 2, version 1, none. */
class ColorSchemeTest {

    @TempDir
    Path home;
    private PrivateSessionBus bus;
    private DBusConnection portal;
    private DBusConnection app;

    @BeforeEach
    void startBus() throws Exception {
        PrivateSessionBus.require("dbus", "dbus-daemon");
        bus = PrivateSessionBus.start(home);
        portal = SessionBus.connect(bus.address());
        app = SessionBus.connect(bus.address());
    }

    @AfterEach
    void stop() throws Exception {
        app.disconnect();
        portal.disconnect();
        bus.close();
    }

    @Test
    void aVersion2PortalIsReadWithReadOne() throws Exception {
        portal.exportObject(PortalSettings.PATH, new SniTrayTest.FakePortal(1));
        portal.requestBusName(PortalSettings.NAME);
        assertEquals(Optional.of(ColorScheme.DARK), ColorScheme.read(app));
    }

    /** Version 1 has no ReadOne: its Read's value, wrapped in one more variant. */
    @Test
    void aVersion1PortalIsReadWithRead() throws Exception {
        portal.exportObject(PortalSettings.PATH, new Version1Portal());
        portal.requestBusName(PortalSettings.NAME);
        assertEquals(Optional.of(ColorScheme.LIGHT), ColorScheme.read(app));
    }

    @Test
    void noPortalSaysNothing() {
        assertEquals(Optional.empty(), ColorScheme.read(app));
    }

    @DBusInterfaceName("org.freedesktop.portal.Settings")
    public interface SettingsVersion1 extends DBusInterface {
        Variant<?> Read(String namespace, String key);
    }

    static final class Version1Portal implements SettingsVersion1 {
        @Override
        public Variant<?> Read(String namespace, String key) {
            return new Variant<>(new Variant<>(new UInt32(2)), "v");
        }

        @Override
        public String getObjectPath() {
            return PortalSettings.PATH;
        }
    }
}
