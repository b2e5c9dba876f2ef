package org.reachable.ui.tray;

import java.util.List;
import org.reachable.domain.status.State;

/**
 * Everything the tray shows, as plain data: the icon's state, the tooltip and the menu. The menu
 * is rebuilt from this on every change, so a toolkit's own checkbox state never drifts from it.
 */
public record TrayMenu(State state, String tooltip, List<Item> items) {

    public TrayMenu {
        items = List.copyOf(items);
    }

    public sealed interface Item permits Text, Action, Submenu, Separator {
    }

    /** A line that only informs (the status, the next change). */
    public record Text(String text) implements Item {
    }

    public record Action(String text, TrayAction action) implements Item {
    }

    public record Submenu(String text, List<Item> items) implements Item {
        public Submenu {
            items = List.copyOf(items);
        }
    }

    public record Separator() implements Item {
    }
}
