package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A burst of requests runs its last one once, the delay after the last; on a clock the test moves. */
class DebouncerTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private final List<String> ran = new ArrayList<>();
    private final Debouncer debouncer = new Debouncer(time, time, Duration.ofMillis(250), Runnable::run);

    @Test
    void aBurstRunsOnlyItsLastRequestOnceTheDelayAfterTheLast() {
        debouncer.accept(() -> ran.add("first"));
        time.advance(Duration.ofMillis(200));
        debouncer.accept(() -> ran.add("second"));
        time.advance(Duration.ofMillis(200));
        debouncer.accept(() -> ran.add("third"));
        time.advance(Duration.ofMillis(249));
        assertEquals(List.of(), ran, "the burst may still go on");
        assertEquals(1, time.pending().size(), "one waiting run, not one per request");
        time.advance(Duration.ofMillis(1));
        assertEquals(List.of("third"), ran);
        time.advance(Duration.ofSeconds(10));
        assertEquals(List.of("third"), ran, "once");
    }

    @Test
    void stopForgetsWhatWaits() {
        debouncer.accept(() -> ran.add("x"));
        debouncer.stop();
        time.advance(Duration.ofSeconds(1));
        assertEquals(List.of(), ran);
        assertEquals(List.of(), time.pending());
    }

    @Test
    void aTimerThatFiredAsANewerRequestCameDoesNotRunTheOlderOne() {
        List<Runnable> ui = new ArrayList<>();
        Debouncer onUi = new Debouncer(time, time, Duration.ofMillis(250), ui::add);
        onUi.accept(() -> ran.add("old"));
        time.advance(Duration.ofMillis(250)); // the timer fired; its run waits in the UI queue...
        onUi.accept(() -> ran.add("new")); // ...when the user edits again
        time.advance(Duration.ofMillis(250));
        ui.forEach(Runnable::run);
        assertEquals(List.of("new"), ran);
    }
}
