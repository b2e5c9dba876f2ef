package org.reachable.domain.port;

/**
 * The operating system's light/dark preference, where it can be read. JavaFX 21 cannot tell
 * (Platform.Preferences came with 22), so an adapter asks the OS. Never fails: unknown is light.
 */
public interface DesktopTheme {

    /** True when the user asked the OS for dark windows; false when light or unknown. */
    boolean prefersDark();
}
