package org.reachable.ui.texts;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The auto-reply's "also reply inside reachable hours" (issue 11): read from the settings, and
 * stored there when the user flips it; a failed store is told, and the settings keep the old choice.
 * A store that fails after it answered (it writes off the FX thread) flips the switch back too, and
 * so does one that refuses at once, once the check box's own update is over.
 */
final class ReplyInsideSwitch {

    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private boolean flippingBack;

    /**
     * @param templates the settings it is kept in; null: never stored
     * @param changed after a flip (the text changes), with the reason it was not stored, or ""
     */
    ReplyInsideSwitch(TemplateStore templates, Consumer<String> changed) {
        on.set(templates != null && templates.replyInsideHours());
        on.addListener((o, was, now) -> {
            if (flippingBack) {
                return;
            }
            TemplateStore.Outcome stored = templates == null || templates.replyInsideHours() == now
                    ? TemplateStore.Outcome.DONE : templates.replyInsideHours(now, why -> {
                        flipBack(templates);
                        changed.accept(why);
                    });
            if (!stored.done()) {
                // refused at once, inside the check box's own update: set now, the box would stay flipped
                templates.later(() -> flipBack(templates));
            }
            changed.accept(stored.done() ? "" : stored.reason());
        });
    }

    /** Back to what the settings hold now, storing nothing. */
    private void flipBack(TemplateStore templates) {
        flippingBack = true;
        try {
            on.set(templates.replyInsideHours());
        } finally {
            flippingBack = false;
        }
    }

    BooleanProperty property() {
        return on;
    }
}
