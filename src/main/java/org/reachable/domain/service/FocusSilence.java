package org.reachable.domain.service;

import java.util.function.Function;
import org.reachable.domain.port.DesktopSilence;
import org.reachable.domain.status.State;

/**
 * The desktop's do-not-disturb follows focus: on while the status is FOCUS and the user wants it
 * (Settings, on by default), given back when focus ends, when the user turns the setting off, and
 * when Reachable quits. Reachable's own notifications are its own windows and still show.
 */
public final class FocusSilence implements StatusMonitor.Listener {

    private final DesktopSilence desktop;
    private final Function<StatusMonitor.Change, String> reason;
    private boolean silenced;

    /** @param reason the words the desktop may show for the silence ("Focus until 11:00") */
    public FocusSilence(DesktopSilence desktop, Function<StatusMonitor.Change, String> reason) {
        this.desktop = desktop;
        this.reason = reason;
    }

    @Override
    public synchronized void statusChanged(StatusMonitor.Change change) {
        boolean wanted = change.current().state() == State.FOCUS
                && change.data().settings().preferences().silenceDesktop();
        if (wanted && !silenced) {
            desktop.silence(reason.apply(change));
            silenced = true;
        } else if (!wanted && silenced) {
            desktop.restore();
            silenced = false;
        }
    }

    /** Gives the desktop back its notifications; call on quit. */
    public synchronized void stop() {
        if (silenced) {
            desktop.restore();
            silenced = false;
        }
    }
}
