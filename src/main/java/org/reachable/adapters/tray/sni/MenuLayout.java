package org.reachable.adapters.tray.sni;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.ui.tray.TrayAction;
import org.reachable.ui.tray.TrayMenu;

/**
 * A {@link TrayMenu} numbered the way dbusmenu wants it: the root is 0, entries 1, 2, … in the
 * order they show, each with the few properties that differ from dbusmenu's defaults. Plain Java
 * values (String, Boolean) so it is tested without a bus.
 */
final class MenuLayout {

    static final int ROOT = 0;

    record Entry(int id, Map<String, Object> properties, List<Integer> children, Optional<TrayAction> action) {
    }

    private final Map<Integer, Entry> entries = new LinkedHashMap<>();

    MenuLayout(TrayMenu menu) {
        List<Integer> top = add(menu.items());
        entries.put(ROOT, new Entry(ROOT, Map.of("children-display", "submenu"), top, Optional.empty()));
    }

    Optional<Entry> entry(int id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The action behind an entry, if a click on it does something. */
    Optional<TrayAction> action(int id) {
        return entry(id).flatMap(Entry::action);
    }

    private List<Integer> add(List<TrayMenu.Item> items) {
        List<Integer> ids = new ArrayList<>();
        for (TrayMenu.Item item : items) {
            int id = entries.size() + 1; // root is put last, so this counts from 1
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Integer> children = List.of();
            Optional<TrayAction> action = Optional.empty();
            entries.put(id, null); // reserve the number before the children take theirs
            if (item instanceof TrayMenu.Text text) {
                properties.put("label", label(text.text()));
                properties.put("enabled", false);
            } else if (item instanceof TrayMenu.Action entry) {
                properties.put("label", label(entry.text()));
                action = Optional.of(entry.action());
            } else if (item instanceof TrayMenu.Submenu submenu) {
                properties.put("label", label(submenu.text()));
                properties.put("children-display", "submenu");
                children = add(submenu.items());
            } else {
                properties.put("type", "separator");
            }
            entries.put(id, new Entry(id, Collections.unmodifiableMap(properties), children, action));
            ids.add(id);
        }
        return ids;
    }

    /** dbusmenu reads "_" as a mnemonic marker; our texts mean a real underscore. */
    private static String label(String text) {
        return text.replace("_", "__");
    }
}
