package org.reachable.ui.schedule;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.reachable.domain.model.EntryKind;

/** The pair "window / focus" as two toggles of one group: the toolbar's and the entry form's. */
final class KindToggles {

    private KindToggles() {
    }

    /** Shows {@code kind} and sets it when the user picks the other; one of the two stays picked. */
    static void bind(ToggleGroup kinds, Toggle window, Toggle focus, ObjectProperty<EntryKind> kind) {
        window.setUserData(EntryKind.WINDOW);
        focus.setUserData(EntryKind.FOCUS);
        (kind.get() == EntryKind.FOCUS ? focus : window).setSelected(true);
        kinds.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                kind.set((EntryKind) now.getUserData());
            }
        });
    }
}
