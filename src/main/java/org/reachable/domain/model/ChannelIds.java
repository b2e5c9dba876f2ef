package org.reachable.domain.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the id of a new channel from its name: lower case, accents dropped, anything else a dash,
 * unique among {@code taken} by a number ("phone", "phone-2"). Schedule entries and hooks refer
 * to it, so it is made once, when the channel is added, and never changes with the name.
 */
public final class ChannelIds {

    private static final int MAX = 32;

    private ChannelIds() {
    }

    public static String unique(String name, ChannelType type, Set<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = type == null ? "channel" : type.name().toLowerCase(Locale.ROOT);
        }
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String id = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** "WhatsApp Business" → "whatsapp-business", "Téléphone" → "telephone"; empty when nothing is left. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.length() > MAX ? out.substring(0, MAX) : out.toString();
        return trim(slug);
    }

    private static String trim(String slug) {
        String s = slug;
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
