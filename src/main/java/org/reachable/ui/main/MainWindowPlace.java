package org.reachable.ui.main;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/**
 * Where the main window opens: where it was last (kept in settings.json a second after it stops
 * moving, and when it closes), if that is still on a screen, else in the middle of the primary
 * one. Call on the FX thread; settings.json is written on {@code io}.
 */
public final class MainWindowPlace {

    private static final Logger LOG = Logger.getLogger("org.reachable");

    private final Stage stage;
    private final SettingsStore settings;
    private final ZoneId zone;
    private final Executor io;
    private final PauseTransition debounce = new PauseTransition(Duration.seconds(1));
    /** Where the window was, from settings.json (null: never kept, or not read yet). */
    private WindowBounds saved;
    /** Where {@link #place} put it: with nothing kept, a window still there needs no keeping. */
    private WindowBounds placedAt;
    private boolean placed;

    public MainWindowPlace(Stage stage, SettingsStore settings, ZoneId zone, Executor io) {
        this.stage = stage;
        this.settings = settings;
        this.zone = zone;
        this.io = io;
        debounce.setOnFinished(e -> save());
        InvalidationListener moved = o -> {
            if (stage.isShowing()) {
                debounce.playFromStart();
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
    }

    /** The place settings.json keeps; the window goes there now unless it shows already. */
    public void kept(WindowBounds bounds) {
        saved = bounds;
        if (!placed && !stage.isShowing()) {
            place();
        }
    }

    /** Before the window shows: to its place, or with nothing kept, its own size in the middle of the primary screen. */
    public void beforeShowing() {
        if (!placed) {
            place();
        }
    }

    private void place() {
        placed = saved != null; // with nothing kept yet, settings.json may still say where it was
        List<WindowBounds> screens = Screen.getScreens().stream().map(s -> bounds(s.getVisualBounds())).toList();
        Region root = (Region) stage.getScene().getRoot();
        WindowBounds preferred = new WindowBounds(0, 0, Math.max(root.prefWidth(-1), 1), Math.max(root.prefHeight(-1), 1));
        WindowBounds where = WindowPlacement.place(saved, screens, bounds(Screen.getPrimary().getVisualBounds()),
                preferred);
        placedAt = where;
        stage.setX(where.x());
        stage.setY(where.y());
        stage.setWidth(where.width());
        stage.setHeight(where.height());
    }

    /**
     * Just after a window showed: its size asked again. The size a window asks for before it is
     * mapped is lost the first time under some window managers (openbox, JavaFX 21's GTK glass: the
     * window comes up at GTK's 200×200 with the content cut off); asked again once it is mapped, it
     * holds. The toolkit sends only the last of these values, so the window does not flicker.
     */
    public static void sizeAgain(Stage shown) {
        double width = shown.getWidth();
        double height = shown.getHeight();
        if (width > 1 && height > 1) {
            shown.setWidth(width - 1);
            shown.setWidth(width);
            shown.setHeight(height - 1);
            shown.setHeight(height);
        }
    }

    /** Just after a window put away came back: where it was asked again, for the same reason as {@link #sizeAgain}. */
    public static void placeAgain(Stage shown, double x, double y) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            shown.setX(x + 1);
            shown.setX(x);
            shown.setY(y + 1);
            shown.setY(y);
        }
    }

    private static WindowBounds bounds(Rectangle2D r) {
        return new WindowBounds(r.getMinX(), r.getMinY(), Math.max(r.getWidth(), 1), Math.max(r.getHeight(), 1));
    }

    /** Keeps the window's place now (it closes). */
    public void save() {
        debounce.stop();
        // a minimised or maximised window's bounds are not where it should open next time
        if (stage.isIconified() || stage.isMaximized() || !(stage.getWidth() > 0) || !(stage.getHeight() > 0)
                || Double.isNaN(stage.getX())) {
            return;
        }
        WindowBounds now = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (now.equals(saved) || saved == null && now.equals(placedAt)) {
            // unchanged, or where it opens anyway: no write of settings.json, which both processes
            // would read again (on a first open that cascade cost the tray ~250 ms of CPU, JIT included)
            return;
        }
        saved = now;
        placed = true;
        io.execute(() -> {
            try {
                if (!settings.exists()) {
                    return; // no data folder yet: the welcome writes it
                }
                settings.update(zone, current -> current.withPreferences(current.preferences().withWindow(now)));
            } catch (StoreException | RuntimeException e) {
                LOG.warning("Could not keep the window's place: " + e.getMessage());
            }
        });
    }
}
