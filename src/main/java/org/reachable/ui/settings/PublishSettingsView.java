package org.reachable.ui.settings;

import java.io.File;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.reachable.ui.Fxml;

/**
 * Settings → "Publish to folder", a section of its own (its FXML, bundle and view-model) that the
 * Settings page hosts with {@code SettingsView.addSection}.
 */
public final class PublishSettingsView {

    public static final String BUNDLE = "org.reachable.ui.settings.PublishSettingsView";

    @FXML
    private CheckBox publish;
    @FXML
    private TextField folder;
    @FXML
    private Button choose;
    @FXML
    private Label note;
    @FXML
    private CheckBox calendar;
    @FXML
    private Label calendarNote;
    @FXML
    private Label calendarFailure;

    private final Parent root;

    public PublishSettingsView(PublishSettingsViewModel viewModel, ResourceBundle bundle) {
        root = Fxml.load(this, bundle);
        // not a two-way binding: the model may refuse the switch (no folder yet), and a binding would not
        // carry a value the model sets back while the box is still telling it the new one
        publish.setSelected(viewModel.publishProperty().get());
        viewModel.publishProperty().addListener((o, was, now) -> publish.setSelected(viewModel.publishProperty().get()));
        publish.setOnAction(e -> {
            viewModel.publishProperty().set(publish.isSelected());
            publish.setSelected(viewModel.publishProperty().get());
        });
        folder.setText(viewModel.folderProperty().get());
        viewModel.folderProperty().addListener((o, was, now) -> folder.setText(now));
        // a path is saved when it is complete: on Enter or when the field is left, not at each key
        folder.setOnAction(e -> viewModel.chooseFolder(folder.getText()));
        folder.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && !folder.getText().equals(viewModel.folderProperty().get())) {
                viewModel.chooseFolder(folder.getText());
            }
        });
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(bundle.getString("publish.choose.title"));
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (chosen != null) {
                viewModel.chooseFolder(chosen.getAbsolutePath());
            }
        });
        note.textProperty().bind(viewModel.noteProperty());
        calendar.selectedProperty().bindBidirectional(viewModel.calendarProperty());
        calendarNote.textProperty().bind(viewModel.calendarNoteProperty());
        calendarFailure.textProperty().bind(viewModel.calendarFailureProperty());
        calendarFailure.visibleProperty().bind(viewModel.calendarFailureProperty().isNotEmpty());
        calendarFailure.managedProperty().bind(calendarFailure.visibleProperty());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Parent root() {
        return root;
    }
}
