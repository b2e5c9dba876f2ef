package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
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
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.layout.Region;

/**
 * The week of the schedule editor as a calendar: seven day columns (the locale's first day
 * first), a time axis, and the weekly blocks, which a person draws, moves and resizes with the
 * mouse or the keyboard, snapped to 15 minutes.
 *
 * <p>The grid holds no data of its own: it shows what {@link #setBlocks} gave it and tells the
 * {@link Listener} what the user did when the gesture ends (mouse release, key press); the editor
 * changes its data and calls {@code setBlocks} again.
 *
 * <p>Split as CalendarFX splits its views: this class is the control (the blocks, the selection,
 * today, the "now" minute, the zoom, the public API); {@link WeekGridSkin} lays out and draws,
 * with {@link BlockView} for one block; {@link WeekGridGestures} is the mouse,
 * {@link WeekGridKeys} the keyboard, {@link WeekGridMenu} the context menu. Where things go is
 * computed by {@link WeekLayout} (plain Java, measured on its own). Nothing here runs a timer: the
 * "now" line is set from outside ({@link #nowMinuteProperty()}) because a running animation keeps
 * the toolkit awake.
 *
 * <p>{@link #pointAt}, {@link #blockBounds}, {@link #dayAt} and {@link #minuteAt} translate
 * between days and minutes and this region's own coordinates (for tests and for the editor
 * placing popups).
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

        /** "Restore this week" on a skipped or moved block of a dated week. */
        default void restore(String uid, DayOfWeek day) {
        }

        // called with the block's key: a block moved "only this week" beside a usual one is its own
        default void move(BlockKey block, DayOfWeek to, int newStartMinute) {
            move(block.uid(), block.day(), to, newStartMinute);
        }

        default void resize(BlockKey block, int newStartMinute, int newEndMinute) {
            resize(block.uid(), block.day(), newStartMinute, newEndMinute);
        }

        default void delete(BlockKey block) {
            delete(block.uid(), block.day());
        }

        default void restore(BlockKey block) {
            restore(block.uid(), block.day());
        }
    }

    public static final int SNAP = 15;
    public static final String BUNDLE = "org.reachable.ui.schedule.WeekGrid";
    static final String CSS = WeekGrid.class.getResource("week.css").toExternalForm();
    /** One step of Ctrl+wheel or Ctrl+plus/minus: small enough to aim, four steps double the hours' height. */
    static final double ZOOM_STEP = 1.15;

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

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DayOfWeek firstDay;
    private final WeekTimes times;
    private final ObjectProperty<BlockKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<DayOfWeek> today = new SimpleObjectProperty<>(this, "today");
    private final IntegerProperty nowMinute = new SimpleIntegerProperty(this, "nowMinute", -1);
    private final ObjectProperty<java.time.LocalDate> weekStart = new SimpleObjectProperty<>(this, "weekStart");
    /** Written by the skin: it fits 16 hours to the view until the user zooms. */
    final ReadOnlyDoubleWrapper hourHeight = new ReadOnlyDoubleWrapper(this, "hourHeight", 36);
    private Listener listener = NOBODY;

    private List<WeekBlock> blocks = List.of();
    private WeekLayout layout;
    /** The column of the selected block's piece the keyboard works on (a block may cross midnight). */
    private int selectedColumn = -1;

    private final WeekGridSkin skin;
    private final WeekGridMenu menu;
    private final WeekGridGestures gestures;

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

        skin = new WeekGridSkin(this);
        getChildren().addAll(skin.nodes());
        menu = new WeekGridMenu(this, skin, bundle);
        gestures = new WeekGridGestures(this, skin, menu);
        new WeekGridKeys(this, skin, gestures, menu);

        selected.addListener((o, a, b) -> selectionChanged());
        today.addListener((o, a, b) -> requestLayout());
        nowMinute.addListener((o, a, b) -> requestLayout());
        weekStart.addListener((o, a, b) -> requestLayout());
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
        skin.show(layout.pieces(), selected.get());
        if (gestures.isDragging()) {
            gestures.cancel(); // the block under the mouse may be gone
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

    /** The date of the first column, for dated headers ("ma 23 nov."); null: weekday names only. */
    public ObjectProperty<java.time.LocalDate> weekStartProperty() {
        return weekStart;
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
        skin.zoom(factor);
    }

    /** Back to the default: 16 hours fill the view. */
    public void resetZoom() {
        skin.resetZoom();
    }

    /** Scrolls so that {@code minute} is at the top of the view. */
    public void scrollToMinute(int minute) {
        skin.scrollToMinute(minute);
    }

    /** The middle of {@code day}'s column at {@code minute}, in this region's coordinates. */
    public Point2D pointAt(DayOfWeek day, double minute) {
        skin.layoutIfNeeded();
        WeekGeometry g = skin.geometry();
        int column = WeekLayout.column(day, firstDay);
        return new Point2D(g.body().x() + (column + 0.5) * g.columnWidth(), g.body().y() + g.y(minute) - g.scroll());
    }

    /** Where the block's first piece is drawn now, in this region's coordinates. */
    public Optional<Bounds> blockBounds(BlockKey key) {
        skin.layoutIfNeeded();
        WeekGeometry g = skin.geometry();
        List<WeekLayout.Piece> pieces = layout.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            WeekLayout.Piece p = pieces.get(i);
            if (p.key().equals(key) && !p.continuesFromPrevious()) {
                BlockView v = skin.view(i);
                return Optional.of(new BoundingBox(g.body().x() + v.getLayoutX(), g.body().y() + v.getLayoutY() - g.scroll(),
                        v.getWidth(), v.getHeight()));
            }
        }
        return Optional.empty();
    }

    /** The day of the column under {@code x} (this region's coordinates), empty outside the columns. */
    public Optional<DayOfWeek> dayAt(double x) {
        WeekGeometry g = skin.geometry();
        if (x < g.body().x() || x >= g.body().x() + g.body().width() || g.columnWidth() <= 0) {
            return Optional.empty();
        }
        return Optional.of(firstDay.plus(g.columnAt(g.contentX(x))));
    }

    /** The minute of the day (not snapped, 0..1440) under {@code y} (this region's coordinates). */
    public double minuteAt(double y) {
        WeekGeometry g = skin.geometry();
        return clamp(g.minute(g.contentY(y)), 0, WeekBlock.DAY);
    }

    /** The context menu (for tests and for adding items). */
    public ContextMenu getContextMenu() {
        return menu.menu();
    }

    // ------------------------------------------------------------------------ for the parts

    Locale locale() {
        return locale;
    }

    WeekTimes times() {
        return times;
    }

    Listener listener() {
        return listener;
    }

    /** The piece the keyboard works on: the selected block's, in the column last chosen. */
    WeekLayout.Piece current() {
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

    void select(WeekLayout.Piece piece) {
        select(piece.key(), piece.column());
    }

    /** Selects a block, working on its piece in {@code column} from the keyboard. */
    void select(BlockKey key, int column) {
        selectedColumn = column;
        selected.set(key);
    }

    private void selectionChanged() {
        skin.showSelection(selected.get());
        WeekLayout.Piece cur = current();
        if (cur != null && skin.geometry().hasHeight() && !gestures.isActive()) {
            skin.geometry().ensureVisible(cur); // chosen in the editor's table: show it here too
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

    // ---------------------------------------------------------------------------------- layout

    // Sizes: the children are unmanaged, so Region's defaults would make the grid 2 px small in a
    // VBox; these give the editor a week that reads well (16 hours of 36 px, columns of 100 px).
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + WeekGridSkin.AXIS_WIDTH + 7 * 100 + skin.barWidth() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + WeekGridSkin.HEADER_HEIGHT + WeekGridSkin.DEFAULT_HOURS_SHOWN * 36
                + 2 * WeekGridSkin.LABEL_ROOM + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + WeekGridSkin.AXIS_WIDTH + 7 * 36 + skin.barWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + WeekGridSkin.HEADER_HEIGHT + 4 * WeekGridSkin.MIN_DEFAULT_HOUR
                + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        skin.layoutChildren();
    }

    // ---------------------------------------------------------------------------------- helpers

    static int floorSnap(double minute) {
        return (int) Math.floor(minute / SNAP) * SNAP;
    }

    static int roundSnap(double minute) {
        return (int) Math.round(minute / SNAP) * SNAP;
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
