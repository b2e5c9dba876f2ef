package org.reachable.domain.problem;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The time zone a user most likely meant by a mistyped one ("Europe/Amsterdm", "europe/amsterdam",
 * "Amsterdam"), so a message can say "did you mean Europe/Amsterdam?" instead of only "no".
 */
public final class ZoneGuess {

    private ZoneGuess() {
    }

    public static Optional<String> of(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (!id.contains("/") || id.startsWith("Etc/") || id.startsWith("SystemV/")) {
                continue; // "CET", "Etc/GMT+1": never what a person who types a city means
            }
            String lower = id.toLowerCase(Locale.ROOT);
            if (lower.equals(t) || lower.endsWith("/" + t)) {
                return Optional.of(id); // only the case differs, or the region was left out
            }
            int d = distance(t, lower);
            if (d < bestDistance || (d == bestDistance && id.compareTo(best) < 0)) {
                best = id;
                bestDistance = d;
            }
        }
        // a slip of a few letters; farther off, a guess would mislead more than it helps
        return bestDistance <= Math.max(2, t.length() / 5) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance: letters added, left out or changed. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
