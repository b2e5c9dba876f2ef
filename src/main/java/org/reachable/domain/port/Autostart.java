package org.reachable.domain.port;

/**
 * Starting Reachable when the user logs in (in the background, to the tray). One adapter per
 * operating system writes or removes the OS's own entry; nothing else is kept.
 */
public interface Autostart {

    /** Whether the OS will start Reachable at the next login. */
    boolean isEnabled() throws StoreException;

    void enable() throws StoreException;

    void disable() throws StoreException;
}
