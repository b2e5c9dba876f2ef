package org.reachable.ui.schedule;

import java.util.List;
import javafx.collections.ObservableList;

/** The week page's lists as the view-model sets them after each change. */
final class ShownLists {

    private ShownLists() {
    }

    /**
     * Sets {@code shown} to {@code next} in one change, and not at all when it holds that already:
     * a list set again, even to what it held, makes the page redraw all it shows (the footer its
     * labels, the grid its blocks), and most edits leave most lists as they were.
     */
    static <T> void replace(ObservableList<T> shown, List<T> next) {
        if (!shown.equals(next)) {
            shown.setAll(next);
        }
    }
}
