package org.reachable.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML ({@code XView.fxml} beside {@code XView}) with the view as its controller. */
public final class Fxml {

    private Fxml() {
    }

    /** A view owns its FXML, so it can take constructor arguments; the FXML has no fx:controller. */
    public static Parent load(Object view, ResourceBundle bundle) {
        Class<?> type = view.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + type.getSimpleName() + ".fxml", e);
        }
    }
}
