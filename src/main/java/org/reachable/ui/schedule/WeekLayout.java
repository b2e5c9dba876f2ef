package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Where each block of a week goes, as numbers only (no JavaFX), so that it can be tested and
 * measured on its own: the grid turns these pieces into node positions.
 *
 * <p>A block that crosses midnight becomes two pieces, the second on the next day (Sunday's on
 * Monday, wherever Monday sits in the columns). Within a day, pieces that overlap form a cluster,
 * as in calendar apps: each piece gets the first lane that is free at its start, the cluster's
 * lane count splits the column width, and a piece widens over the lanes to its right that stay
 * free for its whole time (its span), so a short clash does not make a long block narrow.
 *
 * <p>Focus blocks (and days off) do not share lanes with windows: they win over windows, so they
 * span the whole column and are drawn above them ({@link Piece#covers} says when a window lies
 * beneath). Only focus blocks that overlap each other split the column among themselves.
 */
public final class WeekLayout {

    /**
     * One rectangle to draw.
     *
     * @param block                 the block it belongs to
     * @param column                0..6, left to right
     * @param day                   the day of that column
     * @param startMinute           0..1439 within that day
     * @param endMinute             1..1440 within that day
     * @param lane                  0-based lane within its cluster
     * @param lanes                 the cluster's lane count (the column's width divides by it)
     * @param span                  how many lanes it covers, from {@code lane}, at least 1
     * @param continuesFromPrevious the block started the day before (draw a continuation mark on top)
     * @param continuesToNext       the block goes on after midnight (mark at the bottom)
     * @param covers                a focus piece with a window beneath it (the grid leaves that
     *                              window's edge showing)
     */
    public record Piece(WeekBlock block, int column, DayOfWeek day, int startMinute, int endMinute, int lane,
            int lanes, int span, boolean continuesFromPrevious, boolean continuesToNext, boolean covers) {

        public BlockKey key() {
            return block.key();
        }
    }

    private static final Comparator<Piece> BY_TIME = Comparator.comparingInt(Piece::startMinute)
            .thenComparing(Comparator.comparingInt(Piece::endMinute).reversed())
            .thenComparing(p -> p.block().uid());

    private final DayOfWeek firstDay;
    private final List<List<Piece>> columns;
    private final List<Piece> pieces;

    private WeekLayout(DayOfWeek firstDay, List<List<Piece>> columns) {
        this.firstDay = firstDay;
        this.columns = columns;
        List<Piece> all = new ArrayList<>();
        columns.forEach(all::addAll);
        this.pieces = Collections.unmodifiableList(all);
    }

    /** Lays out {@code blocks} in seven columns starting with {@code firstDay}. */
    public static WeekLayout of(List<WeekBlock> blocks, DayOfWeek firstDay) {
        @SuppressWarnings("unchecked")
        List<Piece>[] raw = new List[7];
        for (int i = 0; i < 7; i++) {
            raw[i] = new ArrayList<>();
        }
        for (WeekBlock block : blocks) {
            int column = column(block.day(), firstDay);
            int end = Math.min(block.endMinute(), WeekBlock.DAY);
            boolean spills = block.endMinute() > WeekBlock.DAY;
            raw[column].add(new Piece(block, column, block.day(), block.startMinute(), end, 0, 1, 1, false, spills,
                    false));
            if (spills) {
                DayOfWeek next = block.day().plus(1);
                int nextColumn = column(next, firstDay);
                raw[nextColumn].add(new Piece(block, nextColumn, next, 0, block.endMinute() - WeekBlock.DAY, 0, 1,
                        1, true, false, false));
            }
        }
        List<List<Piece>> columns = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            columns.add(Collections.unmodifiableList(layers(raw[i])));
        }
        return new WeekLayout(firstDay, Collections.unmodifiableList(columns));
    }

    /** The column (0..6) of {@code day} in a week that starts on {@code firstDay}. */
    public static int column(DayOfWeek day, DayOfWeek firstDay) {
        return Math.floorMod(day.getValue() - firstDay.getValue(), 7);
    }

    public DayOfWeek firstDay() {
        return firstDay;
    }

    public DayOfWeek day(int column) {
        return firstDay.plus(column);
    }

    /** The pieces of one column, by start time (longer first when they start together). */
    public List<Piece> column(int column) {
        return columns.get(column);
    }

    /** All pieces, column by column, each column by start time. */
    public List<Piece> pieces() {
        return pieces;
    }

    /** The pieces of one block: one, or two when it crosses midnight (its own day first). */
    public List<Piece> piecesOf(BlockKey key) {
        List<Piece> found = new ArrayList<>(2);
        for (Piece piece : pieces) {
            if (piece.key().equals(key)) {
                if (piece.continuesFromPrevious()) {
                    found.add(piece);
                } else {
                    found.add(0, piece);
                }
            }
        }
        return found;
    }

    /** Windows in lanes of their own, focus blocks in lanes of theirs over them; by time. */
    private static List<Piece> layers(List<Piece> column) {
        List<Piece> windows = new ArrayList<>();
        List<Piece> off = new ArrayList<>();
        for (Piece p : column) {
            (p.block().isOff() ? off : windows).add(p);
        }
        if (off.isEmpty()) {
            return lanes(windows);
        }
        List<Piece> all = new ArrayList<>(lanes(windows));
        for (Piece p : lanes(off)) {
            boolean covers = windows.stream()
                    .anyMatch(w -> w.startMinute() < p.endMinute() && w.endMinute() > p.startMinute());
            all.add(new Piece(p.block(), p.column(), p.day(), p.startMinute(), p.endMinute(), p.lane(), p.lanes(),
                    p.span(), p.continuesFromPrevious(), p.continuesToNext(), covers));
        }
        all.sort(BY_TIME);
        return all;
    }

    /** Sorts pieces of one kind and gives each its lane, lane count and span. */
    private static List<Piece> lanes(List<Piece> column) {
        if (column.isEmpty()) {
            return column;
        }
        Piece[] sorted = column.toArray(new Piece[0]);
        Arrays.sort(sorted, BY_TIME);
        int n = sorted.length;
        int[] lane = new int[n];
        int[] laneEnds = new int[n]; // per lane, the end of its last piece within the current cluster
        List<Piece> out = new ArrayList<>(n);
        int clusterStart = 0;
        int clusterEnd = -1;
        int laneCount = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || sorted[i].startMinute() >= clusterEnd) {
                // the previous cluster is complete: nothing after it overlaps anything in it
                if (i > 0) {
                    finish(sorted, lane, clusterStart, i, laneCount, out);
                }
                if (i == n) {
                    break;
                }
                clusterStart = i;
                clusterEnd = -1;
                laneCount = 0;
            }
            Piece piece = sorted[i];
            int chosen = -1;
            for (int l = 0; l < laneCount; l++) {
                if (laneEnds[l] <= piece.startMinute()) {
                    chosen = l;
                    break;
                }
            }
            if (chosen < 0) {
                chosen = laneCount++;
            }
            lane[i] = chosen;
            laneEnds[chosen] = piece.endMinute();
            clusterEnd = Math.max(clusterEnd, piece.endMinute());
        }
        return out;
    }

    private static void finish(Piece[] sorted, int[] lane, int from, int to, int lanes, List<Piece> out) {
        for (int i = from; i < to; i++) {
            Piece p = sorted[i];
            int span = 1;
            for (int l = lane[i] + 1; l < lanes; l++) {
                if (occupied(sorted, lane, from, to, l, p.startMinute(), p.endMinute())) {
                    break;
                }
                span++;
            }
            out.add(new Piece(p.block(), p.column(), p.day(), p.startMinute(), p.endMinute(), lane[i], lanes, span,
                    p.continuesFromPrevious(), p.continuesToNext(), false));
        }
    }

    private static boolean occupied(Piece[] sorted, int[] lane, int from, int to, int l, int start, int end) {
        for (int j = from; j < to; j++) {
            if (lane[j] == l && sorted[j].startMinute() < end && sorted[j].endMinute() > start) {
                return true;
            }
        }
        return false;
    }
}
