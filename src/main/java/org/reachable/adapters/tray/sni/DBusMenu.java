package org.reachable.adapters.tray.sni;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.TypeRef;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.annotations.DBusProperty.Access;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The menu a panel draws for the item (com.canonical.dbusmenu, version 3). */
@DBusInterfaceName("com.canonical.dbusmenu")
@DBusProperty(name = "Version", type = UInt32.class, access = Access.READ)
@DBusProperty(name = "TextDirection", type = String.class, access = Access.READ)
@DBusProperty(name = "Status", type = String.class, access = Access.READ)
@DBusProperty(name = "IconThemePath", type = DBusMenu.StringList.class, access = Access.READ)
public interface DBusMenu extends DBusInterface {

    String INTERFACE = "com.canonical.dbusmenu";

    interface StringList extends TypeRef<List<String>> {
    }

    Pair<UInt32, Node> GetLayout(int parentId, int recursionDepth, List<String> propertyNames);

    List<ItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames);

    Variant<?> GetProperty(int id, String name);

    void Event(int id, String eventId, Variant<?> data, UInt32 timestamp);

    List<Integer> EventGroup(List<EventItem> events);

    boolean AboutToShow(int id);

    Pair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids);

    /** (ia{sv}av): an entry, its properties, and its children as variants of the same shape. */
    final class Node extends Struct {
        @Position(0)
        public final int id;
        @Position(1)
        public final Map<String, Variant<?>> properties;
        @Position(2)
        public final List<Variant<?>> children;

        public Node(int id, Map<String, Variant<?>> properties, List<Variant<?>> children) {
            this.id = id;
            this.properties = properties;
            this.children = children;
        }
    }

    /** (ia{sv}). */
    final class ItemProperties extends Struct {
        @Position(0)
        public final int id;
        @Position(1)
        public final Map<String, Variant<?>> properties;

        public ItemProperties(int id, Map<String, Variant<?>> properties) {
            this.id = id;
            this.properties = properties;
        }
    }

    /** (isvu): one event of an EventGroup call. */
    final class EventItem extends Struct {
        @Position(0)
        public final int id;
        @Position(1)
        public final String eventId;
        @Position(2)
        public final Variant<?> data;
        @Position(3)
        public final UInt32 timestamp;

        public EventItem(int id, String eventId, Variant<?> data, UInt32 timestamp) {
            this.id = id;
            this.eventId = eventId;
            this.data = data;
            this.timestamp = timestamp;
        }
    }

    /** Two out-values. Generic, because dbus-java cannot export a method returning a non-generic Tuple. */
    final class Pair<A, B> extends Tuple {
        @Position(0)
        public final A first;
        @Position(1)
        public final B second;

        public Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }
    }

    class LayoutUpdated extends DBusSignal {
        public final UInt32 revision;
        public final int parent;

        public LayoutUpdated(String path, UInt32 revision, int parent) throws DBusException {
            super(path, revision, parent);
            this.revision = revision;
            this.parent = parent;
        }
    }
}
