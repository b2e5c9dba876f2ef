package org.reachable.adapters.os;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reachable.adapters.dbus.SessionBus;
import org.reachable.domain.port.DesktopSilence;

/** Picks the do-not-disturb this desktop supports: KDE's inhibition, GNOME's banners, or none. */
public final class DesktopSilences {

    /** GNOME's banner setting from before a focus block, kept in the data folder until given back (a crash included). */
    public static final String BANNERS_BEFORE_FOCUS = "show-banners.before-focus";

    private DesktopSilences() {
    }

    /**
     * @param environment the process environment (XDG_CURRENT_DESKTOP, the session bus)
     * @param before      where GNOME's previous banner setting is remembered
     */
    public static DesktopSilence forDesktop(Map<String, String> environment, Path before) {
        String desktop = environment.getOrDefault("XDG_CURRENT_DESKTOP", "").toUpperCase(Locale.ROOT);
        Optional<String> bus = SessionBus.address(environment);
        if (bus.isPresent() && (desktop.contains("KDE") || !desktop.contains("GNOME"))
                && KdeInhibition.isAvailable(bus.get())) {
            return new KdeInhibition(bus.get());
        }
        GnomeBanners gnome = new GnomeBanners(environment, before);
        // a file left by a crash is undone even on a desktop that no longer looks like GNOME
        gnome.recover();
        if (desktop.contains("GNOME") || desktop.contains("UNITY") || desktop.contains("BUDGIE")) {
            return gnome.isAvailable() ? gnome : DesktopSilence.NONE;
        }
        return DesktopSilence.NONE;
    }
}
