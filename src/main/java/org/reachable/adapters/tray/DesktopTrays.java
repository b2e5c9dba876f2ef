package org.reachable.adapters.tray;

import java.util.Optional;
import java.util.logging.Logger;
import org.reachable.adapters.tray.sni.SniTray;
import org.reachable.ui.tray.Tray;

/** The tray this desktop takes, chosen as DesktopSilences chooses the do-not-disturb. */
public final class DesktopTrays {

    private static final Logger LOG = Logger.getLogger(DesktopTrays.class.getName());

    private DesktopTrays() {
    }

    /** A StatusNotifierItem where the panel takes one (KDE, GNOME with AppIndicator, XFCE…), else AWT's icon. */
    public static Tray forDesktop() {
        Optional<SniTray> sni = SniTray.onSessionBus();
        LOG.info(sni.isPresent() ? "Tray: StatusNotifierItem" : "Tray: AWT (no StatusNotifierWatcher on the session bus)");
        return sni.<Tray>map(t -> t).orElseGet(AwtTray::new);
    }
}
