package org.reachable.ui.daysoff;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reachable.ui.Fxml;
import org.reachable.ui.UndoKeys;
import org.reachable.ui.UndoState;

/**
 * The "Days off and extra windows" page. Thin: it binds controls to {@link DaysOffViewModel} and
 * turns keys into its actions (Enter opens the selected row, Delete deletes it, Ctrl+Z and
 * Ctrl+Shift+Z undo and redo when no text field wants them).
 */
public final class DaysOffView {

    public static final String BUNDLE = "org.reachable.ui.daysoff.DaysOffView";
    /** Rows a list shows before it scrolls; the page scrolls as a whole beyond that. */
    private static final int MAX_ROWS = 8;
    private static final double ROW = 28;
    /** The column header and the border: a list of one row shows that row and no sliver of a next. */
    private static final double HEADER = 29;

    @FXML
    private VBox subscriptions;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private Button importCalendar;
    @FXML
    private Button holidays;
    @FXML
    private Button editDayOff;
    @FXML
    private Button deleteDayOff;
    @FXML
    private TableView<DayOffRow> daysOffTable;
    @FXML
    private TitledPane pastPane;
    @FXML
    private TableView<DayOffRow> pastTable;
    @FXML
    private Label message;
    @FXML
    private VBox content;
    @FXML
    private Region dayOffFormSlot;
    @FXML
    private Region datedFormSlot;
    @FXML
    private Button editDated;
    @FXML
    private Button deleteDated;
    @FXML
    private TableView<DatedRow> datedTable;
    @FXML
    private TitledPane pastDatedPane;
    @FXML
    private TableView<DatedRow> pastDatedTable;

    private final DaysOffViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;

