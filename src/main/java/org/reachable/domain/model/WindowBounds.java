package org.reachable.domain.model;

/**
 * Where the main window was, in screen coordinates, so it opens there again.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, positive
 * @param height height, positive
 */
public record WindowBounds(double x, double y, double width, double height) {

    public WindowBounds {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new InvalidScheduleException("A window needs a finite position and a positive size, not "
                    + x + "," + y + " " + width + "x" + height);
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }
}
