package org.reachable.adapters.keyring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.PrivateSessionBus;

/**
 * The password kept by a real GNOME Keyring: a daemon of the test's own, unlocked with a test
 * password on a private session bus, its keyring files in the test's temp folder. The user's own
 * keyring is never reached (HOME, XDG_* and the bus address all point into the temp folder).
 */
class SecretServiceKeyringTest {

    @TempDir
    Path home;

    @Test
    void aPasswordKeptIsFoundAgainAndAReplacedOneReplacesIt() throws Exception {
        PrivateSessionBus.require("gnome-keyring", "gnome-keyring-daemon");
        try (PrivateSessionBus bus = PrivateSessionBus.start(home)) {
            // --unlock reads the keyring's password on standard input and makes the login keyring with it
            bus.run("sh", "-c", "printf %s test-keyring-password | gnome-keyring-daemon --unlock --components=secrets");
            bus.awaitOwner(SecretApi.BUS_NAME);
            SecretServiceKeyring keyring = new SecretServiceKeyring(bus.address());
            assertTrue(SecretServiceKeyring.isAvailable(bus.address()));
            assertEquals(Optional.empty(), keyring.find("https://dav.example/", "anna"));

            keyring.store("https://dav.example/", "anna", "first-pässword");
            keyring.store("https://other.example/", "anna", "other");
            assertEquals(Optional.of("first-pässword"), keyring.find("https://dav.example/", "anna"));
            keyring.store("https://dav.example/", "anna", "second");
            assertEquals(Optional.of("second"), keyring.find("https://dav.example/", "anna"));
            assertEquals(Optional.of("other"), keyring.find("https://other.example/", "anna"));
            assertEquals(Optional.empty(), keyring.find("https://dav.example/", "bob"));

            assertTrue(Files.exists(home.resolve("data/keyrings/login.keyring")), "the test's own keyring file");
            assertFalse(Files.readString(home.resolve("data/keyrings/login.keyring"), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("second"), "kept encrypted");
        }
    }

    @Test
    void withNoSecretServiceOnTheBusItSaysSo() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(home)) {
            assertFalse(SecretServiceKeyring.isAvailable(bus.address()));
        }
    }
}
