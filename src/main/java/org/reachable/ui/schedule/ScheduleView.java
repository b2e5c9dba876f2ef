package org.reachable.ui.schedule;

import org.reachable.ui.TimeText;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.controlsfx.control.CheckComboBox;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.UndoKeys;

/**
 * The Schedule page: a toolbar (what a drag draws, New, presets, undo and redo), the week grid
 * with the same entries as a sortable, editable table beside it, then warnings and this week's
 * summary. Every edit goes through the {@link ScheduleViewModel}; this class only turns gestures,
 * keys and dialogs into its calls.
 */
public final class ScheduleView {

    public static final String BUNDLE = "org.reachable.ui.schedule.ScheduleView";

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private ToggleGroup kinds;
    @FXML
    private ToggleButton windowKind;
    @FXML
    private ToggleButton focusKind;
    @FXML
    private CheckComboBox<String> newChannels;
    @FXML
    private Button newButton;
    @FXML
    private MenuButton presets;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private StackPane gridHolder;
    @FXML
    private TableView<EntryRow> table;
    @FXML
    private TableColumn<EntryRow, String> kindColumn;
    @FXML
    private TableColumn<EntryRow, EntryRow> daysColumn;
    @FXML
    private TableColumn<EntryRow, String> startColumn;
    @FXML
    private TableColumn<EntryRow, String> endColumn;
    @FXML
    private TableColumn<EntryRow, String> channelsColumn;
    @FXML
    private TableColumn<EntryRow, String> summaryColumn;
    @FXML
    private Label problem;
    @FXML
    private Label fileProblem;
    @FXML
    private VBox warningsBox;
    @FXML
    private VBox warningLines;
    @FXML
    private FlowPane summaryLines;

    private final ScheduleViewModel viewModel;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final WeekGrid grid;
    private final Parent root;
    /** True while the table follows the grid's selection, so the two do not chase each other. */
    private boolean syncing;
    /** True while a conflict question is open: a second merge must not open a second dialog. */
    private boolean asking;

    public ScheduleView(ScheduleViewModel viewModel, ResourceBundle bundle, Locale locale) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.locale = locale;
        this.grid = new WeekGrid(ResourceBundle.getBundle("org.reachable.ui.schedule.WeekGrid", locale), locale);
        root = Fxml.load(this, bundle);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        toolbar();
        grid.setId("weekGrid");
        gridHolder.getChildren().setAll(grid);
        grid.setBlocks(viewModel.blocks());
        viewModel.blocks().addListener((ListChangeListener<WeekBlock>) c -> grid.setBlocks(viewModel.blocks()));
        grid.selectedProperty().bindBidirectional(viewModel.selectedProperty());
        grid.setListener(new WeekGrid.Listener() {
            @Override
            public void create(DayOfWeek day, int startMinute, int endMinute) {
                viewModel.create(day, startMinute, endMinute);
            }

            @Override
            public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
                viewModel.move(uid, from, to, newStartMinute);
            }

            @Override
            public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
                viewModel.resize(uid, day, newStartMinute, newEndMinute);
            }

            @Override
            public void open(String uid, DayOfWeek day) {
                openForm(viewModel.edit(uid));
            }

            @Override
            public void duplicate(String uid, DayOfWeek day) {
                askDays(day).ifPresent(days -> viewModel.duplicate(uid, days));
            }

