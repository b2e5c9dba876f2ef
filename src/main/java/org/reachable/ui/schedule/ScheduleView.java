package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.ui.Choices;
import org.reachable.ui.Fxml;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.UndoKeys;
import org.reachable.ui.UndoState;

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
    private javafx.scene.layout.HBox weekBar;
    @FXML
    private Label weekNote;
    @FXML
    private TableView<EntryTable.Line> table;
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
    @FXML
    private Label summaryTitle;

    private final ScheduleViewModel viewModel;
    private final ResourceBundle bundle;
    private final Locale locale;
    private final WeekGrid grid;
    private final Parent root;
    private final ScheduleDialogs dialogs;
    /** True while the toolbar's ticks are copied from the view-model, so the copy is not taken as a click. */
    private boolean syncing;

    public ScheduleView(ScheduleViewModel viewModel, ResourceBundle bundle, Locale locale) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.locale = locale;
        this.grid = new WeekGrid(ResourceBundle.getBundle("org.reachable.ui.schedule.WeekGrid", locale), locale);
        this.dialogs = new ScheduleDialogs(viewModel, bundle, locale, this::window);
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
        WeekNavigationBar.build(weekBar, weekNote, viewModel.page().navigation(), grid, bundle);
        grid.setBlocks(viewModel.page().blocks());
        viewModel.page().blocks().addListener((ListChangeListener<WeekBlock>) c -> grid.setBlocks(viewModel.page().blocks()));
        grid.selectedProperty().bindBidirectional(viewModel.page().selectedProperty());
        grid.setListener(new WeekGrid.Listener() {
            @Override
            public void create(DayOfWeek day, int startMinute, int endMinute) {
                viewModel.create(day, startMinute, endMinute);
            }

            @Override
            public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
                move(new BlockKey(uid, from), to, newStartMinute);
            }

            @Override
            public void move(BlockKey block, DayOfWeek to, int newStartMinute) {
                viewModel.move(block, to, newStartMinute);
            }

            @Override
            public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
                resize(new BlockKey(uid, day), newStartMinute, newEndMinute);
            }

            @Override
            public void resize(BlockKey block, int newStartMinute, int newEndMinute) {
                viewModel.resize(block, newStartMinute, newEndMinute);
            }

            @Override
            public void open(String uid, DayOfWeek day) {
                openForm(viewModel.edit(uid, day));
            }

            @Override
            public void duplicate(String uid, DayOfWeek day) {
                dialogs.askDays(day).ifPresent(days -> viewModel.duplicate(uid, days));
            }

            @Override
            public void delete(String uid, DayOfWeek day) {
                delete(new BlockKey(uid, day));
            }

            @Override
            public void delete(BlockKey block) {
                viewModel.deleteDay(block);
            }

            @Override
            public void restore(String uid, DayOfWeek day) {
                restore(new BlockKey(uid, day));
            }

            @Override
            public void restore(BlockKey block) {
                viewModel.restore(block);
            }
        });
        viewModel.setAsk(dialogs::askScope);
        new EntryTable(table, viewModel, bundle, this::openForm);
        fileProblem.textProperty().bind(viewModel.fileProblemProperty());
        fileProblem.visibleProperty().bind(viewModel.fileProblemProperty().isNotEmpty());
        fileProblem.managedProperty().bind(fileProblem.visibleProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        viewModel.page().warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showWarnings();
        viewModel.page().summary().addListener((ListChangeListener<String>) c -> showSummary());
        summaryTitle.textProperty().bind(viewModel.summaryTitleProperty());
        showSummary();
        // The summary's numbers change with most edits, and a label grown a little wraps onto
        // another line: the footer would grow or shrink, and the week above, which fits its hours
        // to the room, would jump and lay out every block again. It keeps the room it had.
        summaryLines.heightProperty().addListener((o, was, height) -> summaryLines.setMinHeight(
                Math.max(summaryLines.getMinHeight(), height.doubleValue())));
        summaryLines.widthProperty().addListener((o, was, width) -> summaryLines.setMinHeight(
                Region.USE_COMPUTED_SIZE)); // a wider or narrower window: the room its lines need now
        viewModel.conflicts().addListener((ListChangeListener<Merge.Conflict>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    // after the change has been handled: a dialog must not open inside a list event
                    Platform.runLater(dialogs::askAboutConflicts);
                }
            }
        });
    }

    private void toolbar() {
        KindToggles.bind(kinds, windowKind, focusKind, viewModel.page().newKindProperty());
        newChannels.setConverter(Choices.shownAs(id -> viewModel.page().channelChoices().stream().filter(c -> c.id().equals(id))
                .map(c -> c.name(ScreenLanguage.of(bundle))).findFirst().orElse(id)));
        newChannels.disableProperty().bind(viewModel.page().newKindProperty().isEqualTo(EntryKind.FOCUS));
        Tooltip.install(newChannels, new Tooltip(bundle.getString("toolbar.channels")));
        fillChannels();
        viewModel.page().channelChoices().addListener((ListChangeListener<Channel>) c -> fillChannels());
        newChannels.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    viewModel.page().newChannels().setAll(newChannels.getCheckModel().getCheckedItems());
                } finally {
                    syncing = false;
                }
            }
        });
        // ticks the view-model changes (a newcomer's defaults, a channel removed) show at once
        viewModel.page().newChannels().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                fillChannels();
            }
        });
        newButton.setTooltip(new Tooltip(bundle.getString("toolbar.new.tooltip")));
        UndoState undo = viewModel.undoState();
        undoButton.disableProperty().bind(undo.canUndoProperty().not());
        redoButton.disableProperty().bind(undo.canRedoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(undo.undoTextProperty());
        undoButton.setTooltip(undoTip);
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(undo.redoTextProperty());
        redoButton.setTooltip(redoTip);
    }

    /** The toolbar's channel list follows settings.json; what was checked stays checked. */
    private void fillChannels() {
        syncing = true;
        try {
            newChannels.getCheckModel().clearChecks();
            newChannels.getItems().setAll(viewModel.page().channelChoices().stream().map(Channel::id).toList());
            for (String id : viewModel.page().newChannels()) {
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

    private void shortcuts(KeyEvent e) {
        if (table.getEditingCell() != null || e.getTarget() instanceof TextInputControl) {
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

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void showWarnings() {
        showLines(warningLines.getChildren(), viewModel.page().warnings().stream().map(text -> "⚠ " + text).toList(),
                "warning-line", true);
        warningsBox.setVisible(!viewModel.page().warnings().isEmpty());
        warningsBox.setManaged(warningsBox.isVisible());
    }

    private void showSummary() {
        showLines(summaryLines.getChildren(), viewModel.page().summary(), "summary-line", false);
    }

    /**
     * One label per text, the labels already there given their new text: new labels are styled
     * and laid out twice over, and the footer changes after most edits.
     */
    private static void showLines(ObservableList<Node> labels, List<String> texts, String style, boolean wrap) {
        if (labels.size() > texts.size()) {
            labels.remove(texts.size(), labels.size());
        }
        for (int i = 0; i < texts.size(); i++) {
            if (i < labels.size()) {
                ((Label) labels.get(i)).setText(texts.get(i));
            } else {
                Label line = new Label(texts.get(i));
                line.setWrapText(wrap);
                line.getStyleClass().add(style);
                labels.add(line);
            }
        }
    }

    public WeekGrid grid() {
        return grid;
    }

    public Parent root() {
        return root;
    }
}
