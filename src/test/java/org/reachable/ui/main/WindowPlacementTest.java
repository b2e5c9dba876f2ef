package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.WindowBounds;

/** Plain rectangles: a laptop screen, and a second monitor to its right that may be gone. */
class WindowPlacementTest {

    private static final WindowBounds LAPTOP = new WindowBounds(0, 0, 1920, 1040);
    private static final WindowBounds MONITOR = new WindowBounds(1920, 0, 2560, 1400);
    private static final WindowBounds PREFERRED = new WindowBounds(0, 0, 780, 560);

    @Test
    void aWindowOnAScreenThatIsThereStaysWhereItWas() {
        WindowBounds saved = new WindowBounds(2200, 300, 900, 700);
        assertEquals(saved, WindowPlacement.place(saved, List.of(LAPTOP, MONITOR), LAPTOP, PREFERRED));
    }

    @Test
    void aWindowOnAMonitorThatIsGoneOpensInTheMiddleOfThePrimaryScreen() {
        WindowBounds saved = new WindowBounds(2200, 300, 900, 700);
        assertEquals(new WindowBounds(510, 170, 900, 700),
                WindowPlacement.place(saved, List.of(LAPTOP), LAPTOP, PREFERRED));
    }

    @Test
    void aWindowThatBarelyPeeksOutCountsAsGone() {
        assertFalse(WindowPlacement.onAScreen(new WindowBounds(1900, 100, 800, 600), List.of(LAPTOP)),
                "20 px at the right edge is too little to grab");
        assertTrue(WindowPlacement.onAScreen(new WindowBounds(1700, 100, 800, 600), List.of(LAPTOP)));
        assertFalse(WindowPlacement.onAScreen(new WindowBounds(100, -500, 800, 600), List.of(LAPTOP)),
                "its title bar above the screen");
        assertFalse(WindowPlacement.onAScreen(new WindowBounds(100, 1030, 800, 600), List.of(LAPTOP)));
    }

    @Test
    void aWindowAcrossTwoScreensCountsIfEitherShowsEnough() {
        assertTrue(WindowPlacement.onAScreen(new WindowBounds(1500, 100, 900, 600), List.of(LAPTOP, MONITOR)));
        assertTrue(WindowPlacement.onAScreen(new WindowBounds(1500, 100, 900, 600), List.of(MONITOR)));
    }

    @Test
    void nothingSavedCentresThePreferredSizeAndABigWindowShrinksToTheScreen() {
        assertEquals(new WindowBounds(570, 240, 780, 560), WindowPlacement.place(null, List.of(LAPTOP), LAPTOP, PREFERRED));
        WindowBounds small = new WindowBounds(0, 0, 1280, 720);
        assertEquals(new WindowBounds(0, 0, 1280, 720),
                WindowPlacement.place(new WindowBounds(3000, 0, 2000, 1300), List.of(small), small, PREFERRED));
    }
}
