package org.reachable.domain.port;

/**
 * The desktop's own do-not-disturb, switched by the status: on when focus starts, back to what
 * the user had when it ends. Both calls may be repeated; only a change does something.
 */
public interface DesktopSilence {

    /** A desktop where we know no supported way (Windows, macOS, others): the hook route remains. */
    DesktopSilence NONE = new DesktopSilence() {
        @Override
        public void silence(String reason) {
            // nothing to switch here
        }

        @Override
        public void restore() {
            // nothing was switched
        }
    };

    /** Holds the desktop's notification banners back; {@code reason} is shown where the desktop shows one. */
    void silence(String reason);

    /** Gives the desktop back what it had before {@link #silence}, unless the user changed it since. */
    void restore();
}
