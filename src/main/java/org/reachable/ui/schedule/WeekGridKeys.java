package org.reachable.ui.schedule;

import static org.reachable.ui.schedule.WeekGrid.SNAP;
import static org.reachable.ui.schedule.WeekGrid.clamp;
import static org.reachable.ui.schedule.WeekGrid.floorSnap;

import java.time.DayOfWeek;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The week grid's keyboard: arrows choose a block, Ctrl+arrows move it, Shift+Up/Down change its
 * end, Enter opens, Delete deletes, Ctrl+plus/minus/0 zoom, Page Up/Down scroll, Escape drops a
 * drag, Shift+F10 or the menu key open the context menu. Everything the mouse does can be done
 * from here.
 */
final class WeekGridKeys {

    private final WeekGrid grid;
    private final WeekGridSkin skin;
    private final WeekGridGestures gestures;
    private final WeekGridMenu menu;

    WeekGridKeys(WeekGrid grid, WeekGridSkin skin, WeekGridGestures gestures, WeekGridMenu menu) {
        this.grid = grid;
        this.skin = skin;
        this.gestures = gestures;
        this.menu = menu;
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isControlDown() || e.isShortcutDown();
        boolean shift = e.isShiftDown();
        WeekLayout.Piece current = grid.current();
        if (ctrl && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            grid.zoom(WeekGrid.ZOOM_STEP);
        } else if (ctrl && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            grid.zoom(1 / WeekGrid.ZOOM_STEP);
        } else if (ctrl && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            grid.resetZoom();
        } else if (code == KeyCode.ESCAPE && gestures.isActive()) {
            gestures.cancel();
        } else if (code == KeyCode.CONTEXT_MENU || (shift && code == KeyCode.F10)) {
            menu.showForSelection();
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            skin.geometry().scrollPage(code == KeyCode.PAGE_UP ? -1 : 1);
        } else if (isArrow(code)) {
            if (!arrow(code, ctrl, shift)) {
                return;
            }
        } else if (code == KeyCode.ENTER && current != null) {
            grid.listener().open(current.block().uid(), current.block().day());
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && current != null) {
            grid.listener().delete(current.block().key());
        } else {
            return;
        }
        e.consume();
    }

    private static boolean isArrow(KeyCode code) {
        return code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT;
    }

    /** Arrow keys: choose (plain), move (Ctrl), change the end (Shift). False: not handled. */
    private boolean arrow(KeyCode code, boolean ctrl, boolean shift) {
        WeekLayout layout = grid.getLayout();
        WeekLayout.Piece cur = grid.current();
        if (cur == null) {
            if (layout.pieces().isEmpty() || ctrl || shift) {
                return true; // kept: an arrow in the grid should not send the focus elsewhere
            }
            choose(layout.pieces().get(0));
            return true;
        }
        WeekBlock b = cur.block();
        boolean up = code == KeyCode.UP;
        boolean vertical = up || code == KeyCode.DOWN;
        int step = up || code == KeyCode.LEFT ? -1 : 1;
        if (ctrl && vertical) {
            int start = (int) clamp(up ? floorSnap(b.startMinute() - 1) : floorSnap(b.startMinute()) + SNAP, 0,
                    WeekBlock.DAY - SNAP);
            if (start != b.startMinute()) {
                grid.listener().move(b.key(), b.day(), start);
            }
            return true;
        }
        if (ctrl) {
            int column = WeekLayout.column(b.day(), grid.getFirstDayOfWeek()) + step;
            if (column >= 0 && column < 7) { // no wrapping: the block should not jump across the grid
                DayOfWeek to = grid.getFirstDayOfWeek().plus(column);
                grid.listener().move(b.key(), to, b.startMinute());
                grid.select(new BlockKey(b.uid(), to, b.movedFrom()), column);
            }
            return true;
        }
        if (shift && vertical) {
            int end = (int) clamp(up ? floorSnap(b.endMinute() - 1) : floorSnap(b.endMinute()) + SNAP,
                    b.startMinute() + SNAP, Math.min(b.startMinute() + WeekBlock.DAY, 2 * WeekBlock.DAY));
            if (end != b.endMinute()) {
                grid.listener().resize(b.key(), b.startMinute(), end);
            }
            return true;
        }
        if (shift) {
            return false;
        }
        WeekLayout.Piece next = vertical ? besideInColumn(layout, cur, step) : nearestInNextColumn(layout, cur, step);
        if (next != null) {
            choose(next);
        }
        return true;
    }

    /** The piece above or below in the same column, or null. */
    private static WeekLayout.Piece besideInColumn(WeekLayout layout, WeekLayout.Piece cur, int step) {
        List<WeekLayout.Piece> column = layout.column(cur.column());
        int at = column.indexOf(cur);
        return at + step >= 0 && at + step < column.size() ? column.get(at + step) : null;
    }

    /** The piece nearest in time in the first column that has one, going left or right; or null. */
    private static WeekLayout.Piece nearestInNextColumn(WeekLayout layout, WeekLayout.Piece cur, int step) {
        WeekLayout.Piece next = null;
        for (int c = cur.column() + step; c >= 0 && c < 7 && next == null; c += step) {
            for (WeekLayout.Piece p : layout.column(c)) {
                if (next == null || Math.abs(p.startMinute() - cur.startMinute())
                        < Math.abs(next.startMinute() - cur.startMinute())) {
                    next = p;
                }
            }
        }
        return next;
    }

    private void choose(WeekLayout.Piece piece) {
        grid.select(piece);
        skin.geometry().ensureVisible(piece);
    }
}
