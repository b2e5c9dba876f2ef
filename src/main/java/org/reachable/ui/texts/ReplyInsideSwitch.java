package org.reachable.ui.texts;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The auto-reply's "also reply inside reachable hours" (issue 11): read from the settings, and
 * stored there when the user flips it; a failed store is told, and the settings keep the old choice.
 * A store that fails after it answered (it writes off the FX thread) flips the switch back too.
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
                        flippingBack = true;
                        try {
                            on.set(templates.replyInsideHours()); // what the settings hold now
                        } finally {
                            flippingBack = false;
                        }
                        changed.accept(why);
                    });
            changed.accept(stored.done() ? "" : stored.reason());
        });
    }

    BooleanProperty property() {
        return on;
    }
}
