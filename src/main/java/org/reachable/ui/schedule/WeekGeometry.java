package org.reachable.ui.schedule;

import static org.reachable.ui.schedule.WeekGrid.clamp;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.ScrollBar;

/**
 * Where the week grid's minutes and columns are on screen, as the last layout pass left them:
 * the body's rectangle in the grid's coordinates, the column width, the hour height and the
 * scroll position. "Content" coordinates run from the first column's left edge and midnight at
 * 0; the grid's own coordinates add the header, the axis and the scroll position. The skin sets
 * it; the gestures and keys read it to turn the mouse into days and minutes.
 */
final class WeekGeometry {

    /** The rectangle the columns fill, in the grid's coordinates (below the header, right of the axis). */
    record Body(double x, double y, double width, double height) {
    }

    private final DoubleProperty hourHeight;
    private final ScrollBar scrollBar;
    private Body body = new Body(0, 0, 0, 0);

    WeekGeometry(DoubleProperty hourHeight, ScrollBar scrollBar) {
        this.hourHeight = hourHeight;
        this.scrollBar = scrollBar;
    }

    void setBody(Body body) {
        this.body = body;
    }

    Body body() {
        return body;
    }

    boolean hasHeight() {
        return body.height() > 0;
    }

    double columnWidth() {
        return body.width() / 7;
    }

    boolean inBody(double x, double y) {
        return x >= body.x() && x < body.x() + body.width() && y >= body.y() && y < body.y() + body.height();
    }

    /** True above the body or left of it: the header and the axis. */
    boolean beforeBody(double x, double y) {
        return x < body.x() || y < body.y();
    }

    double contentX(double x) {
        return x - body.x();
    }

    double contentY(double y) {
        return y - body.y() + scrollBar.getValue();
    }

    /** The height in content coordinates of {@code minute} after midnight. */
    double y(double minute) {
        return minute * hourHeight.get() / 60.0;
    }

    /** The minute after midnight (not snapped) at a height in content coordinates. */
    double minute(double contentY) {
        return contentY * 60.0 / hourHeight.get();
    }

    int columnAt(double contentX) {
        return (int) clamp(Math.floor(contentX / Math.max(1, columnWidth())), 0, 6);
    }

    // --------------------------------------------------------------------------------- scroll

    double scroll() {
        return scrollBar.getValue();
    }

    /** Scrolls to {@code value} pixels from midnight, kept inside the scroll range. */
    void scrollTo(double value) {
        scrollBar.setValue(clamp(value, 0, scrollBar.getMax()));
    }

    void scrollBy(double pixels) {
        scrollTo(scrollBar.getValue() + pixels);
    }

    /** One page up (-1) or down (1): nine tenths of the view, so a line of context stays. */
    void scrollPage(int direction) {
        scrollBy(direction * body.height() * 0.9);
    }

    /** Scrolls just enough that the piece shows, with half an hour around it where it fits. */
    void ensureVisible(WeekLayout.Piece p) {
        double top = y(p.startMinute());
        double bottom = y(p.endMinute());
        double v = scrollBar.getValue();
        double margin = hourHeight.get() / 2;
        if (top < v + margin) {
            scrollTo(top - margin);
        } else if (bottom > v + body.height() - margin) {
            scrollTo(Math.min(top - margin, bottom - body.height() + margin));
        }
    }
}
