package org.reachable.ui.daysoff;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The stage of a Days off dialog (Import…, Public holidays…): made on first show, modal to its owner. */
final class ModalDialog {

    private final Parent root;
    private final String title;
    private Stage stage;

    ModalDialog(Parent root, String title) {
        this.root = root;
        this.title = title;
    }

    void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initModality(Modality.WINDOW_MODAL);
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(title);
            stage.setScene(new Scene(root));
        }
        stage.show();
        stage.toFront();
    }

    void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** Shows a choice in words; the list is not editable, so nothing is read back. */
    static <T> StringConverter<T> words(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return words.apply(choice);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
