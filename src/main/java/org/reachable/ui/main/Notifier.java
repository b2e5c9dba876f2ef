package org.reachable.ui.main;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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

    public void show(String title, String text) {
        showing++;
        ImageView graphic = new ImageView(new Image(Notifier.class.getResourceAsStream("/org/reachable/icons/app-48.png")));
        Notifications.create().title(title).text(wrap(text, COLUMNS)).graphic(graphic).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).onAction(e -> onClick.run()).show();
        PauseTransition done = new PauseTransition(SHOWN_FOR.add(Duration.seconds(1)));
        done.setOnFinished(e -> {
            showing--;
            afterEach.run();
        });
        done.play();
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
