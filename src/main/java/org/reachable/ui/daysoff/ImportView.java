package org.reachable.ui.daysoff;

import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reachable.domain.service.ImportAs;
import org.reachable.ui.Fxml;

/** The Import… dialog. Thin: binds {@link ImportViewModel}; picking a file fills the address field. */
public final class ImportView {

    @FXML
    private TextField source;
    @FXML
    private Button chooseFile;
    @FXML
    private ChoiceBox<ImportAs> as;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button preview;
    @FXML
    private Label error;
    @FXML
    private Label summary;
    @FXML
    private ListView<String> lines;
    @FXML
    private Button cancel;
    @FXML
    private Button importNow;

    private final ImportViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    private final ModalDialog dialog;

    public ImportView(ImportViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
        dialog = new ModalDialog(root, bundle.getString("import.title"));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        source.textProperty().bindBidirectional(viewModel.sourceProperty());
        as.getItems().setAll(viewModel.asChoices());
        as.setConverter(ModalDialog.words(viewModel::asWords));
        as.valueProperty().bindBidirectional(viewModel.asProperty());
        FormParts.shownWhen(busy, viewModel.busyProperty());
        preview.disableProperty().bind(viewModel.busyProperty());
        error.textProperty().bind(viewModel.errorProperty());
        FormParts.shownWhen(error, viewModel.errorProperty().isNotEmpty());
        summary.textProperty().bind(viewModel.summaryProperty());
        FormParts.shownWhen(summary, viewModel.summaryProperty().isNotEmpty());
        lines.setItems(viewModel.lines());
        lines.setPlaceholder(new Label(bundle.getString("import.nothingYet")));
        importNow.disableProperty().bind(viewModel.canImportProperty().not());
        preview.setOnAction(e -> viewModel.preview());
        source.setOnAction(e -> viewModel.preview());
        importNow.setOnAction(e -> {
            if (viewModel.importNow()) {
                close();
            }
        });
        cancel.setOnAction(e -> close());
        chooseFile.setOnAction(e -> chooseFile());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("import.chooseFile.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(bundle.getString("import.chooseFile.ics"),
                "*.ics", "*.ical", "*.ifb", "*.icalendar"));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            viewModel.sourceProperty().set(file.getAbsolutePath());
            viewModel.preview();
        }
    }

    /** Shows the dialog over {@code owner}, modal to it. */
    public void show(Window owner) {
        dialog.show(owner);
    }

    private void close() {
        dialog.close();
    }
}
