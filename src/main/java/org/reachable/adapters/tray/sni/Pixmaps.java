package org.reachable.adapters.tray.sni;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachable.domain.status.State;

/**
 * The tray icons as SNI pixmaps: every size we drew, so each panel picks the one that fits instead
 * of scaling one. Read once per state; a pixmap is ARGB32 in network byte order.
 */
final class Pixmaps {

    private static final int[] SIZES = {16, 22, 24, 32, 48, 64};
    private final Map<String, List<Pixmap>> cache = new HashMap<>();

    synchronized List<Pixmap> of(State state, ColorScheme scheme) {
        return cache.computeIfAbsent(state.name().toLowerCase(Locale.ROOT) + scheme.iconSuffix, Pixmaps::read);
    }

    /** @param variant "off", "focus-dark", "available-light"… */
    private static List<Pixmap> read(String variant) {
        List<Pixmap> out = new ArrayList<>();
        for (int size : SIZES) {
            String name = "/org/reachable/icons/tray-" + variant + "-" + size + ".png";
            try (InputStream in = Pixmaps.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing icon " + name);
                }
                out.add(RgbaPng.read(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
