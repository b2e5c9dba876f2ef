package org.reachable.domain.port;

import java.util.function.Consumer;

/** The system tray, behind a small port so the app logic is tested without a desktop. */
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

    /** Removes the icon; without this the JVM does not exit. */
    void remove();
}
