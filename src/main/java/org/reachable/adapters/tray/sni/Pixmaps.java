package org.reachable.adapters.tray.sni;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachable.domain.status.State;

/**
 * The tray icons as SNI pixmaps: every size we drew, so each panel picks the one that fits instead
 * of scaling one. Read once per state; a pixmap is ARGB32 in network byte order. The jar carries them
 * so, one file per look ({@code icons/pixmaps/tray-off-dark.argb}: the sizes one after another), made
 * from the PNGs by PixmapsTest, which checks they agree: decoding the six PNGs of a look took the
 * SNI start 12-17 ms of its main thread before the icon registered (a fresh JVM, C1 only).
 */
final class Pixmaps {

    static final int[] SIZES = {16, 22, 24, 32, 48, 64};
    private final Map<String, List<Pixmap>> cache = new HashMap<>();

    synchronized List<Pixmap> of(State state, ColorScheme scheme) {
        return cache.computeIfAbsent(state.name().toLowerCase(Locale.ROOT) + scheme.iconSuffix, Pixmaps::read);
    }

    /** @param variant "off", "focus-dark", "available-light"… */
    private static List<Pixmap> read(String variant) {
        String name = "/org/reachable/icons/pixmaps/tray-" + variant + ".argb";
        byte[] all;
        try (InputStream in = Pixmaps.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing icon " + name);
            }
            all = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pixmap> out = new ArrayList<>();
        int at = 0;
        for (int size : SIZES) {
            int length = size * size * 4;
            if (at + length > all.length) {
                throw new IllegalStateException("Icon " + name + " ends before its " + size + " px size");
            }
            out.add(new Pixmap(size, size, Arrays.copyOfRange(all, at, at + length)));
            at += length;
        }
        return List.copyOf(out);
    }
}
