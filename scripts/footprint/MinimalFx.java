import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for scripts/footprint.sh: the smallest JavaFX app that opens one window. */
public class MinimalFx extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("MinimalFx");
        stage.setScene(new Scene(new Label("Hello"), 320, 200));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}

/** Its main class: one that does not extend Application, so it starts from the class path. */
class MinimalFxMain {
    public static void main(String[] args) {
        Application.launch(MinimalFx.class, args);
    }
}
