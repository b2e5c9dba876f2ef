package org.reachable.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Light or dark windows. Dark adds {@code dark.css} to the scene and after the stylesheet of every
 * screen in it (a parent's own stylesheet outranks the scene's, so the scene alone would not do);
 * light takes it away again, so the switch happens live.
 */
public final class Appearance {

    public static final String DARK_CSS = Appearance.class.getResource("dark.css").toExternalForm();

    private Appearance() {
    }

    /** Call on the FX thread. */
    public static void apply(Scene scene, boolean dark) {
        if (scene == null) {
            return;
        }
        set(scene.getStylesheets(), dark);
        if (scene.getRoot() != null) {
            walk(scene.getRoot(), dark);
        }
    }

    /**
     * A screen that comes into a scene after {@link #apply} (a page shown only when chosen) takes
     * the scene's appearance. FX thread.
     */
    public static void follow(Node screen, boolean dark) {
        walk(screen, dark);
    }

    public static boolean isDark(Scene scene) {
        return scene != null && scene.getStylesheets().contains(DARK_CSS);
    }

    private static void walk(Node node, boolean dark) {
        if (node instanceof Parent parent) {
            List<String> own = parent.getStylesheets();
            boolean hasOwn = own.stream().anyMatch(s -> !s.equals(DARK_CSS));
            if (hasOwn) {
                set(own, dark);
            }
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, dark);
            }
        }
    }

    private static void set(List<String> sheets, boolean dark) {
        boolean already = dark ? !sheets.isEmpty() && sheets.get(sheets.size() - 1).equals(DARK_CSS)
                && sheets.indexOf(DARK_CSS) == sheets.size() - 1 : !sheets.contains(DARK_CSS);
        if (already) {
            return; // a change to the list, even back to the same, restyles the whole scene
        }
        sheets.remove(DARK_CSS);
        if (dark) {
            sheets.add(DARK_CSS); // last: it overrides the screen's own colours
        }
    }
}
