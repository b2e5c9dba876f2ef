package org.reachable.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;

/**
 * What the Undo and Redo buttons show, for every screen that edits the one schedule document:
 * whether there is something to undo or redo, and what ("Undo: move (Ctrl+Z)"). Follows the
 * document, whichever screen made the edit. Needs the keys undo.tooltip, redo.tooltip,
 * undo.nothing and redo.nothing in the screen's bundle.
 */
public final class UndoState {

    private final ScheduleDocument document;
    private final ResourceBundle bundle;
    private final Function<ScheduleEdit.Action, String> actionName;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");

    /** @param actionName an edit's kind in the screen's words ("move", "verplaatsen") */
    public UndoState(ScheduleDocument document, ResourceBundle bundle, Function<ScheduleEdit.Action, String> actionName) {
        this.document = document;
        this.bundle = bundle;
        this.actionName = actionName;
        document.addListener((schedule, origin) -> refresh());
        refresh();
    }

    private void refresh() {
        canUndo.set(document.canUndo());
        canRedo.set(document.canRedo());
        undoText.set(document.undoAction().map(a -> MessageFormat.format(bundle.getString("undo.tooltip"),
                actionName.apply(a))).orElse(bundle.getString("undo.nothing")));
        redoText.set(document.redoAction().map(a -> MessageFormat.format(bundle.getString("redo.tooltip"),
                actionName.apply(a))).orElse(bundle.getString("redo.nothing")));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
