package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The fold under a list that holds what is past: how many entries it has, whether it is open, and
 * its title, which says what clicking it does ("Show 3 past days off" / "Hide …").
 */
public final class PastFold {

    private final ResourceBundle bundle;
    private final String showKey;
    private final String hideKey;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    /** @param showKey the title while folded, {@code hideKey} while open; both take the count */
    PastFold(ResourceBundle bundle, String showKey, String hideKey) {
        this.bundle = bundle;
        this.showKey = showKey;
        this.hideKey = hideKey;
        shown.addListener(o -> updateTitle());
        updateTitle();
    }

    void setCount(int past) {
        count.set(past);
        updateTitle();
    }

    private void updateTitle() {
        title.set(MessageFormat.format(bundle.getString(shown.get() ? hideKey : showKey), count.get()));
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while the fold is open. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
