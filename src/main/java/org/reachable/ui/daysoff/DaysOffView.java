package org.reachable.ui.daysoff;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOffReason;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.UndoKeys;

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
    private Button undo;
    @FXML
    private Button redo;
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
    private GridPane dayOffForm;
    @FXML
    private Label dayOffTitle;
    @FXML
    private DatePicker first;
    @FXML
    private DatePicker last;
    @FXML
    private ComboBox<DayOffReason> reason;
    @FXML
    private TextField standIn;
    @FXML
    private DatePicker backOn;
    @FXML
    private Label backOnHint;
    @FXML
    private Button backOnReset;
    @FXML
    private CheckBox urgentLineOff;
    @FXML
    private TextField summary;
    @FXML
    private Label dayOffProblem;
    @FXML
    private Label dayOffNote;
    @FXML
    private Button saveDayOff;
    @FXML
    private Button cancelDayOff;
    @FXML
    private Label message;
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
    @FXML
    private GridPane datedForm;
    @FXML
    private Label datedTitle;
    @FXML
    private DatePicker date;
    @FXML
    private TextField from;
    @FXML
    private TextField to;
    @FXML
    private Label timesHint;
    @FXML
    private CheckComboBox<Channel> channels;
    @FXML
    private CheckBox allChannels;
    @FXML
    private TextField description;
    @FXML
    private Label datedProblem;
    @FXML
    private Button saveDated;
    @FXML
    private Button cancelDated;

    private final DaysOffViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    /** Set while the check marks are copied from the form, so that copy is not taken as a click. */
    private boolean syncing;

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

    @FXML
    private void initialize() {
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        undo.setTooltip(tooltip(viewModel.undoTextProperty()));
        redo.setTooltip(tooltip(viewModel.redoTextProperty()));

        dayOffColumns(daysOffTable);
        dayOffColumns(pastTable);
        daysOffTable.setItems(viewModel.daysOff());
        pastTable.setItems(viewModel.pastDaysOff());
        daysOffTable.setPlaceholder(placeholder("daysOff.empty"));
        // shown only with past entries in it; never JavaFX's own English "No content in table"
        pastTable.setPlaceholder(new Label(""));
        fitRows(daysOffTable, viewModel.daysOff());
        fitRows(pastTable, viewModel.pastDaysOff());
        pastPane.textProperty().bind(viewModel.pastTitleProperty());
        pastPane.expandedProperty().bindBidirectional(viewModel.showPastProperty());
        pastPane.visibleProperty().bind(viewModel.pastCountProperty().greaterThan(0));
        pastPane.managedProperty().bind(pastPane.visibleProperty());
        rowKeys(daysOffTable, viewModel::edit, viewModel::delete);
        rowKeys(pastTable, viewModel::edit, viewModel::delete);
        editDayOff.disableProperty().bind(Bindings.and(daysOffTable.getSelectionModel().selectedItemProperty().isNull(),
                pastTable.getSelectionModel().selectedItemProperty().isNull()));
        deleteDayOff.disableProperty().bind(editDayOff.disableProperty());

        datedColumns(datedTable);
        datedColumns(pastDatedTable);
        datedTable.setItems(viewModel.dated());
        pastDatedTable.setItems(viewModel.pastDated());
        datedTable.setPlaceholder(placeholder("dated.empty"));
        pastDatedTable.setPlaceholder(new Label("")); // as the past days off: shown only with rows in it
        fitRows(datedTable, viewModel.dated());
        fitRows(pastDatedTable, viewModel.pastDated());
        pastDatedPane.textProperty().bind(viewModel.pastDatedTitleProperty());
        pastDatedPane.expandedProperty().bindBidirectional(viewModel.showPastDatedProperty());
        pastDatedPane.visibleProperty().bind(viewModel.pastDatedCountProperty().greaterThan(0));
        pastDatedPane.managedProperty().bind(pastDatedPane.visibleProperty());
        rowKeys(datedTable, viewModel::edit, viewModel::delete);
        rowKeys(pastDatedTable, viewModel::edit, viewModel::delete);
        editDated.disableProperty().bind(Bindings.and(datedTable.getSelectionModel().selectedItemProperty().isNull(),
                pastDatedTable.getSelectionModel().selectedItemProperty().isNull()));
        deleteDated.disableProperty().bind(editDated.disableProperty());

        message.textProperty().bind(viewModel.messageProperty());
        shownWhen(message, viewModel.messageProperty().isNotEmpty());

        bindDayOffForm();
        bindDatedForm();
        viewModel.selectedUidProperty().addListener((o, was, uid) -> select(uid));
    }

    private Tooltip tooltip(javafx.beans.value.ObservableValue<String> text) {
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

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
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
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
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
        TableColumn<DayOffRow, String> dates = column("column.dates", DayOffRow::dates, 210);
        dates.getStyleClass().add("dates");
        table.getColumns().setAll(List.of(dates, column("column.reason", DayOffRow::reason, 100),
                column("column.standIn", DayOffRow::standIn, 200), column("column.backOn", DayOffRow::backOn, 140),
                column("column.description", DayOffRow::description, 140)));
        table.setRowFactory(t -> pastRow(DayOffRow::past));
    }

    private void datedColumns(TableView<DatedRow> table) {
        TableColumn<DatedRow, String> day = column("column.date", DatedRow::date, 150);
        day.getStyleClass().add("dates");
        table.getColumns().setAll(List.of(day, column("column.times", DatedRow::times, 110),
                column("column.kind", DatedRow::kind, 110), column("column.channels", DatedRow::channels, 190),
                column("column.description", DatedRow::description, 140)));
        table.setRowFactory(t -> pastRow(DatedRow::past));
    }

    private static <T> TableRow<T> pastRow(java.util.function.Predicate<T> past) {
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
    private static <T> void rowKeys(TableView<T> table, java.util.function.Consumer<T> open,
            java.util.function.Consumer<T> delete) {
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

    private void bindDayOffForm() {
        DayOffForm form = viewModel.dayOffForm();
        shownWhen(dayOffForm, form.openProperty());
        dayOffTitle.textProperty().bind(form.titleProperty());
        for (DatePicker picker : List.of(first, last, backOn)) {
            picker.setConverter(dates());
        }
        first.valueProperty().bindBidirectional(form.firstProperty());
        last.valueProperty().bindBidirectional(form.lastProperty());
        backOn.valueProperty().bindBidirectional(form.backOnProperty());
        backOnHint.textProperty().bind(form.backOnHintProperty());
        shownWhen(backOnReset, form.backOnDerivedProperty().not());
        reason.getItems().setAll(DayOffReason.values());
        reason.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOffReason value) {
                return value == null ? "" : viewModel.reason(value);
            }

            @Override
            public DayOffReason fromString(String text) {
                return reason.getItems().stream().filter(r -> toString(r).equals(text)).findFirst().orElse(null);
            }
        });
        reason.valueProperty().bindBidirectional(form.reasonProperty());
        standIn.textProperty().bindBidirectional(form.standInProperty());
        summary.textProperty().bindBidirectional(form.summaryProperty());
        urgentLineOff.selectedProperty().bindBidirectional(form.urgentLineOffProperty());
        dayOffProblem.textProperty().bind(form.problemProperty());
        shownWhen(dayOffProblem, form.problemProperty().isNotEmpty());
        dayOffNote.textProperty().bind(form.noteProperty());
        shownWhen(dayOffNote, form.noteProperty().isNotEmpty());
        saveDayOff.disableProperty().bind(form.problemProperty().isNotEmpty());
        // Enter saves and Escape cancels, but only while this form is the one open
        saveDayOff.defaultButtonProperty().bind(form.openProperty());
        cancelDayOff.cancelButtonProperty().bind(form.openProperty());
        form.openProperty().addListener((o, was, open) -> {
            if (open) {
                Platform.runLater(first::requestFocus);
            } else {
                Platform.runLater(() -> daysOffTable.requestFocus());
            }
        });
    }

    private void bindDatedForm() {
        DatedForm form = viewModel.datedForm();
        shownWhen(datedForm, form.openProperty());
        datedTitle.textProperty().bind(form.titleProperty());
        date.setConverter(dates());
        date.valueProperty().bindBidirectional(form.dateProperty());
        from.textProperty().bindBidirectional(form.fromProperty());
        to.textProperty().bindBidirectional(form.toProperty());
        timesHint.textProperty().bind(form.timesHintProperty());
        channels.setConverter(Choices.shownAs(Channel::name));
        // with nothing picked the box would be blank; say what it is for
        channels.titleProperty().bind(Bindings.when(Bindings.isEmpty(form.channels()))
                .then(bundle.getString("form.channels.prompt")).otherwise((String) null));
        allChannels.selectedProperty().bindBidirectional(form.allChannelsProperty());
        shownWhen(allChannels, form.focusProperty());
        // "all channels" means every channel, also ones added later: picking some then means nothing
        channels.disableProperty().bind(form.focusProperty().and(form.allChannelsProperty()));
        description.textProperty().bindBidirectional(form.summaryProperty());
        datedProblem.textProperty().bind(form.problemProperty());
        shownWhen(datedProblem, form.problemProperty().isNotEmpty());
        saveDated.disableProperty().bind(form.problemProperty().isNotEmpty());
        saveDated.defaultButtonProperty().bind(form.openProperty());
        cancelDated.cancelButtonProperty().bind(form.openProperty());

        channels.getCheckModel().getCheckedItems().addListener((ListChangeListener<Channel>) c -> {
            if (!syncing) {
                form.channels().setAll(channels.getCheckModel().getCheckedItems().stream().map(Channel::id).toList());
            }
        });
        form.channels().addListener((ListChangeListener<String>) c -> copyChecks(form));
        form.openProperty().addListener((o, was, open) -> {
            if (open) {
                // settings may have gained or renamed a channel since the page was built
                syncing = true;
                try {
                    channels.getCheckModel().clearChecks();
                    channels.getItems().setAll(viewModel.channelChoices());
                } finally {
                    syncing = false;
                }
                copyChecks(form);
                Platform.runLater(date::requestFocus);
            } else {
                Platform.runLater(() -> datedTable.requestFocus());
            }
        });
    }

    private void copyChecks(DatedForm form) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (Channel channel : channels.getItems()) {
                boolean picked = form.channels().contains(channel.id());
                if (picked != channels.getCheckModel().isChecked(channel)) {
                    if (picked) {
                        channels.getCheckModel().check(channel);
                    } else {
                        channels.getCheckModel().clearCheck(channel);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Dates shown as "24-12-2026" and read in every way {@link DayTexts} knows. */
    private StringConverter<LocalDate> dates() {
        DayTexts texts = viewModel.texts();
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return value == null ? "" : DayTexts.typedForm(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return texts.parseDate(text).orElse(null);
            }
        };
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
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void addDayOff() {
        viewModel.addDayOff();
    }

    @FXML
    private void editDayOff() {
        DayOffRow row = daysOffTable.getSelectionModel().getSelectedItem();
        viewModel.edit(row != null ? row : pastTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteDayOff() {
        DayOffRow row = daysOffTable.getSelectionModel().getSelectedItem();
        viewModel.delete(row != null ? row : pastTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void useDerivedBackOn() {
        viewModel.dayOffForm().useDerivedBackOn();
    }

    @FXML
    private void saveDayOff() {
        commitDates(first, last, backOn);
        viewModel.saveDayOff();
    }

    @FXML
    private void cancelDayOff() {
        viewModel.cancelDayOff();
    }

    @FXML
    private void addWindow() {
        viewModel.addExtraWindow();
    }

    @FXML
    private void addFocus() {
        viewModel.addFocus();
    }

    @FXML
    private void editDated() {
        DatedRow row = datedTable.getSelectionModel().getSelectedItem();
        viewModel.edit(row != null ? row : pastDatedTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteDated() {
        DatedRow row = datedTable.getSelectionModel().getSelectedItem();
        viewModel.delete(row != null ? row : pastDatedTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void saveDated() {
        commitDates(date);
        viewModel.saveDated();
    }

    @FXML
    private void cancelDated() {
        viewModel.cancelDated();
    }

    /** A date typed and not yet committed (Enter on Save straight from the field) still counts. */
    private void commitDates(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            String text = picker.getEditor().getText();
            LocalDate typed = picker.getConverter().fromString(text);
            if (typed != null && !typed.equals(picker.getValue())) {
                picker.setValue(typed);
            }
        }
    }
}
