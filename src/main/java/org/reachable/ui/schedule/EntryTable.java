package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.reachable.ui.TimeText;

/**
 * The week page's table: the same entries as the grid, one row per entry, sortable, with the
 * times and the description editable in place. Its selection follows the grid's and the other
 * way round; Enter or a double-click opens the entry's form, Delete deletes the whole entry.
 */
final class EntryTable {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final TableView<EntryRow> table;
    private final TableColumn<EntryRow, String> startColumn;
    private final TableColumn<EntryRow, String> endColumn;
    private final TableColumn<EntryRow, String> summaryColumn;
    private final ScheduleViewModel viewModel;
    private final Consumer<EntryFormViewModel> open;
    /** True while the table follows the grid's selection, so the two do not chase each other. */
    private boolean syncing;

    /**
     * Wires the table the page's FXML made, its columns found by their fx:id; {@code open} shows an
     * entry's form (Enter, double-click, Edit).
     */
    EntryTable(TableView<EntryRow> table, ScheduleViewModel viewModel, ResourceBundle bundle,
            Consumer<EntryFormViewModel> open) {
        this.table = table;
        this.startColumn = column("startColumn");
        this.endColumn = column("endColumn");
        this.summaryColumn = column("summaryColumn");
        this.viewModel = viewModel;
        this.open = open;
        cells(bundle);
        rows(bundle);
        followSelection();
    }

    @SuppressWarnings("unchecked") // the FXML gives each column its type; the id names which one it is
    private <T> TableColumn<EntryRow, T> column(String id) {
        return (TableColumn<EntryRow, T>) table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("ScheduleView.fxml has no column " + id));
    }

    private void cells(ResourceBundle bundle) {
        TableColumn<EntryRow, String> kindColumn = column("kindColumn");
        TableColumn<EntryRow, EntryRow> daysColumn = column("daysColumn");
        TableColumn<EntryRow, String> channelsColumn = column("channelsColumn");
        Label empty = new Label(bundle.getString("table.empty"));
        empty.setWrapText(true); // the table is narrow beside the grid
        empty.setPadding(new Insets(12));
        empty.getStyleClass().add("hint");
        table.setPlaceholder(empty);
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kindText()));
        daysColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        daysColumn.setCellFactory(c -> new TableCell<>() {
            // the rule in words ("om de week op dinsdag tot en met 31 maart") wraps as WrappingCell does
            private final Text text = new Text();

            {
                text.getStyleClass().add("cell-text");
                setMinHeight(Region.USE_PREF_SIZE);
                text.wrappingWidthProperty().bind(daysColumn.widthProperty().subtract(10));
            }

            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                text.setText(empty || row == null ? "" : row.daysText());
                setGraphic(empty || row == null ? null : text);
            }
        });
        DayOfWeek first = viewModel.firstDay();
        daysColumn.setComparator(Comparator.<EntryRow>comparingInt(r -> r.firstDay(first))
                .thenComparing(EntryRow::start));
        startColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.fieldTime(c.getValue().start())));
        endColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.fieldTime(c.getValue().end())));
        Comparator<String> byTime = Comparator.comparing(t -> TimeText.parse(t).orElse(LocalTime.MIN));
        startColumn.setComparator(byTime);
        endColumn.setComparator(byTime);
        // a time column is as wide as the locale's widest time ("10:00 PM" is wider than "22:00")
        double timeWidth = new Text(viewModel.fieldTime(LocalTime.of(22, 58))).getLayoutBounds()
                .getWidth() + 14;
        startColumn.setMinWidth(Math.max(startColumn.getMinWidth(), timeWidth));
        endColumn.setMinWidth(Math.max(endColumn.getMinWidth(), timeWidth));
        startColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        endColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        startColumn.setOnEditCommit(e -> {
            if (!viewModel.changeTimes(e.getRowValue().uid(), e.getNewValue(),
                    viewModel.fieldTime(e.getRowValue().end()))) {
                table.refresh(); // the old time shows again; the message says why
            }
        });
        endColumn.setOnEditCommit(e -> {
            if (!viewModel.changeTimes(e.getRowValue().uid(), viewModel.fieldTime(e.getRowValue().start()),
                    e.getNewValue())) {
                table.refresh();
            }
        });
        channelsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().channelsText()));
        // the long columns wrap, and the row grows, rather than cut "Telefoon en …" short
        channelsColumn.setCellFactory(c -> new WrappingCell());
        summaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        summaryColumn.setCellFactory(c -> new WrappingCell());
        summaryColumn.setOnEditCommit(e -> viewModel.rename(e.getRowValue().uid(), e.getNewValue()));
    }

    /** Sorted as the header says, warnings marked; Enter or a double-click opens, Delete deletes. */
    private void rows(ResourceBundle bundle) {
        SortedList<EntryRow> sorted = new SortedList<>(viewModel.page().rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<EntryRow> row = new TableRow<>() {
                @Override
                protected void updateItem(EntryRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(WARNING, !empty && item != null && item.warning());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && table.getEditingCell() == null
                        && (e.getTarget() == row || !isEditableColumnClick(row, e))) {
                    open.accept(viewModel.edit(row.getItem().uid()));
                }
            });
            return row;
        });
        MenuItem edit = new MenuItem(bundle.getString("table.edit"));
        edit.setOnAction(e -> selectedRow().ifPresent(r -> open.accept(viewModel.edit(r.uid()))));
        MenuItem delete = new MenuItem(bundle.getString("table.delete"));
        delete.setOnAction(e -> selectedRow().ifPresent(r -> viewModel.delete(r.uid())));
        table.setContextMenu(new ContextMenu(edit, delete));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                selectedRow().ifPresent(r -> open.accept(viewModel.edit(r.uid())));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                selectedRow().ifPresent(r -> viewModel.delete(r.uid()));
                e.consume();
            }
        });
    }

    /** A row chosen selects its block in the grid (its first day in the week), and the other way round. */
    private void followSelection() {
        DayOfWeek first = viewModel.firstDay();
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (syncing || row == null) {
                return;
            }
            BlockKey chosen = viewModel.page().selectedProperty().get();
            if (chosen == null || !chosen.uid().equals(row.uid())) {
                DayOfWeek day = row.days().stream()
                        .min(Comparator.comparingInt(d -> Math.floorMod(d.getValue() - first.getValue(), 7)))
                        .orElseThrow();
                viewModel.page().selectedProperty().set(new BlockKey(row.uid(), day));
            }
        });
        viewModel.page().selectedProperty().addListener((o, was, key) -> selectRow(key));
        viewModel.page().rows().addListener((ListChangeListener<EntryRow>) c -> selectRow(viewModel.page().selectedProperty().get()));
    }

    /** A double-click on a time or description cell edits the cell, not the whole entry. */
    private boolean isEditableColumnClick(TableRow<EntryRow> row, MouseEvent e) {
        Node node = e.getPickResult().getIntersectedNode();
        while (node != null && node != row) {
            if (node instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn() == startColumn || cell.getTableColumn() == endColumn
                        || cell.getTableColumn() == summaryColumn;
            }
            node = node.getParent();
        }
        return false;
    }

    private void selectRow(BlockKey key) {
        syncing = true;
        try {
            if (key == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (EntryRow row : table.getItems()) {
                if (row.uid().equals(key.uid())) {
                    table.getSelectionModel().select(row);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    private Optional<EntryRow> selectedRow() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }
}
