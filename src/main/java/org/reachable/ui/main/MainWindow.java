package org.reachable.ui.main;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.reachable.domain.model.Theme;
import org.reachable.domain.model.WindowBounds;
import org.reachable.domain.port.DesktopTheme;
import org.reachable.domain.port.SettingsStore;

/**
 * The windows of the window process: the main window (where it was last, light or dark), a
 * welcome or other window beside it, notifications, and the hidden anchor ControlsFX needs. It
 * says when the process has nothing left to show: without a tray ({@code fallback}) when the main
 * window closes, else when no window and no notification shows. FX thread.
 */
public final class MainWindow {

    /** Shown only while a notification shows: without a compositor it is a blank frame (openbox). */
    private final Stage anchor = anchorStage();
    private final Stage stage = new Stage();
    private final boolean fallback;
    private final Runnable beforeShowing;
    private final Runnable nothingLeft;
    private final ThemeFollower themes;
    private final MainWindowPlace place;
    private final Notifier notifier;
    private Runnable open = this::show;
    /** Closed but kept drawn, off the screen ({@link KeptStage}): JavaFX still counts it as showing. */
    private boolean away;
    /** Where it was when put away: some window managers put it back a title bar lower (openbox). */
    private double awayX;
    private double awayY;
    /** Shown and put away before anyone asked ({@link #park}): the first open maps it for the first time. */
    private boolean neverOnScreen;
    private Consumer<Boolean> onScreen = shown -> { };

    /**
     * @param beforeShowing called when the hidden window is about to show (time passed meanwhile)
     * @param onHidden called when the main window closes, before the process may end (write edits)
     * @param nothingLeft called once the process has nothing left to show
     */
    public MainWindow(String title, Parent root, boolean fallback, SettingsStore settings, ZoneId zone, Executor io,
            DesktopTheme desktop, ObservableValue<Theme> theme, Runnable beforeShowing, Runnable onHidden,
            Runnable nothingLeft) {
        this.fallback = fallback;
        this.beforeShowing = beforeShowing;
        this.nothingLeft = nothingLeft;
        stage.setTitle(title);
        stage.getIcons().addAll(icons());
        stage.setScene(new Scene(root));
        themes = new ThemeFollower(desktop, io, theme); // follows the choice live
        themes.follow(stage.getScene());
        themes.askDesktop();
        place = new MainWindowPlace(stage, settings, zone, io);
        notifier = new Notifier(() -> open.run(), this::exitIfIdle);
        stage.showingProperty().addListener((o, was, showing) -> onScreen.accept(showing && !away));
        stage.setOnHidden(e -> {
            onHidden.run();
            place.save();
            exitIfIdle();
        });
        // the close button (WM_DELETE_WINDOW) puts the window away instead, kept styled and drawn
        stage.setOnCloseRequest(e -> {
            double x = stage.getX();
            double y = stage.getY();
            if (!fallback && KeptStage.map(stage, false)) {
                e.consume();
                away = true;
                awayX = x;
                awayY = y;
                onScreen.accept(false);
                onHidden.run();
                place.save();
                exitIfIdle();
            }
        });
    }

    /** Told when the main window comes on or goes off the screen: shown, hidden, put away or back. */
    public void whenOnScreen(Consumer<Boolean> listener) {
        onScreen = listener;
    }

    public Stage stage() {
        return stage;
    }

    /** On the screen: showing, and not put away. */
    public boolean isShowing() {
        return stage.isShowing() && !away;
    }

