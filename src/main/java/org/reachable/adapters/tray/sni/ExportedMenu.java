package org.reachable.adapters.tray.sni;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.errors.UnknownProperty;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.reachable.ui.tray.TrayAction;

/**
 * The menu as the panel asks for it over D-Bus. Holds one {@link MenuLayout} at a time and its
 * revision; the panel asks again after each LayoutUpdated, so nothing here is pushed but that signal.
 */
final class ExportedMenu implements DBusMenu, Properties {

    static final String PATH = "/MenuBar";
    private static final String NODE = "(ia{sv}av)";

    private volatile MenuLayout layout;
    private volatile int revision;
    private final Consumer<TrayAction> onAction;

    ExportedMenu(MenuLayout layout, Consumer<TrayAction> onAction) {
        this.layout = layout;
        this.revision = 1;
        this.onAction = onAction;
    }

    /** Takes a new menu; returns its revision for the LayoutUpdated signal. */
    synchronized int replace(MenuLayout next) {
        layout = next;
        return ++revision;
    }

    @Override
    public Pair<UInt32, Node> GetLayout(int parentId, int recursionDepth, List<String> propertyNames) {
        MenuLayout current = layout;
        int at = revision;
        MenuLayout.Entry parent = current.entry(parentId)
                .orElseThrow(() -> new DBusExecutionException("No menu entry " + parentId));
        return new Pair<>(new UInt32(at), node(current, parent, recursionDepth, propertyNames));
    }

    private Node node(MenuLayout current, MenuLayout.Entry entry, int depth, List<String> names) {
        List<Variant<?>> children = new ArrayList<>();
        if (depth != 0) {
            for (int child : entry.children()) {
                current.entry(child).ifPresent(e -> children.add(
                        new Variant<>(node(current, e, depth - 1, names), NODE)));
            }
        }
        return new Node(entry.id(), properties(entry, names), children);
    }

    private static Map<String, Variant<?>> properties(MenuLayout.Entry entry, List<String> names) {
        Map<String, Variant<?>> out = new LinkedHashMap<>();
        entry.properties().forEach((name, value) -> {
            if (names == null || names.isEmpty() || names.contains(name)) {
                out.put(name, new Variant<>(value));
            }
        });
        return out;
    }

    @Override
    public List<ItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames) {
        MenuLayout current = layout;
        List<ItemProperties> out = new ArrayList<>();
        for (int id : ids) {
            current.entry(id).ifPresent(e -> out.add(new ItemProperties(id, properties(e, propertyNames))));
        }
        return out;
    }

    @Override
    public Variant<?> GetProperty(int id, String name) {
        Object value = layout.entry(id).map(e -> e.properties().get(name)).orElse(null);
        if (value == null) {
            throw new UnknownProperty("No property " + name + " on menu entry " + id);
        }
        return new Variant<>(value);
    }

    @Override
    public void Event(int id, String eventId, Variant<?> data, UInt32 timestamp) {
        if ("clicked".equals(eventId)) {
            layout.action(id).ifPresent(onAction);
        }
    }

    @Override
    public List<Integer> EventGroup(List<EventItem> events) {
        List<Integer> unknown = new ArrayList<>();
        for (EventItem event : events) {
            if (layout.entry(event.id).isEmpty()) {
                unknown.add(event.id);
            } else {
                Event(event.id, event.eventId, event.data, event.timestamp);
            }
        }
        return unknown;
    }

    @Override
    public boolean AboutToShow(int id) {
        return false; // the layout is always current: it is replaced on every change
    }

    @Override
    public Pair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids) {
        return new Pair<>(List.of(), List.of());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A Get(String interfaceName, String propertyName) {
        return (A) property(propertyName).getValue();
    }

    private Variant<?> property(String name) {
        return switch (name) {
            case "Version" -> new Variant<>(new UInt32(3));
            case "TextDirection" -> new Variant<>("ltr");
            case "Status" -> new Variant<>("normal");
            case "IconThemePath" -> new Variant<>(List.of(), "as");
            default -> throw new UnknownProperty("No property " + name);
        };
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new PropertyReadOnly(propertyName);
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        Map<String, Variant<?>> all = new LinkedHashMap<>();
        for (String name : List.of("Version", "TextDirection", "Status", "IconThemePath")) {
            all.put(name, property(name));
        }
        return all;
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }
}