            @Override
            public void delete(String uid, DayOfWeek day) {
                viewModel.deleteDay(uid, day);
            }
        });
        table();
        fileProblem.textProperty().bind(viewModel.fileProblemProperty());
        fileProblem.visibleProperty().bind(viewModel.fileProblemProperty().isNotEmpty());
        fileProblem.managedProperty().bind(fileProblem.visibleProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        viewModel.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showWarnings();
        viewModel.summary().addListener((ListChangeListener<String>) c -> showSummary());
        showSummary();
        viewModel.conflicts().addListener((ListChangeListener<Merge.Conflict>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    // after the change has been handled: a dialog must not open inside a list event
                    javafx.application.Platform.runLater(this::askAboutConflicts);
                }
            }
        });
    }

    private void toolbar() {
        windowKind.setUserData(EntryKind.WINDOW);
        focusKind.setUserData(EntryKind.FOCUS);
        (viewModel.newKindProperty().get() == EntryKind.FOCUS ? focusKind : windowKind).setSelected(true);
        kinds.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                viewModel.newKindProperty().set((EntryKind) now.getUserData());
            }
        });
        newChannels.setConverter(Choices.shownAs(id -> viewModel.channelChoices().stream().filter(c -> c.id().equals(id))
                .map(Channel::name).findFirst().orElse(id)));
        newChannels.disableProperty().bind(viewModel.newKindProperty().isEqualTo(EntryKind.FOCUS));
        Tooltip.install(newChannels, new Tooltip(bundle.getString("toolbar.channels")));
        fillChannels();
        viewModel.channelChoices().addListener((ListChangeListener<Channel>) c -> fillChannels());
        newChannels.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    viewModel.newChannels().setAll(newChannels.getCheckModel().getCheckedItems());
                } finally {
                    syncing = false;
                }
            }
        });
        // ticks the view-model changes (a newcomer's defaults, a channel removed) show at once
        viewModel.newChannels().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                fillChannels();
            }
        });
        newButton.setTooltip(new Tooltip(bundle.getString("toolbar.new.tooltip")));
        undoButton.disableProperty().bind(viewModel.canUndoProperty().not());
        redoButton.disableProperty().bind(viewModel.canRedoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(viewModel.undoTextProperty());
        undoButton.setTooltip(undoTip);
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(viewModel.redoTextProperty());
        redoButton.setTooltip(redoTip);
    }

    /** The toolbar's channel list follows settings.json; what was checked stays checked. */
    private void fillChannels() {
        syncing = true;
        try {
            newChannels.getCheckModel().clearChecks();
            newChannels.getItems().setAll(viewModel.channelChoices().stream().map(Channel::id).toList());
            for (String id : viewModel.newChannels()) {
                newChannels.getCheckModel().check(id);
            }
        } finally {
            syncing = false;
        }
    }

    /** Adds a preset to the menu; the app knows the presets (they need the user's channels and language). */
    public void addPreset(String text, Runnable apply) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> apply.run());
        presets.getItems().add(item);
    }

    private void table() {
        Label empty = new Label(bundle.getString("table.empty"));
        empty.setWrapText(true); // the table is narrow beside the grid
        empty.setPadding(new javafx.geometry.Insets(12));
        empty.getStyleClass().add("hint");
        table.setPlaceholder(empty);
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kindText()));
        daysColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        daysColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EntryRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.daysText());
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
        summaryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        summaryColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        summaryColumn.setOnEditCommit(e -> viewModel.rename(e.getRowValue().uid(), e.getNewValue()));
        SortedList<EntryRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<EntryRow> row = new TableRow<>() {
                @Override
                protected void updateItem(EntryRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("warning"),
                            !empty && item != null && item.warning());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && table.getEditingCell() == null
                        && (e.getTarget() == row || !isEditableColumnClick(row, e))) {
                    openForm(viewModel.edit(row.getItem().uid()));
                }
            });
            return row;
        });
        MenuItem edit = new MenuItem(bundle.getString("table.edit"));
        edit.setOnAction(e -> selectedRow().ifPresent(r -> openForm(viewModel.edit(r.uid()))));
        MenuItem delete = new MenuItem(bundle.getString("table.delete"));
        delete.setOnAction(e -> selectedRow().ifPresent(r -> viewModel.delete(r.uid())));
        table.setContextMenu(new ContextMenu(edit, delete));
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                selectedRow().ifPresent(r -> openForm(viewModel.edit(r.uid())));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                selectedRow().ifPresent(r -> viewModel.delete(r.uid()));
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (syncing || row == null) {
                return;
            }
            BlockKey chosen = viewModel.selectedProperty().get();
            if (chosen == null || !chosen.uid().equals(row.uid())) {
                DayOfWeek day = row.days().stream()
                        .min(Comparator.comparingInt(d -> Math.floorMod(d.getValue() - first.getValue(), 7)))
                        .orElseThrow();
                viewModel.selectedProperty().set(new BlockKey(row.uid(), day));
            }
        });
        viewModel.selectedProperty().addListener((o, was, key) -> selectRow(key));
        viewModel.rows().addListener((ListChangeListener<EntryRow>) c -> selectRow(viewModel.selectedProperty().get()));
    }

    /** A double-click on a time or description cell edits the cell, not the whole entry. */
    private boolean isEditableColumnClick(TableRow<EntryRow> row, javafx.scene.input.MouseEvent e) {
        javafx.scene.Node node = e.getPickResult().getIntersectedNode();
        while (node != null && node != row) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell) {
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

    private void shortcuts(KeyEvent e) {
        if (table.getEditingCell() != null || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return; // a text field has its own undo
        }
        if (UndoKeys.handle(e, viewModel::undo, viewModel::redo)) {
            return;
        }
        if (NEW.match(e)) {
            newEntry();
            e.consume();
        }
    }

    @FXML
    private void newEntry() {
        openForm(viewModel.newEntry());
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    private void openForm(EntryFormViewModel form) {
        EntryFormView view = new EntryFormView(form, bundle, locale);
        if (view.showAndWait(window())) {
            viewModel.commit(form);
        }
        grid.requestFocus();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Which days to copy a block to: every other day, as check boxes in the user's week order. */
    private Optional<Set<DayOfWeek>> askDays(DayOfWeek from) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(bundle.getString("duplicate.title"));
        dialog.setHeaderText(bundle.getString("duplicate.header"));
        VBox boxes = new VBox(6);
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = viewModel.firstDay().plus(i);
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.FULL, locale));
            box.setId("copy-" + day.name().toLowerCase(Locale.ROOT));
            box.setDisable(day == from);
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    chosen.add(day);
                } else {
                    chosen.remove(day);
                }
            });
            boxes.getChildren().add(box);
        }
        dialog.getDialogPane().setContent(boxes);
        ButtonType copy = new ButtonType(bundle.getString("duplicate.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, new ButtonType(bundle.getString("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        themed(dialog);
        return dialog.showAndWait().filter(b -> b == copy).map(b -> chosen);
    }

    private void themed(Dialog<?> dialog) {
        javafx.stage.Window owner = window();
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Asks about each clash with an outside edit, one at a time; nothing is dropped without the user. */
    private void askAboutConflicts() {
        if (asking) {
            return; // the dialog already open works through the list, new questions included
        }
        asking = true;
        try {
            askEach();
        } finally {
            asking = false;
        }
    }

    private void askEach() {
        while (!viewModel.conflicts().isEmpty()) {
            Merge.Conflict conflict = viewModel.conflicts().get(0);
            ButtonType mine = new ButtonType(bundle.getString("conflict.mine"), ButtonBar.ButtonData.CANCEL_CLOSE);
            ButtonType theirs = new ButtonType(bundle.getString("conflict.theirs"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, MessageFormat.format(bundle.getString("conflict.text"),
                    viewModel.describe(conflict.mine()), viewModel.describe(conflict.theirs())), mine, theirs);
            alert.initOwner(window());
            alert.setTitle(bundle.getString("conflict.title"));
            alert.setHeaderText(bundle.getString("conflict.header"));
            themed(alert);
            boolean takeTheirs = alert.showAndWait().filter(b -> b == theirs).isPresent();
            viewModel.resolve(conflict, takeTheirs);
        }
    }

    private void showWarnings() {
        warningLines.getChildren().setAll(viewModel.warnings().stream().map(text -> {
            Label line = new Label("⚠ " + text);
            line.setWrapText(true);
            line.getStyleClass().add("warning-line");
            return line;
        }).toList());
        warningsBox.setVisible(!viewModel.warnings().isEmpty());
        warningsBox.setManaged(warningsBox.isVisible());
    }

    private void showSummary() {
        summaryLines.getChildren().setAll(viewModel.summary().stream().map(text -> {
            Label line = new Label(text);
            line.getStyleClass().add("summary-line");
            return line;
        }).toList());
    }

    public WeekGrid grid() {
        return grid;
    }

    public Parent root() {
        return root;
    }
}
