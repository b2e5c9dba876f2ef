package org.reachable.ui.daysoff;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.reachable.ui.Fxml;

/** The Public holidays… dialog. Thin: binds {@link HolidaysViewModel}; one check box per holiday. */
public final class HolidaysView {

    @FXML
    private ChoiceBox<String> country;
    @FXML
    private ListView<HolidaysViewModel.Row> list;
    @FXML
    private Label summary;
    @FXML
    private Button cancel;
    @FXML
    private Button add;

    private final HolidaysViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    private final ModalDialog dialog;

    public HolidaysView(HolidaysViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        dialog = new ModalDialog(root, bundle.getString("holidays.title"));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        country.setItems(viewModel.countries());
        country.setConverter(ModalDialog.words(viewModel::countryWords));
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        list.setItems(viewModel.rows());
        list.setPlaceholder(new Label(bundle.getString("holidays.none")));
        list.setCellFactory(RowCell::new);
        summary.textProperty().bind(viewModel.summaryProperty());
        add.disableProperty().bind(viewModel.canAddProperty().not());
        add.setOnAction(e -> {
            if (viewModel.add()) {
                close();
            }
        });
        cancel.setOnAction(e -> close());
    }

    /** A check box with the date and the name, and the reason it is unticked on the right. */
    private static final class RowCell extends ListCell<HolidaysViewModel.Row> {
        private static final double DATE_WIDTH = 120;
        /** The list's insets and a vertical scroll bar. */
        private static final double LIST_PADDING = 30;
        private final CheckBox box = new CheckBox();
        private final Label date = new Label();
        private final Label note = new Label();
        private final HBox line;
        private HolidaysViewModel.Row bound;

        RowCell(ListView<HolidaysViewModel.Row> list) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            note.getStyleClass().add("hint");
            date.setMinWidth(DATE_WIDTH); // the names line up in a column
            box.setGraphic(date);
            line = new HBox(8, box, gap, note);
            line.setAlignment(Pos.CENTER_LEFT);
            // as wide as the list, not as the text: a long reason is cut with an ellipsis (its whole
            // text in the tooltip) instead of widening the row behind a horizontal scroll bar
            line.prefWidthProperty().bind(list.widthProperty().subtract(LIST_PADDING));
            line.maxWidthProperty().bind(line.prefWidthProperty());
            box.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(HolidaysViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            date.setText(row.date());
            box.setText(row.name());
            box.selectedProperty().bindBidirectional(row.chosenProperty());
            box.setDisable(row.taken());
            note.setText(row.note());
            note.setTooltip(row.note().isEmpty() ? null : new Tooltip(row.note()));
            bound = row;
            setText(null);
            setGraphic(line);
        }
    }

    /** Shows the dialog over {@code owner}, modal to it, with the holidays offered afresh. */
    public void show(Window owner) {
        viewModel.open();
        dialog.show(owner);
    }

    private void close() {
        dialog.close();
    }
}
