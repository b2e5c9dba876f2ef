package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 *
 * <p>The table lists a {@link Line} per entry, which stays while the entry does: an edit changes
 * the line's row, and only that row's cells show it. A new list of rows would make the table
 * lay out and redraw every row it shows after each drag (~170 nodes of a busy week).
 */
final class EntryTable {

    /** One entry's place in the table; its row changes with the entry. */
    static final class Line {
        private final ReadOnlyObjectWrapper<EntryRow> row;

        Line(EntryRow row) {
            this.row = new ReadOnlyObjectWrapper<>(row);
        }

        EntryRow row() {
            return row.get();
        }

        ReadOnlyObjectProperty<EntryRow> rowProperty() {
            return row.getReadOnlyProperty();
        }

        String uid() {
            return row.get().uid();
        }

        @Override
        public String toString() {
            return row.get().toString();
        }
    }

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final TableView<Line> table;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final TableColumn<Line, String> startColumn;
    private final TableColumn<Line, String> endColumn;
    private final TableColumn<Line, String> summaryColumn;
    private final ScheduleViewModel viewModel;
    private final Consumer<EntryFormViewModel> open;
    /** True while the table follows the grid's selection, so the two do not chase each other. */
    private boolean syncing;

    /**
     * Wires the table the page's FXML made, its columns found by their fx:id; {@code open} shows an
     * entry's form (Enter, double-click, Edit).
     */
    EntryTable(TableView<Line> table, ScheduleViewModel viewModel, ResourceBundle bundle,
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
    private <T> TableColumn<Line, T> column(String id) {
        return (TableColumn<Line, T>) table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("ScheduleView.fxml has no column " + id));
    }

    private void cells(ResourceBundle bundle) {
        TableColumn<Line, String> kindColumn = column("kindColumn");
        TableColumn<Line, EntryRow> daysColumn = column("daysColumn");
        TableColumn<Line, String> channelsColumn = column("channelsColumn");
        Label empty = new Label(bundle.getString("table.empty"));
        empty.setWrapText(true); // the table is narrow beside the grid
        empty.setPadding(new Insets(12));
        empty.getStyleClass().add("hint");
        table.setPlaceholder(empty);
        // each cell follows its line's row: an edit of one entry changes the cells of one row
        kindColumn.setCellValueFactory(c -> c.getValue().rowProperty().map(EntryRow::kindText));
        daysColumn.setCellValueFactory(c -> c.getValue().rowProperty());
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
        startColumn.setCellValueFactory(c -> c.getValue().rowProperty().map(r -> viewModel.fieldTime(r.start())));
        endColumn.setCellValueFactory(c -> c.getValue().rowProperty().map(r -> viewModel.fieldTime(r.end())));
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
                    viewModel.fieldTime(e.getRowValue().row().end()))) {
                table.refresh(); // the old time shows again; the message says why
            }
        });
        endColumn.setOnEditCommit(e -> {
            if (!viewModel.changeTimes(e.getRowValue().uid(), viewModel.fieldTime(e.getRowValue().row().start()),
                    e.getNewValue())) {
                table.refresh();
            }
        });
        channelsColumn.setCellValueFactory(c -> c.getValue().rowProperty().map(EntryRow::channelsText));
        // the long columns wrap, and the row grows, rather than cut "Telefoon en …" short
        channelsColumn.setCellFactory(c -> new WrappingCell());
        summaryColumn.setCellValueFactory(c -> c.getValue().rowProperty().map(EntryRow::summary));
        summaryColumn.setCellFactory(c -> new WrappingCell());
        summaryColumn.setOnEditCommit(e -> viewModel.rename(e.getRowValue().uid(), e.getNewValue()));
    }

    /** Sorted as the header says, warnings marked; Enter or a double-click opens, Delete deletes. */
    private void rows(ResourceBundle bundle) {
        showRows();
        viewModel.page().rows().addListener((ListChangeListener<EntryRow>) c -> showRows());
        SortedList<Line> sorted = new SortedList<>(lines);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<Line> row = new TableRow<>();
            // the line's row changes while this table row shows it: the cells follow on their own,
            // but the table sizes a row again only when the row asks (text wrapped onto more lines)
            row.itemProperty().flatMap(Line::rowProperty).addListener((o, was, now) -> {
                row.pseudoClassStateChanged(WARNING, now != null && now.warning());
                sizeAgain(row);
            });
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

    /**
     * Has the table size this row again once its cells have laid out their new text: the table
     * measures a row while it lays the row out, before the cells' new text has its size, so a
     * row asked at once keeps its old height (a description grown to three lines would be cut).
     */
    private static void sizeAgain(TableRow<Line> row) {
        Scene scene = row.getScene();
        if (scene == null) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                row.requestLayout();
            }
        });
    }

    /**
     * The view-model's rows into the lines: the same entries in the same order keep their lines
     * (and the table its rows), each line given its entry's row anew, which changes only the cells
     * whose text changed. Entries added, removed or reordered, or a table sorted by a column (its
     * order may change), make the lines anew.
     */
    private void showRows() {
        List<EntryRow> rows = viewModel.page().rows();
        boolean sameEntries = rows.size() == lines.size();
        for (int i = 0; sameEntries && i < rows.size(); i++) {
            sameEntries = rows.get(i).uid().equals(lines.get(i).uid());
        }
        if (sameEntries && table.getSortOrder().isEmpty()) {
            for (int i = 0; i < rows.size(); i++) {
                if (!lines.get(i).row().equals(rows.get(i))) {
                    lines.get(i).row.set(rows.get(i));
                }
            }
        } else {
            lines.setAll(rows.stream().map(Line::new).toList());
        }
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
                DayOfWeek day = row.row().days().stream()
                        .min(Comparator.comparingInt(d -> Math.floorMod(d.getValue() - first.getValue(), 7)))
                        .orElseThrow();
                viewModel.page().selectedProperty().set(new BlockKey(row.uid(), day));
            }
        });
        viewModel.page().selectedProperty().addListener((o, was, key) -> selectRow(key));
        viewModel.page().rows().addListener((ListChangeListener<EntryRow>) c -> selectRow(viewModel.page().selectedProperty().get()));
    }

    /** A double-click on a time or description cell edits the cell, not the whole entry. */
    private boolean isEditableColumnClick(TableRow<Line> row, MouseEvent e) {
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
            for (Line row : table.getItems()) {
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
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(Line::row);
    }
}
