package org.reachable.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Ctrl+Z, and Ctrl+Shift+Z or Ctrl+Y, for the screens that edit the schedule. */
public final class UndoKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private UndoKeys() {
    }

    /**
     * Undoes or redoes when the key asks for it and consumes the key; a text field keeps the keys
     * for its own undo.
     *
     * @return whether the key was taken
     */
    public static boolean handle(KeyEvent e, Runnable undo, Runnable redo) {
        if (e.getTarget() instanceof TextInputControl) {
            return false;
        }
        if (REDO.match(e) || REDO_Y.match(e)) {
            redo.run();
        } else if (UNDO.match(e)) {
            undo.run();
        } else {
            return false;
        }
        e.consume();
        return true;
    }
}
