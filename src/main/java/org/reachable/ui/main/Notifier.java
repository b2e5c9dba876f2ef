package org.reachable.ui.main;

import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Desktop notifications of the window process (ControlsFX, bottom right, a few seconds each). It
 * counts those still showing, so the process can end once none shows and no window is open.
 * Call on the FX thread; ControlsFX needs some window showing (the app keeps a hidden anchor).
 */
public final class Notifier {

    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final int COLUMNS = 56;
    /** ControlsFX's distance from the screen's edges. */
    private static final double MARGIN = 15;
    /** A wide character of the notification's text (15 px DejaVu Sans), so a line of this many fits. */
    private static final double CHAR_WIDTH = 9;
    private static final Set<String> STATES = Set.of("available", "focus", "off");

    private final Runnable onClick;
    private final Runnable afterEach;
    private int showing;

    /**
     * @param onClick what a click on a notification does (open the main window)
     * @param afterEach called when a notification has gone
     */
    public Notifier(Runnable onClick, Runnable afterEach) {
        this.onClick = onClick;
        this.afterEach = afterEach;
    }

    /** @param icon a state's ("available", "focus", "off"), as the tray shows it, or "" for the app's */
    public void show(String title, String text, String icon) {
        showing++;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Notifications.create().title(title).text(wrap(text, columns(screen.getWidth())))
                .graphic(new ImageView(new Image(Notifier.class.getResource(iconFile(icon)).toExternalForm())))
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR).onAction(e -> onClick.run()).show();
        keepOnScreen(screen);
        Platform.runLater(() -> keepOnScreen(screen)); // and once its text is laid out for good
        PauseTransition done = new PauseTransition(SHOWN_FOR.add(Duration.seconds(1)));
        done.setOnFinished(e -> {
            showing--;
            afterEach.run();
        });
        done.play();
    }

    /** The tray icon of a state ("focus": the focus icon), or the app's for anything else. */
    static String iconFile(String icon) {
        return STATES.contains(icon) ? "/org/reachable/icons/tray-" + icon + "-48.png" : "/org/reachable/icons/app-48.png";
    }

    /** How many characters a line may hold on a screen this wide: {@link #COLUMNS}, fewer on a narrow one. */
    static int columns(double screenWidth) {
        double room = screenWidth - 2 * MARGIN - 48 - 40; // the icon, the popup's padding and close button
        return (int) Math.max(16, Math.min(COLUMNS, room / CHAR_WIDTH));
    }

    /**
     * ControlsFX places a notification by the full screen's width from the right, then moves every
     * one still showing to the newest one's left edge, so a notification wider than the newest one
     * (a longer line) stuck out past the right edge of the screen (seen under openbox). Each is
     * put back against the right edge of the visible bounds by its own width.
     */
    private static void keepOnScreen(Rectangle2D screen) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Popup popup && popup.isShowing() && popup.getContent().stream()
                    .anyMatch(n -> n.getStyleClass().contains("notification-bar"))) {
                popup.setAnchorX(rightAligned(popup.getWidth(), screen));
            }
        }
    }

    /** Where a popup this wide starts so that it ends a margin from {@code screen}'s right edge, its left edge inside. */
    static double rightAligned(double width, Rectangle2D screen) {
        return Math.max(screen.getMinX(), screen.getMaxX() - MARGIN - width);
    }

    public boolean anyShowing() {
        return showing > 0;
    }

    /** ControlsFX sizes a notification to its text: long lines are broken at spaces (or "/"). */
    static String wrap(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() - lineStart + word.length() > columns && out.length() > lineStart) {
                out.setLength(out.length() - 1); // the space before the break
                out.append('\n');
                lineStart = out.length();
            }
            while (word.length() > columns) { // a long path: break it after a slash
                int cut = Math.max(word.lastIndexOf('/', columns), columns / 2);
                out.append(word, 0, cut + 1).append('\n');
                lineStart = out.length();
                word = word.substring(cut + 1);
            }
            out.append(word).append(' ');
        }
        return out.toString().stripTrailing();
    }
}
