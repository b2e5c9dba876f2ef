package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;

/**
 * GNOME's banners switched through real gsettings and dconf, on a private bus with the config
 * folder in a temp dir: the developer's own dconf database is never written.
 */
class GnomeBannersTest {

    @TempDir
    Path home;
    private PrivateSessionBus bus;
    private Path before;

    @BeforeEach
    void start() throws Exception {
        PrivateSessionBus.require("libglib2.0-bin gsettings-desktop-schemas dconf-service dconf-gsettings-backend",
                "gsettings", "dbus-run-session");
        bus = PrivateSessionBus.start(home);
        before = home.resolve("data").resolve("banners-before-focus");
        if (!banners(before).isAvailable()) {
            PrivateSessionBus.missing("gsettings-desktop-schemas dconf-service dconf-gsettings-backend",
                    "GNOME's notification settings schema or dconf");
        }
    }

    @AfterEach
    void stop() throws Exception {
        bus.close();
    }

    private String banners() throws Exception {
        return bus.run("gsettings", "get", GnomeBanners.SCHEMA, GnomeBanners.KEY);
    }

    private GnomeBanners banners(Path file) {
        return new GnomeBanners(bus.environment(), file);
    }

    @Test
    void bannersAreOffDuringFocusAndBackAfter() throws Exception {
        GnomeBanners silence = banners(before);
        assertEquals("true", banners());

        silence.silence("Focus until 11:00");
        assertEquals("false", banners());
        // written to the private dconf database, not somewhere else
        assertTrue(Files.exists(home.resolve("config/dconf/user")));

        silence.restore();
        assertEquals("true", banners());
        assertFalse(Files.exists(before));
    }

    @Test
    void aUserWhoTurnsBannersOnDuringFocusKeepsThatAfterwards() throws Exception {
        GnomeBanners silence = banners(before);
        silence.silence("Focus");
        bus.run("gsettings", "set", GnomeBanners.SCHEMA, GnomeBanners.KEY, "true");
        bus.run("gsettings", "set", GnomeBanners.SCHEMA, GnomeBanners.KEY, "true");
        silence.restore();
        assertEquals("true", banners());
    }

    @Test
    void bannersTheUserHadOffStayOffAfterFocus() throws Exception {
        bus.run("gsettings", "set", GnomeBanners.SCHEMA, GnomeBanners.KEY, "false");
        GnomeBanners silence = banners(before);
        silence.silence("Focus");
        silence.restore();
        assertEquals("false", banners());
        assertFalse(Files.exists(before));
    }

    @Test
    void aRunKilledDuringFocusIsUndoneAtTheNextStart() throws Exception {
        banners(before).silence("Focus"); // and then the process dies: no restore
        assertEquals("false", banners());

        GnomeBanners nextStart = banners(before);
        nextStart.recover();
        assertEquals("true", banners());
    }

    @Test
    void silencingTwiceRemembersTheUsersValueNotOurs() throws Exception {
        GnomeBanners silence = banners(before);
        silence.silence("Focus until 11:00");
        silence.silence("Focus until 12:00");
        silence.restore();
        assertEquals("true", banners());
    }
}
