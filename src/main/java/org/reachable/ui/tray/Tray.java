package org.reachable.ui.tray;

import java.util.function.Consumer;

/**
 * A system tray that draws a {@link TrayMenu} (AWT, StatusNotifierItem...): the port a tray
 * toolkit in adapters/tray implements, so the tray process is tested without a desktop. It lives
 * with the menu model, not in the domain: the domain knows override requests, not menus.
 */
public interface Tray {

    /** False where the desktop has no tray (GNOME without AppIndicator, a headless session). */
    boolean isSupported();

    /** Adds the icon; {@code onAction} gets each chosen entry (and OPEN for a click on the icon). */
    void show(TrayMenu menu, Consumer<TrayAction> onAction);

    /** Replaces icon, tooltip and menu. */
    void update(TrayMenu menu);

    /**
     * Puts plain text on the system clipboard (the tray process has no other toolkit).
     *
     * @return false when there is no clipboard to put it on
     */
    boolean copyText(String text);

    /**
     * A message from the tray itself (a balloon, a desktop notification), for what must reach the
     * user when the window process cannot show it. A tray that has no way to show one drops it.
     */
    default void message(String title, String text) {
        // a tray with no message of its own: the menu line still says it
    }

    /**
     * An ordinary notification from the tray itself (a status change), for the seconds in which no
     * window process is ready to show it; {@link #message} where the tray has no other kind.
     */
    default void notice(String title, String text) {
        message(title, text);
    }

    /** Removes the icon; without this the JVM does not exit. */
    void remove();
}
