package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The toolkit's pulse, stopped while the window process waits hidden: no pulse at all (an
 * animation that asks for every one gets none) until it starts again. Under Monocle here; on the
 * desktop the same timer object is GTK's (docs/footprint.md has the wake-ups it saves).
 */
@ExtendWith(ApplicationExtension.class)
class IdlePulseTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("a window"), 200, 100));
        stage.show();
    }

    @Test
    void noPulseWhileStoppedAndPulsesAgainOnceStarted(FxRobot robot) throws Exception {
        AtomicInteger frames = new AtomicInteger();
        AnimationTimer everyPulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        };
        AtomicReference<IdlePulse> pulse = new AtomicReference<>();
        robot.interact(() -> {
            pulse.set(IdlePulse.ofToolkit());
            everyPulse.start();
        });
        try {
            robot.interact(() -> assertTrue(pulse.get().available(), "the toolkit's timer is reachable"));
            assertTrue(framesWithin(frames, 5000), "pulses while the window shows");

            robot.interact(() -> pulse.get().stop());
            robot.interact(() -> assertFalse(pulse.get().running()));
            int stopped = frames.get();
            Thread.sleep(400); // 24 pulses at the toolkit's 60 a second
            assertEquals(stopped, frames.get(), "no pulse while stopped, though an animation asks for each");

            robot.interact(() -> pulse.get().start());
            assertTrue(framesWithin(frames, 5000), "pulses again once started");
        } finally {
            robot.interact(() -> {
                everyPulse.stop();
                pulse.get().start(); // the other tests in this JVM need their pulse
            });
        }
    }

    private static boolean framesWithin(AtomicInteger frames, long millis) throws InterruptedException {
        int before = frames.get();
        long until = System.nanoTime() + millis * 1_000_000;
        while (frames.get() < before + 3 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        return frames.get() >= before + 3;
    }
}
