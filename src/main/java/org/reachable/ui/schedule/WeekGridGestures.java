package org.reachable.ui.schedule;

import static org.reachable.ui.schedule.WeekGrid.SNAP;
import static org.reachable.ui.schedule.WeekGrid.clamp;
import static org.reachable.ui.schedule.WeekGrid.floorSnap;
import static org.reachable.ui.schedule.WeekGrid.roundSnap;

import java.time.DayOfWeek;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.reachable.domain.model.EntryKind;

/**
 * The week grid's mouse: draw a block on empty space, move a block, drag its top or bottom edge,
 * double-click to open or to make an hour, the wheel to scroll and Ctrl+wheel to zoom. While a
 * drag runs, a ghost shows where the block would land, with its snapped times; the grid's
 * listener hears of it when the button is released.
 */
final class WeekGridGestures {

    private static final double DRAG_THRESHOLD = 4;
    private static final double EDGE = 5;

    private enum Mode { NONE, CREATE, MOVE, RESIZE_START, RESIZE_END }

    private final WeekGrid grid;
    private final WeekGridSkin skin;
    private final WeekGeometry g;
    private final WeekGridMenu menu;

    // the gesture in progress
    private Mode mode = Mode.NONE;
    private boolean dragging;
    private double pressX;
    private double pressY;
    private int pressColumn;
    private double pressMinute;
    private WeekLayout.Piece pressed;
    private WeekBlock preview;

