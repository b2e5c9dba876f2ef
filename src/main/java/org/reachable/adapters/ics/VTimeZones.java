package org.reachable.adapters.ics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /**
     * As {@link #linesFor(ZoneId)}, without the observances that ended before {@code from}: the
     * bundled Europe/Amsterdam carries every rule since 1880 (some 160 lines) where a schedule of
     * this decade needs the two rules in use. Kept: every observance that still occurs on or after
     * {@code from}, and the latest one before it (it gives the offset in force at {@code from}).
     */
    static List<String> linesFor(ZoneId zone, LocalDate from) {
        return trimmed(linesFor(zone), from.atStartOfDay());
    }

    static List<String> trimmed(List<String> lines, LocalDateTime from) {
        List<List<String>> observances = new ArrayList<>();
        List<String> head = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (current == null && (line.equals("BEGIN:STANDARD") || line.equals("BEGIN:DAYLIGHT"))) {
                current = new ArrayList<>();
            }
            if (current != null) {
                current.add(line);
                if (line.equals("END:STANDARD") || line.equals("END:DAYLIGHT")) {
                    observances.add(current);
                    current = null;
                }
            } else if (!line.equals("END:VTIMEZONE")) {
                head.add(line);
            }
        }
        List<String> latestBefore = null;
        LocalDateTime latestBeforeEnd = LocalDateTime.MIN;
        List<List<String>> kept = new ArrayList<>();
        for (List<String> observance : observances) {
            LocalDateTime last = lastOnset(observance);
            if (last == null || !last.isBefore(from)) {
                kept.add(observance);
            } else if (last.isAfter(latestBeforeEnd)) {
                latestBefore = observance;
                latestBeforeEnd = last;
            }
        }
        List<String> out = new ArrayList<>(head);
        // The latest observance before `from` gives the offset at `from`, unless a kept one already
        // began by then (Amsterdam's summer rule of 1981 still runs; its 1979-1995 autumn rule can go).
        boolean keptBeganBefore = false;
        for (List<String> observance : kept) {
            LocalDateTime first = firstOnset(observance);
            keptBeganBefore |= first != null && !first.isAfter(latestBeforeEnd);
        }
        if (latestBefore != null && !keptBeganBefore) {
            out.addAll(latestBefore);
        }
        kept.forEach(out::addAll);
        out.add("END:VTIMEZONE");
        return List.copyOf(out);
    }

    /** When an observance last begins: its RRULE's UNTIL, its last RDATE or its DTSTART; null while its RRULE runs on. */
    private static LocalDateTime lastOnset(List<String> observance) {
        LocalDateTime last = null;
        for (String line : observance) {
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).split(";", 2)[0];
            String value = line.substring(line.indexOf(':') + 1);
            switch (name) {
                case "DTSTART" -> last = later(last, onset(value));
                case "RDATE" -> {
                    for (String date : value.split(",")) {
                        last = later(last, onset(date));
                    }
                }
                case "RRULE" -> {
                    int until = value.indexOf("UNTIL=");
                    if (until < 0) {
                        return null; // runs on (a COUNT, rare in zone files, is kept rather than worked out)
                    } else {
                        last = later(last, onset(value.substring(until + 6).split(";", 2)[0]));
                    }
                }
                default -> {
                }
            }
        }
        return last;
    }

    private static LocalDateTime firstOnset(List<String> observance) {
        for (String line : observance) {
            if (line.startsWith("DTSTART:")) {
                return onset(line.substring(8));
            }
        }
        return null;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** A DATE or DATE-TIME value (UTC or local, the few hours between them do not matter here). */
    private static LocalDateTime onset(String value) {
        String v = value.strip();
        if (v.endsWith("Z")) {
            v = v.substring(0, v.length() - 1);
        }
        return v.length() == 8 ? LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay()
                : LocalDateTime.parse(v, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
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
