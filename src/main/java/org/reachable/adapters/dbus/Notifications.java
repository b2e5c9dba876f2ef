package org.reachable.adapters.dbus;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The desktop's notification server (freedesktop Desktop Notifications 1.2), as far as Reachable
 * calls it: a message of its own, and KDE's do-not-disturb (Inhibit), which lasts as long as the
 * caller's bus connection or until UnInhibit.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface Notifications extends DBusInterface {

    String NAME = "org.freedesktop.Notifications";
    String PATH = "/org/freedesktop/Notifications";
    /** The capability a server lists when it takes Inhibit (Plasma's does). */
    String INHIBITIONS = "inhibitions";

    List<String> GetCapabilities();

    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
            List<String> actions, Map<String, Variant<?>> hints, int expireTimeout);

    UInt32 Inhibit(String desktopEntry, String reason, Map<String, Variant<?>> hints);

    void UnInhibit(UInt32 cookie);
}
