package org.reachable.ui.schedule;

import static org.reachable.ui.schedule.WeekGrid.clamp;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;

/**
 * How the {@link WeekGrid} looks (its skin, as CalendarFX calls it): the day header, the time
 * axis, the lines, the blocks, the ghost of a drag, the selection ring and the "now" line, laid
 * out in one pass that also leaves the {@link WeekGeometry} the gestures and keys read. It draws
 * what the grid holds and never changes it.
 *
 * <p>The grid stays a {@code Region} with this class beside it rather than a {@code Control}
 * with a {@code SkinBase}: {@code Control} brings a context-menu handler of its own (it would
 * open the menu over empty space too) and a final {@code getContextMenu()}, and the grid's
 * behaviour was to stay exactly as it was.
 */
final class WeekGridSkin {

    static final double HEADER_HEIGHT = 30;
    static final double AXIS_WIDTH = 58;
    static final double DEFAULT_HOURS_SHOWN = 16;
    private static final int DEFAULT_FIRST_MINUTE = 6 * 60;
    static final double MIN_DEFAULT_HOUR = 24;
    private static final double MAX_HOUR = 200;
    private static final double GAP = 2;
    static final double LABEL_ROOM = 8;
    /** On the selection rings while the grid has the keys (week.css). */
    private static final PseudoClass GRID_FOCUSED = PseudoClass.getPseudoClass("grid-focused");

    private final WeekGrid grid;
    private final DayHeader header;
    private final HourAxis axis;
    private final Pane body = new Pane();
    private final Pane content = new Pane();
    private final Region todayColumn = new Region();
    private final Path hourLines = new Path();
    private final Path halfHourLines = new Path();
    private final Path dayLines = new Path();
    private final BlockLayer blockLayer = new BlockLayer();
    private final Pane ghostLayer = new Pane();
    private final Region nowLine = new Region();
    private final ScrollBar scrollBar = new ScrollBar();
    private final Rectangle bodyClip = new Rectangle();
    private final BlockView[] ghosts = new BlockView[2];
    private final Region[] rings = new Region[2];
    /**
     * The grid's focus border, drawn over it. Not a {@code .week-grid:focused} rule: a pseudo-class
     * that the grid's style depends on makes JavaFX restyle the grid's whole subtree when it
     * changes, and with 200 blocks the press that gives the grid the keys restyled ~1,100 nodes
     * (66 ms of its first pulse at load 12). The frame and the rings change alone.
     */
    private final Region focusFrame = new Region();

    /** Where a drag would land now; null when no drag runs. */
    private WeekBlock ghost;

    private final WeekGeometry geometry;
    private double linesW = -1;
    private double linesH = -1;
    private boolean zoomed;
    private boolean scrolledAtStart;

    WeekGridSkin(WeekGrid grid) {
        this.grid = grid;
        header = new DayHeader(grid.getFirstDayOfWeek(), grid.locale());
        axis = new HourAxis(grid.times());
        todayColumn.getStyleClass().add("today-column");
        todayColumn.setManaged(false);
        hourLines.getStyleClass().add("hour-line");
        halfHourLines.getStyleClass().add("half-hour-line");
        dayLines.getStyleClass().add("day-line");
        for (Path path : List.of(hourLines, halfHourLines, dayLines)) {
            path.setManaged(false);
            path.setMouseTransparent(true);
        }
        nowLine.getStyleClass().add("now-line");
        nowLine.setManaged(false);
        nowLine.setMouseTransparent(true);
        ghostLayer.setManaged(false);
        ghostLayer.setMouseTransparent(true);
        for (int i = 0; i < rings.length; i++) {
            // a ring of its own rather than a border on the block: the block's border already
            // tells kind and warning
            rings[i] = new Region();
            rings[i].getStyleClass().add("selection-ring");
            rings[i].setManaged(false);
            rings[i].setVisible(false);
            ghostLayer.getChildren().add(rings[i]);
        }
        focusFrame.getStyleClass().add("focus-frame");
        focusFrame.setManaged(false);
        focusFrame.setMouseTransparent(true);
        focusFrame.visibleProperty().bind(grid.focusedProperty());
        grid.focusedProperty().addListener((o, was, on) -> {
            for (Region ring : rings) {
                ring.pseudoClassStateChanged(GRID_FOCUSED, on);
            }
        });
        for (int i = 0; i < ghosts.length; i++) {
            ghosts[i] = new BlockView();
            ghosts[i].getStyleClass().add("ghost");
            ghosts[i].setVisible(false);
            ghostLayer.getChildren().add(ghosts[i]);
        }
        content.setManaged(false);
        content.getStyleClass().add("week-body");
        content.getChildren().addAll(todayColumn, halfHourLines, hourLines, dayLines, blockLayer, ghostLayer, nowLine);
        body.setClip(bodyClip);
        body.getChildren().add(content);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setFocusTraversable(false);
        scrollBar.valueProperty().addListener((o, a, b) -> applyScroll());
        geometry = new WeekGeometry(grid.hourHeight, scrollBar);
        body.setManaged(false);
        scrollBar.setManaged(false);
    }

