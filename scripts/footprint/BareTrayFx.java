import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The baseline for scripts/footprint.sh: the plainest JavaFX tray app. An AWT tray icon whose
 * click shows one window, which the window manager's close button hides (the toolkit stays up, as
 * in any JavaFX tray app). A "SHOW" line on standard input shows it too.
 */
public final class BareTrayFx {

    public static void main(String[] args) throws Exception {
        Platform.setImplicitExit(false);
        Stage[] window = new Stage[1];
        Runnable show = () -> Platform.runLater(() -> {
            window[0].show();
            window[0].toFront();
        });
        if (SystemTray.isSupported()) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            TrayIcon icon = new TrayIcon(image, "BareTrayFx");
            icon.addActionListener(e -> show.run()); // X11: a single left click
            SystemTray.getSystemTray().add(icon);
        }
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("BareTrayFx");
            BorderPane root = new BorderPane(new Label("A window"));
            Label header = new Label("Header");
            header.setStyle("-fx-background-color: #2e7d32; -fx-text-fill: white; -fx-padding: 16; -fx-font-size: 20");
            header.setMaxWidth(Double.MAX_VALUE);
            root.setTop(header);
            stage.setScene(new Scene(root, 640, 400));
            window[0] = stage;
        });
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals("SHOW")) {
                show.run();
            }
        }
        Thread.currentThread().join(); // standard input closed: keep running until killed
    }
}
