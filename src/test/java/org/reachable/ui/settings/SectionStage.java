package org.reachable.ui.settings;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** A section of the Settings page (Calendar server, Publish to folder) shown on its own, styled as on the page. */
final class SectionStage {

    private SectionStage() {
    }

    /** On the FX thread. */
    static void show(Stage stage, Parent section, double width, double height) {
        VBox page = new VBox(section);
        page.getStyleClass().addAll("settings-page", "settings");
        page.setStyle("-fx-padding: 4 22 18 22;");
        page.getStylesheets().add(SettingsView.class.getResource("settings.css").toExternalForm());
        stage.setScene(new Scene(page, width, height));
        stage.show();
    }
}
