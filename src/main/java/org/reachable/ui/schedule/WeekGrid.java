package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.geometry.Side;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.reachable.domain.model.EntryKind;

/**
 * The week of the schedule editor as a calendar: seven day columns (the locale's first day
 * first), a time axis, and the weekly blocks, which a person draws, moves and resizes with the
 * mouse or the keyboard, snapped to 15 minutes.
 *
 * <p>The grid holds no data of its own: it shows what {@link #setBlocks} gave it and tells the
 * {@link Listener} what the user did when the gesture ends (mouse release, key press). While a
 * drag runs, a ghost shows where the block would land, with its snapped times; the editor
 * changes its data and calls {@code setBlocks} again.
 *
 * <p>Where things go is computed by {@link WeekLayout} (plain Java, measured on its own); this
 * class only turns pieces into positions. Block nodes are pooled and reused across
 * {@code setBlocks} calls, because building and styling hundreds of labels again on every change
 * is what would make an edit stutter. Nothing here runs a timer: the "now" line is set from
 * outside ({@link #nowMinuteProperty()}) because a running animation keeps the toolkit awake.
 *
 * <p>Coordinates: "content" coordinates run from the first column's left edge and midnight at 0;
 * {@link #pointAt}, {@link #blockBounds}, {@link #dayAt} and {@link #minuteAt} translate between
 * them and this region's own coordinates (for tests and for the editor placing popups).
 */
public final class WeekGrid extends Region {

    /** What the user asked for. The grid calls these on the FX thread, never changing data itself. */
    public interface Listener {
        /** Dragged over empty space (or double-clicked it: one hour). */
        void create(DayOfWeek day, int startMinute, int endMinute);

        /** Dragged a block (or Ctrl+arrows): same length, new start, maybe another day. */
        void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute);

