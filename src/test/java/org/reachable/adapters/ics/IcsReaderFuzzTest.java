package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneId;
import org.reachable.domain.port.StoreException;

/**
 * Whatever bytes a schedule file holds, the reader either reads them or refuses them with the
 * app's own "cannot read" problem, naming the file and (where there is one) the line: never
 * another exception, which the app would show as a crash and after which it could not say what to
 * fix. Every run replays the corpus under src/test/resources (seeds plus what fuzzing found);
 * {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration} (.ci/run does, for a minute).
 */
class IcsReaderFuzzTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @FuzzTest(maxDuration = "60s")
    void theReaderOnlyEverRefusesWithItsOwnProblem(byte[] file) {
        try {
            IcsCodec.read(file, "schedule.ics", AMSTERDAM);
        } catch (StoreException refused) {
            String message = refused.getMessage();
            assertTrue(message != null && message.startsWith("schedule.ics"), message);
        }
    }
}
