package org.reachable.ui.welcome;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.reachable.ui.Fxml;

/** The first-start screen. */
public final class WelcomeView {

    public static final String BUNDLE = "org.reachable.ui.welcome.WelcomeView";

    @FXML
    private RadioButton exampleChoice;
    @FXML
    private RadioButton emptyChoice;
    @FXML
    private VBox zoneBox;
    @FXML
    private Button startButton;

    private final SearchableComboBox<String> zone = new SearchableComboBox<>();
    private final WelcomeViewModel viewModel;
    private final Parent root;

    public WelcomeView(WelcomeViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        root = Fxml.load(this, bundle);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        exampleChoice.setSelected(viewModel.exampleWeekProperty().get());
        emptyChoice.setSelected(!viewModel.exampleWeekProperty().get());
        exampleChoice.selectedProperty().addListener((o, was, now) -> viewModel.exampleWeekProperty().set(now));
        zone.setId("zone");
        zone.setItems(viewModel.zones());
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.valueProperty().bindBidirectional(viewModel.zoneProperty());
        zoneBox.getChildren().add(zone);
        startButton.disableProperty().bind(zone.valueProperty().isNull());
        startButton.setOnAction(e -> viewModel.start());
    }

    public Parent root() {
        return root;
    }
}
