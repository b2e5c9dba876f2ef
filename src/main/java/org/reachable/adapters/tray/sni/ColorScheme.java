package org.reachable.adapters.tray.sni;

import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.errors.ServiceUnknown;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.reachable.adapters.dbus.PortalSettings;
import org.reachable.adapters.dbus.SessionBus;

/**
 * Which of our icons suits the panel: the outlined one for a dark desktop, the dark-edged one for
 * a light desktop, the plain one when the desktop does not say (color-scheme 1, 2 and 0).
 */
enum ColorScheme {
    NO_PREFERENCE(""), DARK("-dark"), LIGHT("-light");

    final String iconSuffix;

    ColorScheme(String iconSuffix) {
        this.iconSuffix = iconSuffix;
    }

    /** The portal's value: a uint32, possibly wrapped in more variants (version 1 of Read). */
    static ColorScheme of(Object value) {
        Object inner = value;
        while (inner instanceof Variant<?> variant) {
            inner = variant.getValue();
        }
        long code = inner instanceof UInt32 u ? u.longValue() : inner instanceof Number n ? n.longValue() : 0;
        return code == 1 ? DARK : code == 2 ? LIGHT : NO_PREFERENCE;
    }

    /** The desktop's preference now, from the settings portal; empty where no portal answers. */
    static Optional<ColorScheme> read(DBusConnection connection) {
        try {
            try {
                return Optional.of(of(portal(connection, "ReadOne")));
            } catch (ServiceUnknown e) {
                return Optional.empty(); // no portal on this desktop: nothing to ask again before the icon shows
            } catch (DBusExecutionException e) {
                return Optional.of(of(portal(connection, "Read")));
            }
        } catch (DBusException | DBusExecutionException e) {
            return Optional.empty();
        }
    }

    /** {@link PortalSettings}' ReadOne or Read of the colour scheme, by a plain call: no proxy to make. */
    private static Object portal(DBusConnection connection, String member) throws DBusException {
        Object[] reply = SessionBus.call(connection, PortalSettings.NAME, PortalSettings.PATH,
                PortalSettings.INTERFACE, member, "ss", PortalSettings.APPEARANCE, PortalSettings.COLOR_SCHEME);
        return reply.length > 0 ? reply[0] : null;
    }
}