    /** The grid's children, back to front. */
    List<Node> nodes() {
        return List.of(body, axis, header, scrollBar, focusFrame);
    }

    /** Shows these pieces, each in the node it had if it had one. */
    void show(List<WeekLayout.Piece> pieces, BlockKey sel) {
        blockLayer.show(pieces, grid.times(), sel);
    }

    BlockView view(int index) {
        return blockLayer.view(index);
    }

    /** The scroll bar's width: the room right of the columns. */
    double barWidth() {
        return scrollBar.prefWidth(-1);
    }

    // --------------------------------------------------------------------------------- layout

    void layoutIfNeeded() {
        if (grid.isNeedsLayout() || grid.getScene() == null) {
            grid.applyCss();
            grid.layout();
        }
    }

    void layoutChildren() {
        var insets = grid.getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double w = Math.max(0, grid.getWidth() - left - insets.getRight());
        double h = Math.max(0, grid.getHeight() - top - insets.getBottom());
        double barW = scrollBar.prefWidth(-1);
        double bodyX = left + AXIS_WIDTH;
        double bodyY = top + HEADER_HEIGHT;
        double bodyW = Math.max(0, w - AXIS_WIDTH - barW);
        double bodyH = Math.max(0, h - HEADER_HEIGHT);
        geometry.setBody(new WeekGeometry.Body(bodyX, bodyY, bodyW, bodyH));
        double columnW = geometry.columnWidth();
        if (!zoomed) {
            // LABEL_ROOM: the 6:00 and 22:00 labels sit on the view's edges and would be cut in half
            grid.hourHeight.set(clamp((bodyH - 2 * LABEL_ROOM) / DEFAULT_HOURS_SHOWN, MIN_DEFAULT_HOUR, MAX_HOUR));
        }
        double contentH = y(WeekBlock.DAY);
        DayOfWeek today = grid.todayProperty().get();

        focusFrame.resizeRelocate(0, 0, grid.getWidth(), grid.getHeight());
        header.resizeRelocate(left, top, w, HEADER_HEIGHT);
        header.dates(grid.weekStartProperty().get());
        header.place(AXIS_WIDTH, columnW, HEADER_HEIGHT, today);
        axis.resizeRelocate(left, bodyY, AXIS_WIDTH, bodyH);
        axis.place(AXIS_WIDTH, bodyH, this::y);
        body.resizeRelocate(bodyX, bodyY, bodyW, bodyH);
        bodyClip.setWidth(bodyW);
        bodyClip.setHeight(bodyH);
        content.resize(bodyW, contentH);
        scrollBar.resizeRelocate(left + w - barW, bodyY, barW, bodyH);
        scrollBar.setMin(0);
        scrollBar.setMax(Math.max(0, contentH - bodyH));
        scrollBar.setVisibleAmount(scrollBar.getMax() * bodyH / Math.max(1, contentH));
        scrollBar.setUnitIncrement(grid.hourHeight.get() / 2);
        scrollBar.setBlockIncrement(bodyH * 0.9);
        if (!scrolledAtStart && bodyH > 0) {
            scrolledAtStart = true;
            scrollBar.setValue(y(DEFAULT_FIRST_MINUTE) - LABEL_ROOM);
        }
        geometry.scrollTo(scrollBar.getValue());
        applyScroll();

        if (bodyW != linesW || contentH != linesH) {
            linesW = bodyW;
            linesH = contentH;
            drawLines(bodyW, contentH);
        }
        int todayColumnIndex = today == null ? -1 : WeekLayout.column(today, grid.getFirstDayOfWeek());
        todayColumn.setVisible(todayColumnIndex >= 0);
        if (todayColumnIndex >= 0) {
            todayColumn.resizeRelocate(grid.snapPositionX(todayColumnIndex * columnW), 0, grid.snapSizeX(columnW),
                    contentH);
        }
        int now = grid.nowMinuteProperty().get();
        nowLine.setVisible(todayColumnIndex >= 0 && now >= 0 && now < WeekBlock.DAY);
        if (nowLine.isVisible()) {
            nowLine.resizeRelocate(todayColumnIndex * columnW, grid.snapPositionY(y(now)) - 1, columnW, 2);
        }
        List<WeekLayout.Piece> pieces = grid.getLayout().pieces();
        for (int i = 0; i < pieces.size(); i++) {
            place(blockLayer.view(i), pieces.get(i), false);
        }
        placeRings();
        if (ghost != null) {
            placeGhost();
        }
    }