    WeekGridGestures(WeekGrid grid, WeekGridSkin skin, WeekGridMenu menu) {
        this.grid = grid;
        this.skin = skin;
        this.g = skin.geometry();
        this.menu = menu;
        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        grid.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        grid.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        grid.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        grid.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** True while a button is down on the body (pressed, maybe not yet dragging). */
    boolean isActive() {
        return mode != Mode.NONE;
    }

    boolean isDragging() {
        return dragging;
    }

    private boolean inBody(MouseEvent e) {
        return g.inBody(e.getX(), e.getY());
    }

    private Mode modeAt(int index, double cy) {
        WeekLayout.Piece p = grid.getLayout().pieces().get(index);
        BlockView v = skin.view(index);
        double edge = Math.min(EDGE, v.getHeight() / 4); // a short block must keep a body to grab
        if (!p.continuesFromPrevious() && cy - v.getLayoutY() < edge) {
            return Mode.RESIZE_START;
        }
        if (!p.continuesToNext() && v.getLayoutY() + v.getHeight() - cy < edge) {
            return Mode.RESIZE_END;
        }
        return Mode.MOVE;
    }

    private void hover(MouseEvent e) {
        if (!inBody(e)) {
            grid.setCursor(Cursor.DEFAULT);
            return;
        }
        double cy = g.contentY(e.getY());
        int i = skin.pieceAt(g.contentX(e.getX()), cy);
        Mode m = i < 0 ? Mode.CREATE : modeAt(i, cy);
        grid.setCursor(m == Mode.RESIZE_START ? Cursor.N_RESIZE : m == Mode.RESIZE_END ? Cursor.S_RESIZE
                : Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        if (!inBody(e)) {
            return;
        }
        grid.requestFocus();
        menu.hide();
        double cx = g.contentX(e.getX());
        double cy = g.contentY(e.getY());
        int i = skin.pieceAt(cx, cy);
        if (i >= 0) {
            grid.select(grid.getLayout().pieces().get(i));
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        pressed = i < 0 ? null : grid.getLayout().pieces().get(i);
        // a skipped week's placeholder is not there to move: its menu restores it
        mode = i < 0 ? Mode.CREATE : pressed.block().isSkipped() ? Mode.NONE : modeAt(i, cy);
        dragging = false;
        pressX = e.getX();
        pressY = e.getY();
        pressColumn = g.columnAt(cx);
        pressMinute = g.minute(cy);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            if (pressed != null) {
                skin.markDragged(pressed.key(), true);
            }
        }
        edgeScroll(e.getY());
        double cx = g.contentX(e.getX());
        double cy = g.contentY(e.getY());
        preview = previewAt(g.columnAt(cx), clamp(g.minute(cy), 0, WeekBlock.DAY));
        grid.setCursor(mode == Mode.MOVE ? Cursor.CLOSED_HAND : mode == Mode.RESIZE_START ? Cursor.N_RESIZE
                : mode == Mode.RESIZE_END ? Cursor.S_RESIZE : Cursor.DEFAULT);
        skin.showGhost(preview, mode == Mode.CREATE);
        e.consume();
    }

    /**
     * Near the top or bottom edge while dragging, the view scrolls a little with each mouse move,
     * so a block can be taken to an hour that is out of view. Driven by the moves, not a timer:
     * a running timer keeps the toolkit busy, and a still mouse should not scroll on and on.
     */
    private void edgeScroll(double y) {
        double bodyY = g.body().y();
        double bodyH = g.body().height();
        double zone = Math.min(24, bodyH / 6);
        double step = 0;
        if (y < bodyY + zone) {
            step = -Math.min(zone, bodyY + zone - y) / 2;
        } else if (y > bodyY + bodyH - zone) {
            step = Math.min(zone, y - (bodyY + bodyH - zone)) / 2;
        }
        if (step != 0) {
            g.scrollBy(step);
        }
    }

    /** Where the gesture would land with the mouse at this column and (unsnapped) minute. */
    private WeekBlock previewAt(int column, double minute) {
        DayOfWeek firstDay = grid.getFirstDayOfWeek();
        if (mode == Mode.CREATE) {
            // a pixel of slack: a press on the 10:00 line lands at 10:00 even if the mouse sits a
            // fraction of a pixel above it
            int anchor = floorSnap(pressMinute + g.minute(1));
            int current = roundSnap(minute);
            int start = Math.min(anchor, current);
            int end = Math.max(anchor, current);
            if (end - start < SNAP) {
                end = start + SNAP;
            }
            if (end > WeekBlock.DAY) {
                end = WeekBlock.DAY;
                start = Math.min(start, end - SNAP);
            }
            return new WeekBlock("", firstDay.plus(pressColumn), start, end, EntryKind.WINDOW, "", "", "", false);
        }
        WeekBlock b = pressed.block();
        int ownColumn = WeekLayout.column(b.day(), firstDay);
        if (mode == Mode.MOVE) {
            int start = (int) clamp(roundSnap(b.startMinute() + minute - pressMinute), 0, WeekBlock.DAY - SNAP);
            return b.withTimes(b.day().plus(column - pressColumn), start, start + b.length());
        }
        if (mode == Mode.RESIZE_END) {
            int rel = Math.floorMod(column - ownColumn, 7);
            // the mouse in the next day's column means after midnight; elsewhere, the pressed piece's day
            double frame = rel == 1 ? WeekBlock.DAY
                    : rel == 0 ? 0 : pressed.continuesFromPrevious() ? WeekBlock.DAY : 0;
            int end = (int) clamp(roundSnap(minute + frame), b.startMinute() + SNAP,
                    Math.min(b.startMinute() + WeekBlock.DAY, 2 * WeekBlock.DAY));
            return b.withTimes(b.day(), b.startMinute(), end);
        }
        int start = (int) clamp(roundSnap(minute), 0, Math.min(b.endMinute() - SNAP, WeekBlock.DAY - SNAP));
        return b.withTimes(b.day(), start, b.endMinute());
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY && inBody(e) && !menu.isShowing()) {
            // platforms that send no context-menu event for a right click (Monocle) still get the menu
            menu.showAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (mode == Mode.NONE) {
            return;
        }
        Mode m = mode;
        WeekBlock landed = preview;
        WeekLayout.Piece from = pressed;
        boolean wasDragging = dragging;
        cancel();
        hover(e);
        if (!wasDragging || landed == null) {
            return;
        }
        e.consume();
        WeekGrid.Listener listener = grid.listener();
        if (m == Mode.CREATE) {
            listener.create(landed.day(), landed.startMinute(), landed.endMinute());
            return;
        }
        WeekBlock b = from.block();
        if (m == Mode.MOVE) {
            if (landed.day() != b.day() || landed.startMinute() != b.startMinute()) {
                listener.move(b.key(), landed.day(), landed.startMinute());
                grid.selectedProperty().set(new BlockKey(b.uid(), landed.day(), b.movedFrom()));
            }
        } else if (landed.startMinute() != b.startMinute() || landed.endMinute() != b.endMinute()) {
            listener.resize(b.key(), landed.startMinute(), landed.endMinute());
        }
    }

    private void clicked(MouseEvent e) {
        if (!inBody(e) || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        double cx = g.contentX(e.getX());
        double cy = g.contentY(e.getY());
        int i = skin.pieceAt(cx, cy);
        if (i >= 0) {
            if (e.getClickCount() == 2) {
                BlockKey key = grid.getLayout().pieces().get(i).key();
                grid.listener().open(key.uid(), key.day());
            }
        } else if (e.getClickCount() == 2) {
            // a double-click on empty space makes a one-hour block, as in calendar apps; a single
            // click only clears the selection, so a stray click never adds anything
            int start = Math.min(floorSnap(g.minute(cy)), WeekBlock.DAY - 60);
            grid.listener().create(grid.getFirstDayOfWeek().plus(g.columnAt(cx)), start, start + 60);
        } else {
            grid.selectedProperty().set(null);
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double factor = e.getDeltaY() > 0 ? WeekGrid.ZOOM_STEP : e.getDeltaY() < 0 ? 1 / WeekGrid.ZOOM_STEP : 1;
            skin.zoomAt(factor, e.getY());
        } else {
            g.scrollBy(-e.getDeltaY());
        }
        e.consume();
    }

    /** Ends the gesture without telling anyone (Escape, or the blocks changed under it). */
    void cancel() {
        if (pressed != null) {
            skin.markDragged(pressed.key(), false);
        }
        mode = Mode.NONE;
        dragging = false;
        pressed = null;
        preview = null;
        skin.hideGhost();
    }
}
