package org.reachable.ui.settings;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;
import org.reachable.domain.model.Theme;
import org.reachable.ui.Fxml;

/** The Settings screen: a few switches, each saved as soon as it changes. */
public final class SettingsView {

    public static final String BUNDLE = "org.reachable.ui.settings.SettingsView";

    @FXML
    private CheckBox startAtLogin;
    @FXML
    private CheckBox notifications;
    @FXML
    private Spinner<Integer> headsUp;
    @FXML
    private ComboBox<Theme> theme;
    @FXML
    private Label problem;

    private final SettingsViewModel viewModel;
    private final ResourceBundle bundle;
    private final Parent root;
    /** Kept: a bidirectional binding holds its ends only weakly. */
    private ObjectProperty<Integer> minutes;

    public SettingsView(SettingsViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        root = Fxml.load(this, bundle);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        startAtLogin.selectedProperty().bindBidirectional(viewModel.startAtLoginProperty());
        notifications.selectedProperty().bindBidirectional(viewModel.notificationsProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, SettingsViewModel.MAX_HEADS_UP, viewModel.headsUpMinutesProperty().get());
        headsUp.setValueFactory(factory);
        minutes = viewModel.headsUpMinutesProperty().asObject();
        factory.valueProperty().bindBidirectional(minutes);
        // a typed number counts when the field loses focus too, not only on Enter
        headsUp.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme choice) {
                return choice == null ? "" : bundle.getString("settings.theme." + choice.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Theme fromString(String text) {
                return theme.getItems().stream().filter(t -> toString(t).equals(text)).findFirst().orElse(Theme.SYSTEM);
            }
        });
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    private void commit() {
        String text = headsUp.getEditor().getText().trim();
        try {
            int value = Integer.parseInt(text);
            headsUp.getValueFactory().setValue(Math.max(0, Math.min(SettingsViewModel.MAX_HEADS_UP, value)));
        } catch (NumberFormatException e) {
            // not a number: show the value that holds
        }
        headsUp.getEditor().setText(String.valueOf(headsUp.getValue()));
    }

    public Parent root() {
        return root;
    }
}
