package org.reachable.testing;

import org.reachable.domain.port.Autostart;

/** An operating system that never starts Reachable at login: for tests that build the Settings page. */
public final class NoAutostart implements Autostart {

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public void enable() {
    }

    @Override
    public void disable() {
    }
}
