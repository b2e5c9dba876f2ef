package org.reachable.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/** The one-door rule catches each way out it names, not only the one the app uses today. */
class OutboundRuleTest {

    static final class OwnClient {
        Object open() {
            return HttpClient.newHttpClient();
        }
    }

    static final class OwnSocket {
        void open() throws IOException {
            try (Socket socket = new Socket("example.org", 443)) {
                socket.getOutputStream().flush();
            }
        }
    }

    static final class OwnUrl {
        void open() throws IOException {
            try (InputStream in = new URL("https://example.org/").openStream()) {
                in.read();
            }
        }
    }

    @Test
    void aClassThatOpensItsOwnConnectionBreaksTheRule() {
        for (Class<?> sneaky : new Class<?>[] {OwnClient.class, OwnSocket.class, OwnUrl.class}) {
            JavaClasses classes = new ClassFileImporter().importClasses(sneaky);
            AssertionError e = assertThrows(AssertionError.class, () -> LayersTest.onlyOutboundConnects.check(classes),
                    sneaky.getSimpleName() + " passed");
            assertTrue(e.getMessage().contains("Outbound"), e.getMessage());
        }
    }
}
