package org.reachable.domain.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A calendar imported from an address (https, or webcal as https), which the tray imports again on
 * its own (issue 17): what the import made of it, when it last went through, and each entry as it
 * was imported, so that a refresh can tell the user's own edit of an entry from a change in the
 * calendar (settings.json, in the preferences).
 *
 * @param url the address, webcal made https
 * @param as what the import made of it, as {@code import-ics --as} names it
 * @param channels the channel ids its entries apply to; empty for every channel
 * @param refreshed when it was last imported (by hand or by the tray); null: never
 * @param every how often the calendar asks to be read again (REFRESH-INTERVAL or X-PUBLISHED-TTL),
 *     in seconds; 0: it does not say, and the default applies
 * @param failures failed refreshes since the last one that went through
 * @param problem why the last refresh failed, in English (for the log and Days off); "" after a success
 * @param imported per UID, a fingerprint of the entry as the last import made it
 */
public record Subscription(String url, String as, List<String> channels, Instant refreshed, long every,
        int failures, String problem, Map<String, String> imported) {

    public Subscription {
        channels = channels == null ? List.of() : List.copyOf(channels);
        problem = problem == null ? "" : problem;
        imported = imported == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(imported));
    }

    /** A fingerprint of an entry's content: its record text's hash (String.hashCode is the same in every JVM). */
    public static String fingerprint(ScheduleEntry entry) {
        return Integer.toHexString(entry.toString().hashCode());
    }
}
