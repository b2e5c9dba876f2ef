package org.reachable.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.reachable.domain.status.State;

/** The main window: the status header. Owns its FXML (loaded with this as controller). */
public final class MainView {

    public static final String BUNDLE = "org.reachable.ui.main.MainView";

    @FXML
    private VBox header;
    @FXML
    private Label headline;
    @FXML
    private Label detail;
    @FXML
    private Label channels;
    @FXML
    private Label problem;

    private final MainViewModel viewModel;
    private final Parent root;

    public MainView(MainViewModel viewModel, ResourceBundle bundle) {
        this.viewModel = viewModel;
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), bundle);
        loader.setController(this);
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(viewModel.headlineProperty());
        detail.textProperty().bind(viewModel.detailProperty());
        channels.textProperty().bind(viewModel.channelsProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        viewModel.stateProperty().addListener((obs, old, now) -> styleFor(now));
        styleFor(viewModel.stateProperty().get());
    }

    private void styleFor(State state) {
        header.getStyleClass().removeAll("available", "focus", "off");
        header.getStyleClass().add(state.name().toLowerCase(Locale.ROOT));
    }

    public Parent root() {
        return root;
    }
}
