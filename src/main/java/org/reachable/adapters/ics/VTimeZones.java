package org.reachable.adapters.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The VTIMEZONE a file needs for a zone, as unfolded content lines whose TZID is exactly the zone's
 * id. Taken from ical4j's bundled definitions (read from the jar, never from the network); ical4j
 * files some zones under another name (Europe/Amsterdam under Europe/Brussels, UTC under Etc/UTC),
 * so the copy gets its TZID replaced. Zones ical4j does not know (fixed offsets such as "+02:00")
 * are generated from java.time's rules.
 */
final class VTimeZones {

    private static final Map<ZoneId, List<String>> CACHE = new ConcurrentHashMap<>();

    /** 1970 to 2100 is plenty for a weekly schedule; older history only makes the file longer. */
    private static final Instant GENERATED_FROM = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant GENERATED_TO = Instant.parse("2100-01-01T00:00:00Z");

    private VTimeZones() {
    }

    static List<String> linesFor(ZoneId zone) {
        return CACHE.computeIfAbsent(zone, VTimeZones::load);
    }

    private static List<String> load(ZoneId zone) {
        List<String> fromIcal4j = zone instanceof ZoneOffset ? null : fromIcal4j(zone);
        return fromIcal4j != null ? fromIcal4j : generated(zone);
    }

    private static List<String> fromIcal4j(ZoneId zone) {
        TimeZone tz;
        try {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            tz = registry.getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            return null;
        }
        if (tz == null || tz.getVTimeZone() == null) {
            return null;
        }
        VTimeZone copy = tz.getVTimeZone().copy();
        copy.replace(new TzId(zone.getId()));
        // The URL and location name point at the zone ical4j filed it under; drop or correct them.
        copy.removeAll(Property.TZURL);
        copy.replace(new XProperty("X-LIC-LOCATION", zone.getId()));
        List<String> lines = new ArrayList<>();
        for (String line : copy.toString().split("\r?\n")) {
            if (!line.isEmpty() && !line.startsWith("TZID:")) {
                lines.add(line);
            }
        }
        // TZID first, where people reading the file look for it.
        lines.add(1, "TZID:" + IcsText.escape(zone.getId()));
        return List.copyOf(lines);
    }

    /**
     * A VTIMEZONE built from java.time: one observance for a fixed offset, otherwise one observance
     * per kind of transition between 1970 and 2100, its occurrences listed as RDATEs.
     */
    static List<String> generated(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + IcsText.escape(zone.getId()));
        ZoneOffset initial = rules.getOffset(GENERATED_FROM);
        lines.add(rules.isDaylightSavings(GENERATED_FROM) ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD");
        lines.add("TZOFFSETFROM:" + IcsText.offset(initial));
        lines.add("TZOFFSETTO:" + IcsText.offset(initial));
        lines.add("DTSTART:19700101T000000");
        lines.add(rules.isDaylightSavings(GENERATED_FROM) ? "END:DAYLIGHT" : "END:STANDARD");
        if (!rules.isFixedOffset()) {
            Map<String, List<LocalDateTime>> byKind = new LinkedHashMap<>();
            ZoneOffsetTransition t = rules.nextTransition(GENERATED_FROM);
            while (t != null && t.getInstant().isBefore(GENERATED_TO)) {
                String kind = (rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD")
                        + '|' + IcsText.offset(t.getOffsetBefore()) + '|' + IcsText.offset(t.getOffsetAfter());
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(t.getDateTimeBefore());
                t = rules.nextTransition(t.getInstant());
            }
            for (Map.Entry<String, List<LocalDateTime>> e : byKind.entrySet()) {
                String[] parts = e.getKey().split("\\|");
                List<LocalDateTime> starts = e.getValue();
                lines.add("BEGIN:" + parts[0]);
                lines.add("TZOFFSETFROM:" + parts[1]);
                lines.add("TZOFFSETTO:" + parts[2]);
                lines.add("DTSTART:" + IcsText.dateTime(starts.get(0)));
                for (int i = 1; i < starts.size(); i++) {
                    lines.add("RDATE:" + IcsText.dateTime(starts.get(i)));
                }
                lines.add("END:" + parts[0]);
            }
        }
        lines.add("END:VTIMEZONE");
        return List.copyOf(lines);
    }
}