    private void placeRings() {
        BlockKey key = grid.selectedProperty().get();
        int used = 0;
        List<WeekLayout.Piece> pieces = grid.getLayout().pieces();
        for (int i = 0; i < pieces.size() && key != null && used < rings.length; i++) {
            if (pieces.get(i).key().equals(key)) {
                BlockView v = blockLayer.view(i);
                rings[used].resizeRelocate(v.getLayoutX() - 3, v.getLayoutY() - 3, v.getWidth() + 6,
                        v.getHeight() + 6);
                rings[used++].setVisible(true);
            }
        }
        for (int r = used; r < rings.length; r++) {
            rings[r].setVisible(false);
        }
    }

    private void drawLines(double bodyW, double contentH) {
        double columnW = geometry.columnWidth();
        List<PathElement> hours = new ArrayList<>(50);
        List<PathElement> halves = new ArrayList<>(50);
        for (int hr = 1; hr < 24; hr++) {
            double yy = grid.snapPositionY(y(hr * 60.0)) + 0.5; // +0.5: a 1 px stroke on a pixel, not across two
            hours.add(new MoveTo(0, yy));
            hours.add(new LineTo(bodyW, yy));
        }
        for (int hr = 0; hr < 24; hr++) {
            double yy = grid.snapPositionY(y(hr * 60.0 + 30)) + 0.5;
            halves.add(new MoveTo(0, yy));
            halves.add(new LineTo(bodyW, yy));
        }
        List<PathElement> days = new ArrayList<>(16);
        for (int c = 0; c < 7; c++) {
            double xx = grid.snapPositionX(c * columnW) + 0.5;
            days.add(new MoveTo(xx, 0));
            days.add(new LineTo(xx, contentH));
        }
        hourLines.getElements().setAll(hours);
        halfHourLines.getElements().setAll(halves);
        dayLines.getElements().setAll(days);
    }

    /**
     * A window lane is never narrower than this (where the column allows): below it not even the
     * start time fits, so lanes then overlap like cards instead, the later ones on top.
     */
    static final double MIN_LANE = 40;
    /** The edge of a window a focus block covers stays this wide, so it can be seen and clicked. */
    static final double COVERED_EDGE = 12;