    public DaysOffView(DaysOffViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Parent root() {
        return root;
    }

    /** Shows the Public holidays… button (the app knows holidays); it opens the holidays dialog. */
    public void enableHolidays(HolidaysViewModel model) {
        HolidaysView dialog = new HolidaysView(model, bundle);
        holidays.setVisible(true);
        holidays.setManaged(true);
        holidays.setOnAction(e -> dialog.show(root.getScene() == null ? null : root.getScene().getWindow()));
    }

    /** Shows the Import… button (the app has an importer to give); it opens the import dialog. */
    /**
     * Shows the subscriptions (the tray refreshes them) under the days off, when there are any,
     * each with Refresh now and Remove subscription….
     */
    public void showSubscriptions(SubscriptionsViewModel model) {
        new SubscriptionsView(subscriptions, model, bundle);
    }

    public void enableImport(ImportViewModel model) {
        ImportView dialog = new ImportView(model, bundle);
        importCalendar.setVisible(true);
        importCalendar.setManaged(true);
        importCalendar.setOnAction(e -> dialog.show(root.getScene() == null ? null : root.getScene().getWindow()));
    }

    @FXML
    private void initialize() {
        UndoState undoState = viewModel.undoState();
        undo.disableProperty().bind(undoState.canUndoProperty().not());
        redo.disableProperty().bind(undoState.canRedoProperty().not());
        undo.setTooltip(tooltip(undoState.undoTextProperty()));
        redo.setTooltip(tooltip(undoState.redoTextProperty()));
        undo.setOnAction(e -> viewModel.undo());
        redo.setOnAction(e -> viewModel.redo());
        list(daysOff(), viewModel.daysOff(), viewModel.pastDaysOff(), viewModel.pastFold(), "daysOff.empty",
                this::dayOffColumns, viewModel::edit, viewModel::delete);
        list(dated(), viewModel.dated(), viewModel.pastDated(), viewModel.pastDatedFold(), "dated.empty",
                this::datedColumns, viewModel::edit, viewModel::delete);

        message.textProperty().bind(viewModel.messageProperty());
        FormParts.shownWhen(message, viewModel.messageProperty().isNotEmpty());

        // each form is a view of its own, put where the page's FXML keeps its place
        inPlace(dayOffFormSlot, new DayOffFormView(viewModel, bundle).root());
        inPlace(datedFormSlot, new DatedFormView(viewModel, bundle).root());
        // a form that closes hands the focus back to its list
        backTo(daysOffTable, viewModel.dayOffForm().openProperty());
        backTo(datedTable, viewModel.datedForm().openProperty());
        viewModel.selectedUidProperty().addListener((o, was, uid) -> select(uid));
    }

    /** A list, the fold of its past rows, and the buttons that act on the row chosen in either. */
    private record ListParts<T>(TableView<T> table, TableView<T> past, TitledPane pane, Button edit, Button delete) {
        /** The row chosen in the list, or else in the past fold; null when none is. */
        T chosen() {
            T row = table.getSelectionModel().getSelectedItem();
            return row != null ? row : past.getSelectionModel().getSelectedItem();
        }
    }

    private ListParts<DayOffRow> daysOff() {
        return new ListParts<>(daysOffTable, pastTable, pastPane, editDayOff, deleteDayOff);
    }

    private ListParts<DatedRow> dated() {
        return new ListParts<>(datedTable, pastDatedTable, pastDatedPane, editDated, deleteDated);
    }

    private <T> void list(ListParts<T> parts, ObservableList<T> items, ObservableList<T> pastItems, PastFold fold,
            String emptyKey, Consumer<TableView<T>> columns, Consumer<T> open, Consumer<T> delete) {
        TableView<T> table = parts.table();
        TableView<T> past = parts.past();
        columns.accept(table);
        columns.accept(past);
        table.setItems(items);
        past.setItems(pastItems);
        table.setPlaceholder(placeholder(emptyKey));
        // shown only with past entries in it; never JavaFX's own English "No content in table"
        past.setPlaceholder(new Label(""));
        fitRows(table, items);
        fitRows(past, pastItems);
        TitledPane pane = parts.pane();
        pane.textProperty().bind(fold.titleProperty());
        pane.expandedProperty().bindBidirectional(fold.shownProperty());
        pane.visibleProperty().bind(fold.countProperty().greaterThan(0));
        pane.managedProperty().bind(pane.visibleProperty());
        rowKeys(table, open, delete);
        rowKeys(past, open, delete);
        parts.edit().disableProperty().bind(Bindings.and(table.getSelectionModel().selectedItemProperty().isNull(),
                past.getSelectionModel().selectedItemProperty().isNull()));
        parts.delete().disableProperty().bind(parts.edit().disableProperty());
        parts.edit().setOnAction(e -> open.accept(parts.chosen()));
        parts.delete().setOnAction(e -> delete.accept(parts.chosen()));
    }

    private Tooltip tooltip(ObservableValue<String> text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        return tooltip;
    }

    private Label placeholder(String key) {
        Label label = new Label(bundle.getString(key));
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    private static void backTo(Node list, ObservableBooleanValue open) {
        open.addListener((o, was, now) -> {
            if (!now) {
                Platform.runLater(list::requestFocus);
            }
        });
    }

    private void inPlace(Node slot, Parent form) {
        content.getChildren().set(content.getChildren().indexOf(slot), form);
    }

    /** A list as tall as its rows (two at least, for the empty text), so the page has one scroll bar. */
    private static void fitRows(TableView<?> table, ObservableList<?> items) {
        table.setFixedCellSize(ROW);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (items.isEmpty() ? 2.6 : Math.min(MAX_ROWS, items.size())) * ROW + HEADER, items));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(bundle.getString(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            // a cut-off description or stand-in can still be read whole
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                whole.setText(item);
                setTooltip(empty || item == null || item.isEmpty() ? null : whole);
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false); // the lists are in date order; another order would hide past from future
        column.setReorderable(false);
        return column;
    }

    private void dayOffColumns(TableView<DayOffRow> table) {
        columns(table, DayOffRow::past, List.of(column("column.dates", DayOffRow::dates, 210),
                column("column.reason", DayOffRow::reason, 100), column("column.standIn", DayOffRow::standIn, 200),
                column("column.backOn", DayOffRow::backOn, 140),
                column("column.description", DayOffRow::description, 140)));
    }

    private void datedColumns(TableView<DatedRow> table) {
        columns(table, DatedRow::past, List.of(column("column.date", DatedRow::date, 150),
                column("column.times", DatedRow::times, 110), column("column.kind", DatedRow::kind, 110),
                column("column.channels", DatedRow::channels, 190),
                column("column.description", DatedRow::description, 140)));
    }

    /** The first column says when, and stands out; past rows are greyed. */
    private static <T> void columns(TableView<T> table, Predicate<T> past, List<TableColumn<T, String>> columns) {
        columns.get(0).getStyleClass().add("dates");
        table.getColumns().setAll(columns);
        table.setRowFactory(t -> pastRow(past));
    }

    private static <T> TableRow<T> pastRow(Predicate<T> past) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("past");
                if (!empty && item != null && past.test(item)) {
                    getStyleClass().add("past");
                }
            }
        };
    }

    /** Enter or a double click opens the row in the form; Delete (or Backspace, on a Mac) removes it. */
    private static <T> void rowKeys(TableView<T> table, Consumer<T> open,
            Consumer<T> delete) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (row == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(row);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                int index = table.getSelectionModel().getSelectedIndex();
                delete.accept(row);
                // the next row takes the selection, so Delete can be pressed again
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
                }
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (row != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open.accept(row);
            }
        });
    }

    private void shortcuts(KeyEvent e) {
        // as in the week editor: in a text field Ctrl+Z undoes typing; elsewhere it undoes the schedule
        UndoKeys.handle(e, viewModel::undo, viewModel::redo);
    }

    private void select(String uid) {
        if (uid == null) {
            return;
        }
        selectIn(daysOffTable, uid, DayOffRow::uid);
        selectIn(pastTable, uid, DayOffRow::uid);
        selectIn(datedTable, uid, DatedRow::uid);
        selectIn(pastDatedTable, uid, DatedRow::uid);
    }

    private static <T> void selectIn(TableView<T> table, String uid, Function<T, String> id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (uid.equals(id.apply(table.getItems().get(i)))) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    @FXML
    private void addDayOff() {
        viewModel.addDayOff();
    }

    @FXML
    private void addWindow() {
        viewModel.addExtraWindow();
    }

    @FXML
    private void addFocus() {
        viewModel.addFocus();
    }
}
