package org.reachable.adapters.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.status.State;

/** What the tray icon shows while it docks: the state status.json last said, only while it still holds. */
class StatusJsonFileTest {

    @TempDir
    Path dir;

    private static final String WRITTEN = "{\"at\":\"2026-12-07T10:14:00Z\",\"state\":\"FOCUS\",\"reason\":\"focus\","
            + "\"until\":\"2026-12-07T12:00:00+01:00\",\"channels\":[{\"id\":\"phone\",\"name\":\"Phone\",\"reachable\":false,"
            + "\"reason\":\"focus\",\"until\":\"2026-12-07T09:00:00Z\"}]}";

    private Optional<State> lastStateAt(String json, String now) throws Exception {
        Path file = dir.resolve("status.json");
        Files.writeString(file, json);
        return StatusJsonFile.lastState(file, Instant.parse(now));
    }

    @Test
    void theLastStateShowsUntilItsNextChange() throws Exception {
        assertEquals(Optional.of(State.FOCUS), lastStateAt(WRITTEN, "2026-12-07T10:59:59Z"));
        assertEquals(Optional.empty(), lastStateAt(WRITTEN, "2026-12-07T11:00:00Z"), "the focus block ended since");
    }

    @Test
    void aStateWithNoChangeAheadHoldsAndAMissingOrForeignFileSaysNothing() throws Exception {
        assertEquals(Optional.of(State.OFF), lastStateAt("{\"at\":\"2026-12-07T10:14:00Z\",\"state\":\"OFF\","
                + "\"reason\":\"day-off\",\"channels\":[]}", "2027-01-01T00:00:00Z"));
        assertEquals(Optional.empty(), lastStateAt("{\"state\":\"ASLEEP\"}", "2026-12-07T10:00:00Z"));
        assertEquals(Optional.empty(), lastStateAt("{\"channels\":[{\"state\":\"FOCUS\"}]}", "2026-12-07T10:00:00Z"));
        assertEquals(Optional.empty(), StatusJsonFile.lastState(dir.resolve("none.json"), Instant.EPOCH));
    }
}
