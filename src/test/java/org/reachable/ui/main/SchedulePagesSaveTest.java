package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.service.Debouncer;
import org.reachable.domain.service.FakeTime;

/** The window's save delay as SchedulePages wires it: a quarter second after the last edit, on the UI thread. */
class SchedulePagesSaveTest {

    @Test
    void theEditorSavesAQuarterSecondAfterTheLastEditOnTheUiThread() {
        FakeTime time = new FakeTime(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        List<Runnable> uiQueue = new ArrayList<>();
        List<String> saved = new ArrayList<>();
        Debouncer save = SchedulePages.saveDebouncer(time, time, uiQueue::add);

        save.accept(() -> saved.add("drag 1"));
        time.advance(Duration.ofMillis(100));
        save.accept(() -> saved.add("drag 2"));
        time.advance(Duration.ofMillis(249));
        assertEquals(List.of(), uiQueue, "still dragging");
        time.advance(Duration.ofMillis(1));
        assertEquals(1, uiQueue.size(), "handed to the UI thread, not run on the timer's");
        assertEquals(List.of(), saved);
        uiQueue.remove(0).run();
        assertEquals(List.of("drag 2"), saved);
    }
}
