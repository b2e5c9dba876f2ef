package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    /** What the user's own dconf database holds for the key: "" when the user never set it (the default applies). */
    private String usersOwnValue() throws Exception {
        return bus.run("dconf", "read", "/org/gnome/desktop/notifications/show-banners").strip();
    }

    @Test
    void aUserWhoChangesTheSettingDuringFocusWinsAndReachableWritesNothingOverIt() throws Exception {
        PrivateSessionBus.require("dconf-cli", "dconf");
        GnomeBanners silence = banners(before);
        silence.silence("Focus");
        assertEquals("false", usersOwnValue());
        // the user puts banners back to GNOME's default during focus (the key is no longer set)
        bus.run("gsettings", "reset", GnomeBanners.SCHEMA, GnomeBanners.KEY);
        assertEquals("", usersOwnValue());

        silence.restore();
        assertEquals("", usersOwnValue(), "the user's choice (the default) stands: Reachable wrote no value of its own");
        assertEquals("true", banners());
        assertFalse(Files.exists(before));
    }

    @Test
    void aUserWhoTurnsBannersOnDuringFocusKeepsThemOnAndReachableDoesNotSwitchThemOffAgain() throws Exception {
        GnomeBanners silence = banners(before);
        silence.silence("Focus until 11:00");
        bus.run("gsettings", "set", GnomeBanners.SCHEMA, GnomeBanners.KEY, "true");
        silence.silence("Focus until 12:00"); // the next focus block, straight after the first
        assertEquals("true", banners(), "the user's change during focus is not fought");
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
    void anAppKilledWithSigkillDuringFocusHasBannersBackAtTheNextStart() throws Exception {
        Map<String, String> gnome = new HashMap<>(bus.environment());
        gnome.put("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BannersKilledChild.class.getName(), before.toString())
                .redirectErrorStream(true);
        child.environment().putAll(gnome);
        Files.createDirectories(before.getParent());
        Process app = child.start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("silenced")) {
                // the JVM's own start-up chatter, if any
            }
            assertEquals("false", banners(), "off during focus");
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no restore
            assertTrue(app.waitFor(10, TimeUnit.SECONDS));
        } finally {
            app.destroyForcibly(); // a failed assertion above must not leave the child waiting
        }
        assertEquals(137, app.exitValue(), "killed by SIGKILL");
        assertEquals("false", banners(), "left off by the killed run");

        DesktopSilences.forDesktop(gnome, before); // the next start
        assertEquals("true", banners());
        assertFalse(Files.exists(before));
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