    /** Opens the main window, or brings it to the front. */
    public void show() {
        place.beforeShowing();
        boolean hidden = !isShowing();
        if (hidden) {
            themes.askDesktop(); // the OS's preference may have changed since the window was last open
            beforeShowing.run();
        }
        if (away && neverOnScreen) {
            place.beforeShowing(); // settings.json's place may have come after it was parked
            awayX = stage.getX();
            awayY = stage.getY();
        }
        if (away && KeptStage.map(stage, true)) {
            away = false;
            MainWindowPlace.placeAgain(stage, awayX, awayY);
            if (neverOnScreen) {
                MainWindowPlace.sizeAgain(stage); // its first time on the screen, as for a first show
                neverOnScreen = false;
            }
            onScreen.accept(true);
        } else {
            away = false;
            stage.show();
            if (hidden) {
                MainWindowPlace.sizeAgain(stage);
            }
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Gets the hidden window ready for its first open, before anyone asks for it. Where the toolkit's
     * window can be put away ({@link KeptStage}) it is shown and put away at once, in one go on the FX
     * thread, so the window manager never maps it: the native window, its icon, the scene's peer,
     * styles, layout and a first drawing are made now, and the first open costs what a later one
     * does (measured with JFR: a first show was ~200 ms more CPU than a later open, all of it in
     * Stage.show and the pulses after it). Else it is styled, laid out and drawn off screen. Then,
     * once the toolkit has had a few pulses to draw it, the process waits for an open if nothing
     * else came meanwhile (a notification, an open).
     */
    public void park() {
        if (fallback || stage.isShowing() || !KeptStage.available()) {
            warmUp();
            exitIfIdle();
            return;
        }
        place.beforeShowing();
        away = true; // not on the screen, for whoever follows the showing property
        neverOnScreen = true;
        // put away as soon as the toolkit asked for it to be mapped, in the same flush of requests to
        // the display: a window manager that sees it withdrawn before it manages it never frames it
        boolean[] putAway = {false};
        EventHandler<WindowEvent> onShown = e -> putAway[0] = KeptStage.map(stage, false);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        stage.show();
        stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        if (!putAway[0]) {
            away = false;
            neverOnScreen = false;
            stage.hide();
            warmUp();
            exitIfIdle();
            return;
        }
        awayX = stage.getX();
        awayY = stage.getY();
        onScreen.accept(false);
        warmUp(); // a window off the screen is not drawn: the renderer's first use is made here
        PauseTransition drawn = new PauseTransition(Duration.millis(300));
        drawn.setOnFinished(e -> {
            if (!isShowing()) {
                // the heap the start left behind is full: the first open's allocations then made the
                // collector grow it with a full collection, ~200 ms at a load of 14 (GC log), where
                // a later open has room; done now, while nobody waits
                System.gc();
            }
            exitIfIdle();
        });
        drawn.play();
    }

    /**
     * Styles, lays out and draws the hidden window once, off screen, so the first open does not
     * pay for the first use of the styles and the renderer (measured: 1.5 s of CPU on a loaded
     * machine, against 0.2 s for a later open).
     */
    private void warmUp() {
        Scene scene = stage.getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        scene.snapshot(null);
    }

    /** Shows another window of the app (the welcome), with the same icon and appearance. */
    public void showBeside(Stage other) {
        other.getIcons().setAll(stage.getIcons());
        themes.follow(other.getScene());
        other.setOnHidden(e -> themes.forget(other.getScene()));
        other.setOnCloseRequest(e -> Platform.runLater(this::exitIfIdle));
        other.show();
        MainWindowPlace.sizeAgain(other);
    }

    /** What a click on a notification opens (the welcome on a first start); the main window by default. */
    public void onOpen(Runnable action) {
        open = action;
    }

    /** @param icon a state's ("available", "focus", "off"), as the tray shows it, or "" for the app's */
    public void showNotification(String title, String text, String icon) {
        if (!anchor.isShowing()) {
            anchor.show();
            // without a compositor the opacity does nothing, and a window manager that places new
            // windows itself (openbox) keeps them on screen and maps this one at GTK's 200x200 at the
            // top left, a blank frame: asked again once mapped, it shrinks to its title bar's nub in the
            // bottom right corner, behind the notifications that come up there
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            anchor.setWidth(2);
            anchor.setWidth(1);
            anchor.setHeight(1);
            anchor.setX(screen.getMaxX() - 1);
            anchor.setY(screen.getMaxY() - 1);
        }
        notifier.show(title, text, icon);
    }

    /** Where settings.json says the window was. */
    public void kept(WindowBounds bounds) {
        place.kept(bounds);
    }

    /** Closes the main window (its place and edits are written) before the process ends. */
    public void close() {
        if (stage.isShowing()) {
            away = false;
            stage.hide();
        }
    }

    private void exitIfIdle() {
        if (!notifier.anyShowing() && anchor.isShowing()) {
            anchor.hide();
        }
        boolean windowOpen = isShowing() || Window.getWindows().stream()
                .anyMatch(w -> w != anchor && w != stage && w.isShowing() && w instanceof Stage);
        if (fallback ? !stage.isShowing() : !windowOpen && !notifier.anyShowing()) {
            nothingLeft.run();
        }
    }

    /** ControlsFX notifications need some window; a transparent 1x1 utility stage serves, shown with them. */
    private static Stage anchorStage() {
        Stage stage = new Stage(StageStyle.UTILITY);
        Scene scene = new Scene(new Region(), 1, 1);
        scene.setFill(Color.TRANSPARENT);
        stage.setScene(scene);
        stage.setOpacity(0);
        stage.setX(-100);
        stage.setY(-100);
        return stage;
    }

    private static List<Image> icons() {
        return IntStream.of(16, 32, 48, 64, 128, 256)
                .mapToObj(s -> new Image(MainWindow.class.getResourceAsStream("/org/reachable/icons/app-" + s + ".png")))
                .toList();
    }
}
