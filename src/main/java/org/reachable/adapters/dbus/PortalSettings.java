package org.reachable.adapters.dbus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * The desktop settings portal (xdg-desktop-portal), read for the light or dark preference that
 * GNOME, KDE and the others publish under {@code org.freedesktop.appearance color-scheme}.
 */
@DBusInterfaceName("org.freedesktop.portal.Settings")
public interface PortalSettings extends DBusInterface {

    String NAME = "org.freedesktop.portal.Desktop";
    String PATH = "/org/freedesktop/portal/desktop";
    String INTERFACE = "org.freedesktop.portal.Settings";
    String APPEARANCE = "org.freedesktop.appearance";
    String COLOR_SCHEME = "color-scheme";

    /** Version 2 of the portal: the value itself. */
    Variant<?> ReadOne(String namespace, String key);

    /** Version 1: the value wrapped in one more variant. */
    Variant<?> Read(String namespace, String key);

    class SettingChanged extends DBusSignal {
        public final String namespace;
        public final String key;
        public final Variant<?> value;

        public SettingChanged(String path, String namespace, String key, Variant<?> value) throws DBusException {
            super(path, namespace, key, value);
            this.namespace = namespace;
            this.key = key;
            this.value = value;
        }
    }
}