        /** Dragged the top or bottom edge (or Shift+Up/Down); end may exceed 1440. */
        void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute);

        /** Double-click, Enter, or "Edit…". */
        void open(String uid, DayOfWeek day);

        /** "Copy to other days…". */
        void duplicate(String uid, DayOfWeek day);

        /** "Delete" or the Delete key. */
        void delete(String uid, DayOfWeek day);
    }

    public static final int SNAP = 15;
    public static final String BUNDLE = "org.reachable.ui.schedule.WeekGrid";
    static final String CSS = WeekGrid.class.getResource("week.css").toExternalForm();

    private static final double HEADER_HEIGHT = 30;
    private static final double AXIS_WIDTH = 58;
    private static final double DRAG_THRESHOLD = 4;
    private static final double EDGE = 5;
    private static final double DEFAULT_HOURS_SHOWN = 16;
    private static final int DEFAULT_FIRST_MINUTE = 6 * 60;
    private static final double MIN_DEFAULT_HOUR = 24;
    private static final double MAX_HOUR = 200;
    private static final double GAP = 2;
    private static final double LABEL_ROOM = 8;

    private static final PseudoClass WINDOW = PseudoClass.getPseudoClass("window");
    private static final PseudoClass FOCUS = PseudoClass.getPseudoClass("focus");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FROM_PREVIOUS = PseudoClass.getPseudoClass("from-previous");
    private static final PseudoClass TO_NEXT = PseudoClass.getPseudoClass("to-next");
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    private static final PseudoClass CREATE = PseudoClass.getPseudoClass("create");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");

    private static final Listener NOBODY = new Listener() {
        @Override
        public void create(DayOfWeek day, int startMinute, int endMinute) {
        }

        @Override
        public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
        }

        @Override
        public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
        }

        @Override
        public void open(String uid, DayOfWeek day) {
        }

        @Override
        public void duplicate(String uid, DayOfWeek day) {
        }

        @Override
        public void delete(String uid, DayOfWeek day) {
        }
    };

    private enum Mode { NONE, CREATE, MOVE, RESIZE_START, RESIZE_END }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DayOfWeek firstDay;
    private final WeekTimes times;
    private final ObjectProperty<BlockKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DayOfWeek> today = new SimpleObjectProperty<>(this, "today");
    private final IntegerProperty nowMinute = new SimpleIntegerProperty(this, "nowMinute", -1);
    private final ReadOnlyDoubleWrapper hourHeight = new ReadOnlyDoubleWrapper(this, "hourHeight", 36);
    private Listener listener = NOBODY;

    private final Pane header = new Pane();
    private final Label[] dayLabels = new Label[7];
    private final Pane axis = new Pane();
    private final Pane axisContent = new Pane();
    private final Label[] hourLabels = new Label[24];
    private final Pane body = new Pane();
    private final Pane content = new Pane();
    private final Region todayColumn = new Region();
    private final Path hourLines = new Path();
    private final Path halfHourLines = new Path();
    private final Path dayLines = new Path();
    private final Pane blockLayer = new Pane();
    private final Pane ghostLayer = new Pane();
    private final Region nowLine = new Region();
    private final ScrollBar scrollBar = new ScrollBar();
    private final Rectangle bodyClip = new Rectangle();
    private final Rectangle axisClip = new Rectangle();
    private final ContextMenu menu = new ContextMenu();
    private final BlockView[] ghosts = new BlockView[2];
    private final Region[] rings = new Region[2];

    private List<WeekBlock> blocks = List.of();
    private WeekLayout layout;
    /** The view of each piece of {@link #layout}, index for index. */
    private List<BlockView> views = List.of();
    /** The same views by what they show, so that the next setBlocks gives a piece its old node back. */
    private Map<PieceId, BlockView> byPiece = new HashMap<>();
    private final ArrayDeque<BlockView> free = new ArrayDeque<>();

    private record PieceId(String uid, DayOfWeek day, boolean continuation) {
        static PieceId of(WeekLayout.Piece p) {
            return new PieceId(p.block().uid(), p.block().day(), p.continuesFromPrevious());
        }
    }

    // geometry of the last layout pass
    private double bodyX;
    private double bodyY;
    private double bodyW;
    private double bodyH;
    private double columnW;
    private double linesW = -1;
    private double linesH = -1;
    private boolean zoomed;
    private boolean scrolledAtStart;
    private int selectedColumn = -1;

    // the gesture in progress
    private Mode mode = Mode.NONE;
    private boolean dragging;
    private double pressX;
    private double pressY;
    private int pressColumn;
    private double pressMinute;
    private WeekLayout.Piece pressed;
    private WeekBlock preview;
    private BlockKey menuKey;

    public WeekGrid(ResourceBundle bundle, Locale locale) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        this.times = new WeekTimes(locale);
        this.layout = WeekLayout.of(blocks, firstDay);
        getStyleClass().add("week-grid");
        getStylesheets().add(CSS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleHelp(bundle.getString("a11y.help"));
        setAccessibleText(bundle.getString("a11y.none"));

        header.getStyleClass().add("week-header");
        for (int c = 0; c < 7; c++) {
            DayOfWeek day = firstDay.plus(c);
            Label label = new Label(day.getDisplayName(TextStyle.SHORT, locale));
            label.setAccessibleText(day.getDisplayName(TextStyle.FULL, locale));
            label.getStyleClass().add("day-name");
            label.setAlignment(Pos.CENTER);
            label.setManaged(false);
            dayLabels[c] = label;
            header.getChildren().add(label);
        }
        axis.getStyleClass().add("week-axis");
        axis.setClip(axisClip);
        axis.getChildren().add(axisContent);
        for (int h = 0; h < 24; h++) {
            Label label = new Label(times.hour(h));
            label.getStyleClass().add("hour-label");
            label.setManaged(false);
            label.setVisible(h > 0); // the 0:00 line is the top edge: its label would be cut in half
            hourLabels[h] = label;
            axisContent.getChildren().add(label);
        }
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
        blockLayer.setManaged(false);
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
        for (Region r : List.of(header, axis, body)) {
            r.setManaged(false);
        }
        scrollBar.setManaged(false);
        getChildren().addAll(body, axis, header, scrollBar);

        MenuItem edit = new MenuItem(bundle.getString("menu.edit"));
        edit.setOnAction(e -> withMenuKey(k -> listener.open(k.uid(), k.day())));
        MenuItem copy = new MenuItem(bundle.getString("menu.copy"));
        copy.setOnAction(e -> withMenuKey(k -> listener.duplicate(k.uid(), k.day())));
        MenuItem delete = new MenuItem(bundle.getString("menu.delete"));
        delete.setOnAction(e -> withMenuKey(k -> listener.delete(k.uid(), k.day())));
        menu.getItems().addAll(edit, copy, delete);
        menu.getStyleClass().add("week-menu");

        selected.addListener((o, a, b) -> selectionChanged());
        today.addListener((o, a, b) -> requestLayout());
        nowMinute.addListener((o, a, b) -> requestLayout());

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
    }

    /** The bundle for {@code locale}: the grid's texts (menu, accessibility). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    // ------------------------------------------------------------------------------------ API

    /** Shows these blocks (replacing the previous ones); keeps the selection, scroll and zoom. */
    public void setBlocks(List<WeekBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        this.layout = WeekLayout.of(this.blocks, firstDay);
        List<WeekLayout.Piece> pieces = layout.pieces();
        // Each piece keeps the node it had (same block, same day): an edit then touches one or two
        // nodes, not all of them, and an unchanged node needs no new text, style or layout. Order
        // in the layer does not matter: pieces of one cluster sit in separate lanes and never overlap.
        Map<PieceId, BlockView> previous = byPiece;
        byPiece = new HashMap<>(pieces.size() * 2);
        BlockView[] placed = new BlockView[pieces.size()];
        for (int i = 0; i < placed.length; i++) {
            PieceId id = PieceId.of(pieces.get(i));
            BlockView v = previous.remove(id);
            if (v != null) {
                placed[i] = v;
                byPiece.put(id, v);
            }
        }
        free.addAll(previous.values());
        BlockKey sel = selected.get();
        for (int i = 0; i < placed.length; i++) {
            WeekLayout.Piece piece = pieces.get(i);
            if (placed[i] == null) {
                placed[i] = free.poll();
                if (placed[i] == null) {
                    placed[i] = new BlockView();
                    blockLayer.getChildren().add(placed[i]);
                }
                byPiece.putIfAbsent(PieceId.of(piece), placed[i]);
            }
            placed[i].show(piece, times, piece.key().equals(sel));
            placed[i].setVisible(true);
        }
        for (BlockView unused : free) {
            // hidden rather than removed: taking nodes out and back in restyles them
            unused.setVisible(false);
        }
        views = Arrays.asList(placed);
        if (dragging) {
            cancelGesture(); // the block under the mouse may be gone
        }
        updateAccessibleText();
        requestLayout();
    }

    public List<WeekBlock> getBlocks() {
        return blocks;
    }

    /** The selected block; shared with the editor's table. Never cleared by {@link #setBlocks}. */
    public ObjectProperty<BlockKey> selectedProperty() {
        return selected;
    }

    public void setListener(Listener listener) {
        this.listener = listener == null ? NOBODY : listener;
    }

    /** The day whose column is highlighted (null: none). */
    public ObjectProperty<DayOfWeek> todayProperty() {
        return today;
    }

    /** Minute of the day of the "now" line on today's column; -1 hides it. Set it from outside (no timer here). */
    public IntegerProperty nowMinuteProperty() {
        return nowMinute;
    }

    /** Pixels per hour; the user changes it with Ctrl+scroll, Ctrl+plus/minus, Ctrl+0 resets it. */
    public ReadOnlyDoubleProperty hourHeightProperty() {
        return hourHeight.getReadOnlyProperty();
    }

    public DayOfWeek getFirstDayOfWeek() {
        return firstDay;
    }

    /** The layout of the blocks shown now (pieces, lanes). */
    public WeekLayout getLayout() {
        return layout;
    }

    /** Zooms by {@code factor} keeping the middle of the view in place. */
    public void zoom(double factor) {
        zoomAt(factor, bodyY + bodyH / 2);
    }

    /** Back to the default: 16 hours fill the view. */
    public void resetZoom() {
        zoomed = false;
        requestLayout();
    }

    /** Scrolls so that {@code minute} is at the top of the view. */
    public void scrollToMinute(int minute) {
        layoutIfNeeded();
        scrollBar.setValue(clamp(y(minute), scrollBar.getMin(), scrollBar.getMax()));
    }

    /** The middle of {@code day}'s column at {@code minute}, in this region's coordinates. */
    public Point2D pointAt(DayOfWeek day, double minute) {
        layoutIfNeeded();
        int column = WeekLayout.column(day, firstDay);
        return new Point2D(bodyX + (column + 0.5) * columnW, bodyY + y(minute) - scrollBar.getValue());
    }

    /** Where the block's first piece is drawn now, in this region's coordinates. */
    public Optional<Bounds> blockBounds(BlockKey key) {
        layoutIfNeeded();
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            WeekLayout.Piece p = pieces.get(i);
            if (p.key().equals(key) && !p.continuesFromPrevious()) {
                BlockView v = views.get(i);
                return Optional.of(new BoundingBox(bodyX + v.getLayoutX(),
                        bodyY + v.getLayoutY() - scrollBar.getValue(), v.getWidth(), v.getHeight()));
            }
        }
        return Optional.empty();
    }

    /** The day of the column under {@code x} (this region's coordinates), empty outside the columns. */
    public Optional<DayOfWeek> dayAt(double x) {
        if (x < bodyX || x >= bodyX + bodyW || columnW <= 0) {
            return Optional.empty();
        }
        return Optional.of(firstDay.plus(columnAt(x - bodyX)));
    }

    /** The minute of the day (not snapped, 0..1440) under {@code y} (this region's coordinates). */
    public double minuteAt(double y) {
        return clamp(minute(y - bodyY + scrollBar.getValue()), 0, WeekBlock.DAY);
    }

    // ---------------------------------------------------------------------------------- layout

    private void layoutIfNeeded() {
        if (isNeedsLayout() || getScene() == null) {
            applyCss();
            layout();
        }
    }

    // Sizes: the children are unmanaged, so Region's defaults would make the grid 2 px small in a
    // VBox; these give the editor a week that reads well (16 hours of 36 px, columns of 100 px).
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + AXIS_WIDTH + 7 * 100 + scrollBar.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + HEADER_HEIGHT + DEFAULT_HOURS_SHOWN * 36 + 2 * LABEL_ROOM + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + AXIS_WIDTH + 7 * 36 + scrollBar.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + HEADER_HEIGHT + 4 * MIN_DEFAULT_HOUR + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        var insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double w = Math.max(0, getWidth() - left - insets.getRight());
        double h = Math.max(0, getHeight() - top - insets.getBottom());
        double barW = scrollBar.prefWidth(-1);
        bodyX = left + AXIS_WIDTH;
        bodyY = top + HEADER_HEIGHT;
        bodyW = Math.max(0, w - AXIS_WIDTH - barW);
        bodyH = Math.max(0, h - HEADER_HEIGHT);
        columnW = bodyW / 7;
        if (!zoomed) {
            // LABEL_ROOM: the 6:00 and 22:00 labels sit on the view's edges and would be cut in half
            hourHeight.set(clamp((bodyH - 2 * LABEL_ROOM) / DEFAULT_HOURS_SHOWN, MIN_DEFAULT_HOUR, MAX_HOUR));
        }
        double contentH = y(WeekBlock.DAY);

        header.resizeRelocate(left, top, w, HEADER_HEIGHT);
        for (int c = 0; c < 7; c++) {
            dayLabels[c].resizeRelocate(snapPositionX(AXIS_WIDTH + c * columnW), 0, snapSizeX(columnW), HEADER_HEIGHT);
            dayLabels[c].pseudoClassStateChanged(TODAY, firstDay.plus(c) == today.get());
        }
        axis.resizeRelocate(left, bodyY, AXIS_WIDTH, bodyH);
        axisClip.setWidth(AXIS_WIDTH);
        axisClip.setHeight(bodyH);
        for (int hr = 0; hr < 24; hr++) {
            Label label = hourLabels[hr];
            double lh = label.prefHeight(-1);
            label.resizeRelocate(0, snapPositionY(y(hr * 60.0) - lh / 2), AXIS_WIDTH - 8, lh);
        }
        body.resizeRelocate(bodyX, bodyY, bodyW, bodyH);
        bodyClip.setWidth(bodyW);
        bodyClip.setHeight(bodyH);
        content.resize(bodyW, contentH);
        scrollBar.resizeRelocate(left + w - barW, bodyY, barW, bodyH);
        scrollBar.setMin(0);
        scrollBar.setMax(Math.max(0, contentH - bodyH));
        scrollBar.setVisibleAmount(scrollBar.getMax() * bodyH / Math.max(1, contentH));
        scrollBar.setUnitIncrement(hourHeight.get() / 2);
        scrollBar.setBlockIncrement(bodyH * 0.9);
        if (!scrolledAtStart && bodyH > 0) {
            scrolledAtStart = true;
            scrollBar.setValue(y(DEFAULT_FIRST_MINUTE) - LABEL_ROOM);
        }
        scrollBar.setValue(clamp(scrollBar.getValue(), 0, scrollBar.getMax()));
        applyScroll();

        if (bodyW != linesW || contentH != linesH) {
            linesW = bodyW;
            linesH = contentH;
            drawLines(contentH);
        }
        int todayColumnIndex = today.get() == null ? -1 : WeekLayout.column(today.get(), firstDay);
        todayColumn.setVisible(todayColumnIndex >= 0);
        if (todayColumnIndex >= 0) {
            todayColumn.resizeRelocate(snapPositionX(todayColumnIndex * columnW), 0, snapSizeX(columnW), contentH);
        }
        int now = nowMinute.get();
        nowLine.setVisible(todayColumnIndex >= 0 && now >= 0 && now < WeekBlock.DAY);
        if (nowLine.isVisible()) {
            nowLine.resizeRelocate(todayColumnIndex * columnW, snapPositionY(y(now)) - 1, columnW, 2);
        }
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            place(views.get(i), pieces.get(i), false);
        }
        placeRings();
        if (preview != null) {
            placeGhost();
        }
    }

    private void placeRings() {
        BlockKey key = selected.get();
        int used = 0;
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size() && key != null && used < rings.length; i++) {
            if (pieces.get(i).key().equals(key)) {
                BlockView v = views.get(i);
                rings[used].resizeRelocate(v.getLayoutX() - 3, v.getLayoutY() - 3, v.getWidth() + 6,
                        v.getHeight() + 6);
                rings[used++].setVisible(true);
            }
        }
        for (int r = used; r < rings.length; r++) {
            rings[r].setVisible(false);
        }
    }

    private void drawLines(double contentH) {
        List<PathElement> hours = new ArrayList<>(50);
        List<PathElement> halves = new ArrayList<>(50);
        for (int hr = 1; hr < 24; hr++) {
            double yy = snapPositionY(y(hr * 60.0)) + 0.5; // +0.5: a 1 px stroke on a pixel, not across two
            hours.add(new MoveTo(0, yy));
            hours.add(new LineTo(bodyW, yy));
        }
        for (int hr = 0; hr < 24; hr++) {
            double yy = snapPositionY(y(hr * 60.0 + 30)) + 0.5;
            halves.add(new MoveTo(0, yy));
            halves.add(new LineTo(bodyW, yy));
        }
        List<PathElement> days = new ArrayList<>(16);
        for (int c = 0; c < 7; c++) {
            double xx = snapPositionX(c * columnW) + 0.5;
            days.add(new MoveTo(xx, 0));
            days.add(new LineTo(xx, contentH));
        }
        hourLines.getElements().setAll(hours);
        halfHourLines.getElements().setAll(halves);
        dayLines.getElements().setAll(days);
    }

    private void place(BlockView view, WeekLayout.Piece p, boolean fullWidth) {
        double laneW = columnW / (fullWidth ? 1 : p.lanes());
        double x = p.column() * columnW + (fullWidth ? 0 : p.lane() * laneW) + GAP;
        double w = Math.max(4, (fullWidth ? 1 : p.span()) * laneW - 2 * GAP - (fullWidth ? columnW * 0.1 : 0));
        double top = y(p.startMinute()) + 1;
        double h = Math.max(6, y(p.endMinute()) - y(p.startMinute()) - 2);
        view.resizeRelocate(snapPositionX(x), snapPositionY(top), snapSizeX(w), snapSizeY(h));
    }

    private void applyScroll() {
        double v = scrollBar.getValue();
        content.relocate(0, -v);
        axisContent.relocate(0, -v);
    }

    private double y(double minute) {
        return minute * hourHeight.get() / 60.0;
    }

    private double minute(double contentY) {
        return contentY * 60.0 / hourHeight.get();
    }

    private int columnAt(double contentX) {
        return (int) clamp(Math.floor(contentX / Math.max(1, columnW)), 0, 6);
    }

    // ----------------------------------------------------------------------------------- mouse

    private boolean inBody(MouseEvent e) {
        return e.getX() >= bodyX && e.getX() < bodyX + bodyW && e.getY() >= bodyY && e.getY() < bodyY + bodyH;
    }

    /** The piece drawn at a point (content coordinates), topmost first; null on empty space. */
    private int pieceAt(double cx, double cy) {
        for (int i = layout.pieces().size() - 1; i >= 0; i--) {
            BlockView v = views.get(i);
            if (cx >= v.getLayoutX() && cx < v.getLayoutX() + v.getWidth() && cy >= v.getLayoutY()
                    && cy < v.getLayoutY() + v.getHeight()) {
                return i;
            }
        }
        return -1;
    }

    private Mode modeAt(int index, double cy) {
        WeekLayout.Piece p = layout.pieces().get(index);
        BlockView v = views.get(index);
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
            setCursor(Cursor.DEFAULT);
            return;
        }
        double cx = e.getX() - bodyX;
        double cy = e.getY() - bodyY + scrollBar.getValue();
        int i = pieceAt(cx, cy);
        Mode m = i < 0 ? Mode.CREATE : modeAt(i, cy);
        setCursor(m == Mode.RESIZE_START ? Cursor.N_RESIZE : m == Mode.RESIZE_END ? Cursor.S_RESIZE : Cursor.DEFAULT);
    }

    private void pressed(MouseEvent e) {
        if (!inBody(e)) {
            return;
        }
        requestFocus();
        menu.hide();
        double cx = e.getX() - bodyX;
        double cy = e.getY() - bodyY + scrollBar.getValue();
        int i = pieceAt(cx, cy);
        if (i >= 0) {
            select(layout.pieces().get(i));
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.NONE;
            return;
        }
        pressed = i < 0 ? null : layout.pieces().get(i);
        mode = i < 0 ? Mode.CREATE : modeAt(i, cy);
        dragging = false;
        pressX = e.getX();
        pressY = e.getY();
        pressColumn = columnAt(cx);
        pressMinute = minute(cy);
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
                markDragged(pressed.key(), true);
            }
        }
        edgeScroll(e.getY());
        double cx = e.getX() - bodyX;
        double cy = e.getY() - bodyY + scrollBar.getValue();
        preview = previewAt(columnAt(cx), clamp(minute(cy), 0, WeekBlock.DAY));
        setCursor(mode == Mode.MOVE ? Cursor.CLOSED_HAND : mode == Mode.RESIZE_START ? Cursor.N_RESIZE
                : mode == Mode.RESIZE_END ? Cursor.S_RESIZE : Cursor.DEFAULT);
        showGhost();
        e.consume();
    }

    /**
     * Near the top or bottom edge while dragging, the view scrolls a little with each mouse move,
     * so a block can be taken to an hour that is out of view. Driven by the moves, not a timer:
     * a running timer keeps the toolkit busy, and a still mouse should not scroll on and on.
     */
    private void edgeScroll(double y) {
        double zone = Math.min(24, bodyH / 6);
        double step = 0;
        if (y < bodyY + zone) {
            step = -Math.min(zone, bodyY + zone - y) / 2;
        } else if (y > bodyY + bodyH - zone) {
            step = Math.min(zone, y - (bodyY + bodyH - zone)) / 2;
        }
        if (step != 0) {
            scrollBar.setValue(clamp(scrollBar.getValue() + step, 0, scrollBar.getMax()));
        }
    }

    /** Where the gesture would land with the mouse at this column and (unsnapped) minute. */
    private WeekBlock previewAt(int column, double minute) {
        if (mode == Mode.CREATE) {
            // a pixel of slack: a press on the 10:00 line lands at 10:00 even if the mouse sits a
            // fraction of a pixel above it
            int anchor = floorSnap(pressMinute + minute(1));
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
            DayOfWeek day = b.day().plus(column - pressColumn);
            return new WeekBlock(b.uid(), day, start, start + b.length(), b.kind(), b.label(), b.channels(),
                    b.description(), b.warning());
        }
        if (mode == Mode.RESIZE_END) {
            int rel = Math.floorMod(column - ownColumn, 7);
            // the mouse in the next day's column means after midnight; elsewhere, the pressed piece's day
            double frame = rel == 1 ? WeekBlock.DAY
                    : rel == 0 ? 0 : pressed.continuesFromPrevious() ? WeekBlock.DAY : 0;
            int end = (int) clamp(roundSnap(minute + frame), b.startMinute() + SNAP,
                    Math.min(b.startMinute() + WeekBlock.DAY, 2 * WeekBlock.DAY));
            return new WeekBlock(b.uid(), b.day(), b.startMinute(), end, b.kind(), b.label(), b.channels(),
                    b.description(), b.warning());
        }
        int start = (int) clamp(roundSnap(minute), 0, Math.min(b.endMinute() - SNAP, WeekBlock.DAY - SNAP));
        return new WeekBlock(b.uid(), b.day(), start, b.endMinute(), b.kind(), b.label(), b.channels(),
                b.description(), b.warning());
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY && inBody(e) && !menu.isShowing()) {
            // platforms that send no context-menu event for a right click (Monocle) still get the menu
            showMenuAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            return;
        }
        if (mode == Mode.NONE) {
            return;
        }
        Mode m = mode;
        WeekBlock landed = preview;
        WeekLayout.Piece from = pressed;
        boolean wasDragging = dragging;
        cancelGesture();
        hover(e);
        if (!wasDragging || landed == null) {
            return;
        }
        e.consume();
        if (m == Mode.CREATE) {
            listener.create(landed.day(), landed.startMinute(), landed.endMinute());
            return;
        }
        WeekBlock b = from.block();
        if (m == Mode.MOVE) {
            if (landed.day() != b.day() || landed.startMinute() != b.startMinute()) {
                listener.move(b.uid(), b.day(), landed.day(), landed.startMinute());
                selected.set(new BlockKey(b.uid(), landed.day()));
            }
        } else if (landed.startMinute() != b.startMinute() || landed.endMinute() != b.endMinute()) {
            listener.resize(b.uid(), b.day(), landed.startMinute(), landed.endMinute());
        }
    }

    private void clicked(MouseEvent e) {
        if (!inBody(e) || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        double cx = e.getX() - bodyX;
        double cy = e.getY() - bodyY + scrollBar.getValue();
        int i = pieceAt(cx, cy);
        if (i >= 0) {
            if (e.getClickCount() == 2) {
                BlockKey key = layout.pieces().get(i).key();
                listener.open(key.uid(), key.day());
            }
        } else if (e.getClickCount() == 2) {
            // a double-click on empty space makes a one-hour block, as in calendar apps; a single
            // click only clears the selection, so a stray click never adds anything
            int start = Math.min(floorSnap(minute(cy)), WeekBlock.DAY - 60);
            listener.create(firstDay.plus(columnAt(cx)), start, start + 60);
        } else {
            selected.set(null);
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            zoomAt(e.getDeltaY() > 0 ? 1.15 : e.getDeltaY() < 0 ? 1 / 1.15 : 1, e.getY());
        } else {
            scrollBar.setValue(clamp(scrollBar.getValue() - e.getDeltaY(), 0, scrollBar.getMax()));
        }
        e.consume();
    }

    private void zoomAt(double factor, double atY) {
        layoutIfNeeded();
        double anchorMinute = minute(atY - bodyY + scrollBar.getValue());
        double min = Math.max(12, bodyH / 24); // at most zoomed out, the whole day fits
        double next = clamp(hourHeight.get() * factor, min, MAX_HOUR);
        if (next == hourHeight.get()) {
            return;
        }
        zoomed = true;
        hourHeight.set(next);
        requestLayout();
        layout();
        scrollBar.setValue(clamp(y(anchorMinute) - (atY - bodyY), 0, scrollBar.getMax()));
    }

    private void showGhost() {
        placeGhost();
        ghosts[0].pseudoClassStateChanged(CREATE, mode == Mode.CREATE);
        ghosts[1].pseudoClassStateChanged(CREATE, mode == Mode.CREATE);
    }

    private void placeGhost() {
        List<WeekLayout.Piece> pieces = WeekLayout.of(List.of(preview), firstDay).pieces();
        for (int g = 0; g < ghosts.length; g++) {
            boolean used = g < pieces.size();
            ghosts[g].setVisible(used);
            if (used) {
                ghosts[g].show(pieces.get(g), times, false);
                place(ghosts[g], pieces.get(g), true);
            }
        }
    }

    private void cancelGesture() {
        if (pressed != null) {
            markDragged(pressed.key(), false);
        }
        mode = Mode.NONE;
        dragging = false;
        pressed = null;
        preview = null;
        for (BlockView g : ghosts) {
            g.setVisible(false);
        }
    }

    private void markDragged(BlockKey key, boolean on) {
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).key().equals(key)) {
                views.get(i).pseudoClassStateChanged(DRAGGED, on);
            }
        }
    }

    // ---------------------------------------------------------------------------- context menu

    private void contextMenu(ContextMenuEvent e) {
        if (e.isKeyboardTrigger()) {
            showMenuForSelection();
        } else {
            showMenuAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private void showMenuAt(double x, double y, double screenX, double screenY) {
        if (x < bodyX || y < bodyY) {
            return;
        }
        int i = pieceAt(x - bodyX, y - bodyY + scrollBar.getValue());
        if (i >= 0) {
            select(layout.pieces().get(i));
            menuKey = layout.pieces().get(i).key();
            menu.show(this, screenX, screenY);
        }
    }

    private void showMenuForSelection() {
        BlockKey key = selected.get();
        Optional<Bounds> bounds = key == null ? Optional.empty() : blockBounds(key);
        if (bounds.isEmpty()) {
            return;
        }
        menuKey = key;
        Point2D at = localToScreen(bounds.get().getMinX() + 8, Math.max(bodyY, bounds.get().getMinY()) + 8);
        if (at != null) {
            menu.show(this, at.getX(), at.getY());
        } else {
            menu.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void withMenuKey(java.util.function.Consumer<BlockKey> action) {
        if (menuKey != null) {
            action.accept(menuKey);
        }
    }

    /** The context menu (for tests and for adding items). */
    public ContextMenu getContextMenu() {
        return menu;
    }

    // -------------------------------------------------------------------------------- keyboard

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isControlDown() || e.isShortcutDown();
        boolean shift = e.isShiftDown();
        if (ctrl && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            zoom(1.15);
        } else if (ctrl && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            zoom(1 / 1.15);
        } else if (ctrl && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            resetZoom();
        } else if (code == KeyCode.ESCAPE && mode != Mode.NONE) {
            cancelGesture();
        } else if (code == KeyCode.CONTEXT_MENU || (shift && code == KeyCode.F10)) {
            showMenuForSelection();
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            scrollBar.setValue(clamp(scrollBar.getValue() + (code == KeyCode.PAGE_UP ? -1 : 1) * bodyH * 0.9, 0,
                    scrollBar.getMax()));
        } else if (isArrow(code)) {
            if (!arrow(code, ctrl, shift)) {
                return;
            }
        } else if (code == KeyCode.ENTER && current() != null) {
            listener.open(current().block().uid(), current().block().day());
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && current() != null) {
            listener.delete(current().block().uid(), current().block().day());
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
        WeekLayout.Piece cur = current();
        if (cur == null) {
            if (layout.pieces().isEmpty() || ctrl || shift) {
                return true; // kept: an arrow in the grid should not send the focus elsewhere
            }
            select(layout.pieces().get(0));
            ensureVisible(layout.pieces().get(0));
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
                listener.move(b.uid(), b.day(), b.day(), start);
            }
            return true;
        }
        if (ctrl) {
            int column = WeekLayout.column(b.day(), firstDay) + step;
            if (column >= 0 && column < 7) { // no wrapping: the block should not jump across the grid
                DayOfWeek to = firstDay.plus(column);
                listener.move(b.uid(), b.day(), to, b.startMinute());
                selectedColumn = column;
                selected.set(new BlockKey(b.uid(), to));
            }
            return true;
        }
        if (shift && vertical) {
            int end = (int) clamp(up ? floorSnap(b.endMinute() - 1) : floorSnap(b.endMinute()) + SNAP,
                    b.startMinute() + SNAP, Math.min(b.startMinute() + WeekBlock.DAY, 2 * WeekBlock.DAY));
            if (end != b.endMinute()) {
                listener.resize(b.uid(), b.day(), b.startMinute(), end);
            }
            return true;
        }
        if (shift) {
            return false;
        }
        WeekLayout.Piece next = null;
        if (vertical) {
            List<WeekLayout.Piece> column = layout.column(cur.column());
            int at = column.indexOf(cur);
            if (at + step >= 0 && at + step < column.size()) {
                next = column.get(at + step);
            }
        } else {
            for (int c = cur.column() + step; c >= 0 && c < 7 && next == null; c += step) {
                for (WeekLayout.Piece p : layout.column(c)) {
                    if (next == null || Math.abs(p.startMinute() - cur.startMinute())
                            < Math.abs(next.startMinute() - cur.startMinute())) {
                        next = p;
                    }
                }
            }
        }
        if (next != null) {
            select(next);
            ensureVisible(next);
        }
        return true;
    }

    /** The piece the keyboard works on: the selected block's, in the column last chosen. */
    private WeekLayout.Piece current() {
        BlockKey key = selected.get();
        if (key == null) {
            return null;
        }
        WeekLayout.Piece first = null;
        for (WeekLayout.Piece p : layout.pieces()) {
            if (p.key().equals(key)) {
                if (p.column() == selectedColumn) {
                    return p;
                }
                if (first == null || !p.continuesFromPrevious()) {
                    first = first == null || first.continuesFromPrevious() ? p : first;
                }
            }
        }
        return first;
    }

    private void select(WeekLayout.Piece piece) {
        selectedColumn = piece.column();
        selected.set(piece.key());
    }

    private void ensureVisible(WeekLayout.Piece p) {
        double top = y(p.startMinute());
        double bottom = y(p.endMinute());
        double v = scrollBar.getValue();
        double margin = hourHeight.get() / 2;
        if (top < v + margin) {
            scrollBar.setValue(clamp(top - margin, 0, scrollBar.getMax()));
        } else if (bottom > v + bodyH - margin) {
            scrollBar.setValue(clamp(Math.min(top - margin, bottom - bodyH + margin), 0, scrollBar.getMax()));
        }
    }

    private void selectionChanged() {
        BlockKey key = selected.get();
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            views.get(i).pseudoClassStateChanged(SELECTED, pieces.get(i).key().equals(key));
        }
        placeRings();
        WeekLayout.Piece cur = current();
        if (cur != null && bodyH > 0 && mode == Mode.NONE) {
            ensureVisible(cur); // chosen in the editor's table: show it here too
        }
        updateAccessibleText();
    }

    private void updateAccessibleText() {
        WeekLayout.Piece cur = current();
        if (cur == null) {
            setAccessibleText(bundle.getString("a11y.none"));
        } else {
            String day = cur.block().day().getDisplayName(TextStyle.FULL, locale);
            String range = times.range(cur.block().startMinute(), cur.block().endMinute());
            String about = cur.block().description().isEmpty() ? cur.block().label() : cur.block().description();
            setAccessibleText(new MessageFormat(bundle.getString("a11y.selected"), locale)
                    .format(new Object[] {day, range, about}));
        }
    }

    // ---------------------------------------------------------------------------------- helpers

    private static int floorSnap(double minute) {
        return (int) Math.floor(minute / SNAP) * SNAP;
    }

    private static int roundSnap(double minute) {
        return (int) Math.round(minute / SNAP) * SNAP;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /**
     * One piece of a block on screen: up to three lines (time, label, channels), fewer when the
     * block is short; a single line ("09:00–11:00 Focus") when only one fits. Text nodes under a
     * clip rather than Labels: a Label is two nodes with three times the CSS properties, and
     * hundreds of them made restyling the grid cost more than a frame (see docs/benchmarks.md);
     * calendar apps cut long text at the block's edge too. The tooltip is made on the first hover,
     * since a tooltip per node for hundreds of nodes costs for nothing.
     */
    private static final class BlockView extends Region {
        private final Text time = new Text();
        private final Text title = new Text();
        private final Text channels = new Text();
        private final Rectangle clip = new Rectangle();
        private final Group texts = new Group(); // clipped on its own: the block's border stays whole
        private Tooltip tooltip;
        private String description = "";
        private String[] timeForms = {"", "", "", ""};

        BlockView() {
            getStyleClass().add("week-block");
            time.getStyleClass().addAll("block-text", "block-time");
            title.getStyleClass().addAll("block-text", "block-label");
            channels.getStyleClass().addAll("block-text", "block-channels");
            for (Text t : List.of(time, title, channels)) {
                t.setManaged(false);
                t.setTextOrigin(VPos.TOP);
            }
            setManaged(false);
            texts.setClip(clip);
            texts.setManaged(false);
            texts.setAutoSizeChildren(false);
            texts.getChildren().addAll(time, title, channels);
            getChildren().add(texts);
            setAccessibleRole(AccessibleRole.TEXT);
            setOnMouseEntered(e -> {
                if (tooltip == null && !description.isEmpty() && !getStyleClass().contains("ghost")) {
                    tooltip = new Tooltip(description);
                    tooltip.setShowDelay(Duration.millis(500));
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(360);
                    Tooltip.install(this, tooltip);
                }
            });
        }

        void show(WeekLayout.Piece piece, WeekTimes times, boolean isSelected) {
            WeekBlock b = piece.block();
            String range = times.range(b.startMinute(), b.endMinute());
            if (piece.continuesFromPrevious()) {
                range = "↳ " + range; // the block began the day before
            } else if (piece.continuesToNext()) {
                range = range + " ↓"; // and goes on after midnight
            }
            String[] shorter = times.shorter(b.startMinute(), b.endMinute());
            String[] forms = {range, shorter[0], shorter[1], shorter[2]};
            if (!Arrays.equals(forms, timeForms)) {
                // only when the times changed: the text shown may be a shorter form, chosen in layout
                timeForms = forms;
                time.setText(range);
                requestLayout();
            }
            set(title, b.warning() ? "⚠ " + b.label() : b.label());
            set(channels, b.channels());
            if (!b.description().equals(description)) {
                description = b.description();
                if (tooltip != null) {
                    tooltip.setText(description);
                }
            }
            String spoken = description.isEmpty() ? range + " " + b.label() : description;
            if (!spoken.equals(getAccessibleText())) {
                setAccessibleText(spoken);
            }
            pseudoClassStateChanged(WINDOW, !b.isOff());
            pseudoClassStateChanged(FOCUS, b.isOff());
            pseudoClassStateChanged(WARNING, b.warning());
            pseudoClassStateChanged(SELECTED, isSelected);
            pseudoClassStateChanged(FROM_PREVIOUS, piece.continuesFromPrevious());
            pseudoClassStateChanged(TO_NEXT, piece.continuesToNext());
            pseudoClassStateChanged(DRAGGED, false);
        }

        String timeText() {
            return time.getText();
        }

        private static void set(Text text, String value) {
            if (!value.equals(text.getText())) {
                text.setText(value);
                text.getParent().getParent().requestLayout(); // unmanaged: the view places it again
            }
        }

        @Override
        protected void layoutChildren() {
            var in = getInsets();
            double x = in.getLeft();
            double top = in.getTop();
            double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
            double avail = getHeight() - top - in.getBottom();
            clip.setX(x);
            clip.setY(top);
            clip.setWidth(w);
            clip.setHeight(Math.max(0, avail));
            // the longest form of the time that fits the width ("09:00–11:00", "9–11", "09:00", "9")
            for (int f = 0; f < timeForms.length; f++) {
                if (!timeForms[f].equals(time.getText())) {
                    time.setText(timeForms[f]); // no requestLayout: this pass places it
                }
                if (time.getLayoutBounds().getWidth() <= w || f == timeForms.length - 1) {
                    break;
                }
            }
            double line = Math.max(1, time.getLayoutBounds().getHeight());
            int lines = (int) Math.floor(avail / line);
            if (lines < 2) {
                // one line: the time, then the label beside it; centred when the block is lower
                double y = top + Math.min(0, (avail - line) / 2);
                time.relocate(x, y);
                title.relocate(x + time.getLayoutBounds().getWidth() + 4, y);
                time.setVisible(avail > 4);
                title.setVisible(avail > 4);
                channels.setVisible(false);
                return;
            }
            time.setVisible(true);
            time.relocate(x, top);
            title.setVisible(true);
            title.relocate(x, top + line);
            boolean room = lines >= 3 && !channels.getText().isEmpty();
            channels.setVisible(room);
            channels.relocate(x, top + 2 * line);
        }
    }
}
