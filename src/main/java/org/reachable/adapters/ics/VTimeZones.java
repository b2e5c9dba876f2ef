package org.reachable.adapters.ics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * The VTIMEZONE a file needs for a zone, as unfolded content lines whose TZID is exactly the zone's
 * id. Taken from the definitions bundled in ical4j's jar (never from the network). ical4j files some
 * zones under another name (Europe/Amsterdam's file says Europe/Brussels), so the TZID is always
 * replaced, and the TZURL, which would name the other zone, dropped. The bundled file is read
 * directly: asking ical4j's registry for the zone costs about 0.4 s on first use, because it also
 * builds java.time rules we do not need. Zones ical4j has no file for (fixed offsets such as
 * "+02:00") are generated from java.time's rules.
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
        if (zone instanceof ZoneOffset) {
            return generated(zone);
        }
        List<String> lines = fromBundledFile(zone);
        if (lines == null) {
            lines = fromRegistry(zone);
        }
        return lines != null ? lines : generated(zone);
    }

    private static List<String> fromBundledFile(ZoneId zone) {
        String name = "zoneinfo/" + zone.getId() + ".ics";
        try (InputStream in = TimeZoneRegistry.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            RawCalendar.RawComponent calendar = RawCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (RawCalendar.RawComponent c : calendar.components()) {
                if (c.name().equals("VTIMEZONE")) {
                    List<String> lines = new ArrayList<>();
                    lines.add("BEGIN:VTIMEZONE");
                    lines.add("TZID:" + IcsText.escape(zone.getId()));
                    for (RawCalendar.RawProperty p : c.properties()) {
                        if (!Set.of("TZID", "TZURL", "X-LIC-LOCATION").contains(p.name())) {
                            lines.add(RawCalendar.RawComponent.line(p));
                        }
                    }
                    lines.add("X-LIC-LOCATION:" + IcsText.escape(zone.getId()));
                    for (RawCalendar.RawComponent observance : c.components()) {
                        observance.forEachLine(lines::add);
                    }
                    lines.add("END:VTIMEZONE");
                    return List.copyOf(lines);
                }
            }
            return null;
        } catch (IOException | ParserException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> fromRegistry(ZoneId zone) {
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