    private void place(BlockView view, WeekLayout.Piece p, boolean fullWidth) {
        double columnW = geometry.columnWidth();
        double left = p.column() * columnW;
        double x;
        double w;
        if (fullWidth) {
            x = left + GAP;
            w = columnW * 0.9 - 2 * GAP;
        } else {
            double inner = columnW - (p.covers() ? COVERED_EDGE : 0);
            double laneW = Math.max(Math.min(MIN_LANE, inner), inner / p.lanes());
            double step = p.lanes() > 1 ? Math.min(laneW, (inner - laneW) / (p.lanes() - 1)) : 0;
            x = left + p.lane() * step + GAP;
            w = laneW + (p.span() - 1) * step - 2 * GAP;
        }
        double top = y(p.startMinute()) + 1;
        double h = Math.max(6, y(p.endMinute()) - y(p.startMinute()) - 2);
        view.resizeRelocate(grid.snapPositionX(x), grid.snapPositionY(top), grid.snapSizeX(Math.max(4, w)),
                grid.snapSizeY(h));
    }

    // ------------------------------------------------------------------------- states drawn

    /** Marks the selected block's pieces and rings them. */
    void showSelection(BlockKey key) {
        List<WeekLayout.Piece> pieces = grid.getLayout().pieces();
        for (int i = 0; i < pieces.size(); i++) {
            blockLayer.view(i).pseudoClassStateChanged(BlockView.SELECTED, pieces.get(i).key().equals(key));
        }
        placeRings();
    }

    void markDragged(BlockKey key, boolean on) {
        List<WeekLayout.Piece> pieces = grid.getLayout().pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).key().equals(key)) {
                blockLayer.view(i).pseudoClassStateChanged(BlockView.DRAGGED, on);
            }
        }
    }

    /** Shows where a drag would land, full width in its column(s). */
    void showGhost(WeekBlock landing, boolean create) {
        ghost = landing;
        placeGhost();
        ghosts[0].pseudoClassStateChanged(BlockView.CREATE, create);
        ghosts[1].pseudoClassStateChanged(BlockView.CREATE, create);
    }

    void hideGhost() {
        ghost = null;
        for (BlockView g : ghosts) {
            g.setVisible(false);
        }
    }

    private void placeGhost() {
        List<WeekLayout.Piece> pieces = WeekLayout.of(List.of(ghost), grid.getFirstDayOfWeek()).pieces();
        for (int g = 0; g < ghosts.length; g++) {
            boolean used = g < pieces.size();
            ghosts[g].setVisible(used);
            if (used) {
                ghosts[g].show(pieces.get(g), grid.times(), false);
                place(ghosts[g], pieces.get(g), true);
            }
        }
    }

    // --------------------------------------------------------------------- scroll and zoom

    private void applyScroll() {
        double v = scrollBar.getValue();
        content.relocate(0, -v);
        axis.scrollTo(v);
    }

    void scrollToMinute(int minute) {
        layoutIfNeeded();
        geometry.scrollTo(y(minute));
    }

    void zoomAt(double factor, double atY) {
        layoutIfNeeded();
        double anchorMinute = geometry.minute(geometry.contentY(atY));
        double min = Math.max(12, geometry.body().height() / 24); // at most zoomed out, the whole day fits
        double next = clamp(grid.hourHeight.get() * factor, min, MAX_HOUR);
        if (next == grid.hourHeight.get()) {
            return;
        }
        zoomed = true;
        grid.hourHeight.set(next);
        grid.requestLayout();
        grid.layout();
        geometry.scrollTo(y(anchorMinute) - (atY - geometry.body().y()));
    }

    /** Zooms keeping the middle of the view in place. */
    void zoom(double factor) {
        zoomAt(factor, geometry.body().y() + geometry.body().height() / 2);
    }

    void resetZoom() {
        zoomed = false;
        grid.requestLayout();
    }

    // ------------------------------------------------------------------------------ geometry

    WeekGeometry geometry() {
        return geometry;
    }

    private double y(double minute) {
        return geometry.y(minute);
    }

    /** The piece drawn at a point (content coordinates), topmost first; -1 on empty space. */
    int pieceAt(double cx, double cy) {
        return blockLayer.pieceAt(cx, cy);
    }
}
