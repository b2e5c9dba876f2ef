package org.reachable.adapters.os;

/**
 * Why the window process ended before its time, read from what it wrote: JavaFX on Linux needs
 * GTK 3 and a display, and says which one it missed in a line of its own.
 */
public enum WindowFailure {
    /** "Unable to load glass GTK library": libgtk-3-0 is not installed. */
    NO_GTK,
    /** "Unable to open DISPLAY": no X or Wayland display in the environment. */
    NO_DISPLAY,
    /** Anything else that ended it with an error. */
    CRASHED;

    public static WindowFailure of(String output) {
        if (output.contains("Unable to load glass GTK library")) {
            return NO_GTK;
        }
        if (output.contains("Unable to open DISPLAY")) {
            return NO_DISPLAY;
        }
        return CRASHED;
    }
}
