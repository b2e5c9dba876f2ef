package org.reachable.adapters.tray.sni;

import java.util.List;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.TypeRef;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.annotations.DBusProperty.Access;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;

/**
 * The item a panel shows (freedesktop StatusNotifierItem, under its historical KDE name). The
 * properties are listed here so introspection names them: hosts such as GNOME's AppIndicator
 * extension read the introspection before they ask for a property.
 */
@DBusInterfaceName("org.kde.StatusNotifierItem")
@DBusProperty(name = "Category", type = String.class, access = Access.READ)
@DBusProperty(name = "Id", type = String.class, access = Access.READ)
@DBusProperty(name = "Title", type = String.class, access = Access.READ)
@DBusProperty(name = "Status", type = String.class, access = Access.READ)
@DBusProperty(name = "WindowId", type = Integer.class, access = Access.READ)
@DBusProperty(name = "IconThemePath", type = String.class, access = Access.READ)
@DBusProperty(name = "Menu", type = DBusPath.class, access = Access.READ)
@DBusProperty(name = "ItemIsMenu", type = Boolean.class, access = Access.READ)
@DBusProperty(name = "IconName", type = String.class, access = Access.READ)
@DBusProperty(name = "IconPixmap", type = StatusNotifierItem.PixmapList.class, access = Access.READ)
@DBusProperty(name = "OverlayIconName", type = String.class, access = Access.READ)
@DBusProperty(name = "OverlayIconPixmap", type = StatusNotifierItem.PixmapList.class, access = Access.READ)
@DBusProperty(name = "AttentionIconName", type = String.class, access = Access.READ)
@DBusProperty(name = "AttentionIconPixmap", type = StatusNotifierItem.PixmapList.class, access = Access.READ)
@DBusProperty(name = "AttentionMovieName", type = String.class, access = Access.READ)
@DBusProperty(name = "ToolTip", type = ToolTip.class, access = Access.READ)
public interface StatusNotifierItem extends DBusInterface {

    String INTERFACE = "org.kde.StatusNotifierItem";

    /** a(iiay): the icon in several sizes. */
    interface PixmapList extends TypeRef<List<Pixmap>> {
    }

    void ContextMenu(int x, int y);

    /** A primary click on the icon. */
    void Activate(int x, int y);

    void SecondaryActivate(int x, int y);

    void Scroll(int delta, String orientation);

    class NewIcon extends DBusSignal {
        public NewIcon(String path) throws DBusException {
            super(path);
        }
    }

    class NewToolTip extends DBusSignal {
        public NewToolTip(String path) throws DBusException {
            super(path);
        }
    }

    class NewTitle extends DBusSignal {
        public NewTitle(String path) throws DBusException {
            super(path);
        }
    }

    class NewStatus extends DBusSignal {
        public final String status;

        public NewStatus(String path, String status) throws DBusException {
            super(path, status);
            this.status = status;
        }
    }
}
