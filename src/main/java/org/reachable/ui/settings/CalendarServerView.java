package org.reachable.ui.settings;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.reachable.ui.Fxml;

/** Settings → Calendar server, a section of its own (its FXML, bundle and view-model). */
public final class CalendarServerView {

    public static final String BUNDLE = "org.reachable.ui.settings.CalendarServerView";

    @FXML
    private TextField url;
    @FXML
    private TextField user;
    @FXML
    private PasswordField password;
    @FXML
    private Button test;
    @FXML
    private Button save;
    @FXML
    private Label result;
    @FXML
    private Label status;
    @FXML
    private Button choose;

    private final Parent root;

    public CalendarServerView(CalendarServerViewModel viewModel, ResourceBundle bundle) {
        root = Fxml.load(this, bundle);
        url.textProperty().bindBidirectional(viewModel.urlProperty());
        user.textProperty().bindBidirectional(viewModel.userProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        result.textProperty().bind(viewModel.resultProperty());
        // no empty line above the status before Test or Save said something
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        viewModel.failedProperty().addListener((o, was, now) -> result.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), now));
        status.textProperty().bind(viewModel.statusProperty());
        test.disableProperty().bind(viewModel.busyProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        test.setOnAction(e -> viewModel.testConnection());
        save.setOnAction(e -> viewModel.save());
        choose.visibleProperty().bind(viewModel.choicesProperty());
        choose.managedProperty().bind(viewModel.choicesProperty());
        choose.setOnAction(e -> viewModel.choose());
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Parent root() {
        return root;
    }
}
