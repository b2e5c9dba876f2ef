package org.reachable.domain.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The home clock's ranges with a client's clock beside them: "9.00–11.00 uur Nederlandse tijd
 * (8.00–10.00 uur Britse tijd)". Offsets are taken on a given date because the gap between two zones
 * changes when their summer times start on different days. A range that lands on another day for
 * the client says so ("3.00–5.00 uur de volgende dag").
 */
final class ClientZone {

    private record Shifted(ClockRange range, int days) {
    }

    private ClientZone() {
    }

    static String phrase(Words words, List<ClockRange> ranges, ZoneId home, ZoneId client, LocalDate on) {
        String homePart = words.times(ranges) + " " + words.zoneName(home);
        List<Shifted> shifted = shifted(ranges, home, client, on);
        if (same(shifted, ranges)) {
            return homePart;
        }
        String label = words.zoneName(client);
        boolean anyShift = shifted.stream().anyMatch(s -> s.days() != 0);
        // "de volgende dag, Britse tijd": a comma keeps the day note from running into the name
        String gap = anyShift && !label.startsWith("in ") ? ", " : " ";
        return homePart + " (" + groups(words, shifted, words::times) + gap + label + ")";
    }

    private static List<Shifted> shifted(List<ClockRange> ranges, ZoneId home, ZoneId client, LocalDate on) {
        return ranges.stream().map(r -> shift(r, home, client, on)).toList();
    }

    private static boolean same(List<Shifted> shifted, List<ClockRange> ranges) {
        return shifted.stream().allMatch(s -> s.days() == 0)
                && shifted.stream().map(Shifted::range).toList().equals(ranges);
    }

    private static String groups(Words words, List<Shifted> shifted, Function<List<ClockRange>, String> say) {
        List<String> groups = new ArrayList<>();
        List<ClockRange> group = new ArrayList<>();
        int days = shifted.get(0).days();
        for (Shifted s : shifted) {
            if (s.days() != days) {
                groups.add(group(words, say, group, days));
                group = new ArrayList<>();
                days = s.days();
            }
            group.add(s.range());
        }
        groups.add(group(words, say, group, days));
        return words.list(groups);
    }

    private static String group(Words words, Function<List<ClockRange>, String> say, List<ClockRange> ranges,
            int days) {
        return say.apply(ranges) + (days == 0 ? "" : " " + words.dayShift(days));
    }

    private static Shifted shift(ClockRange range, ZoneId home, ZoneId client, LocalDate on) {
        ZonedDateTime start = on.atStartOfDay().plusMinutes(range.from()).atZone(home).withZoneSameInstant(client);
        int from = ClockRange.minutes(start.toLocalTime());
        int days = (int) ChronoUnit.DAYS.between(on, start.toLocalDate());
        return new Shifted(new ClockRange(from, from + range.lengthMinutes()), days);
    }
}
