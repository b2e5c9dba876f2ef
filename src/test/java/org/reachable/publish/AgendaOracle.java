package org.reachable.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.nio.file.Path;
import org.reachable.cli.CliHarness;

/**
 * When a channel is reachable by the schedule, worked out from {@code reachable agenda --json}
 * alone and not by the status engine: its windows and extra windows, less every focus block that
 * covers it and every day off. The feed must list exactly these stretches.
 */
public final class AgendaOracle {

    private AgendaOracle() {
    }

    /** The agenda's occurrences that start in [from, to), each a JSON object. */
    public static List<JsonNode> agenda(Clock clock, Path dataDir, Instant from, Instant to) {
        CliHarness.Result r = CliHarness.run(clock, dataDir, "agenda", "--from", from.toString(), "--to", to.toString(),
                "--json");
        if (r.code() != 0) {
            throw new IllegalStateException("agenda failed: " + r.err());
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> list = new ArrayList<>();
        for (String line : r.lines()) {
            try {
                list.add(json.readTree(line));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return list;
    }

    /** The channel's reachable stretches, merged and in order, cut to [from, to). */
    public static List<Instant[]> reachable(List<JsonNode> agenda, String channel, Instant from, Instant to) {
        List<Instant[]> on = new ArrayList<>();
        List<Instant[]> off = new ArrayList<>();
        for (JsonNode o : agenda) {
            String kind = o.get("kind").asText();
            Instant start = java.time.OffsetDateTime.parse(o.get("start").asText()).toInstant();
            Instant end = java.time.OffsetDateTime.parse(o.get("end").asText()).toInstant();
            boolean listed = false;
            for (JsonNode c : o.get("channels")) {
                listed |= c.asText().equals(channel);
            }
            if ((kind.equals("window") || kind.equals("extra-window")) && listed) {
                on.add(new Instant[] {start, end});
            } else if (kind.equals("focus") && (listed || o.get("channels").isEmpty()) || kind.equals("day-off")) {
                off.add(new Instant[] {start, end});
            }
        }
        List<Instant[]> result = merge(on);
        for (Instant[] cut : off) {
            List<Instant[]> next = new ArrayList<>();
            for (Instant[] s : result) {
                if (!cut[0].isBefore(s[1]) || !cut[1].isAfter(s[0])) {
                    next.add(s);
                    continue;
                }
                if (s[0].isBefore(cut[0])) {
                    next.add(new Instant[] {s[0], cut[0]});
                }
                if (cut[1].isBefore(s[1])) {
                    next.add(new Instant[] {cut[1], s[1]});
                }
            }
            result = next;
        }
        List<Instant[]> cutToRange = new ArrayList<>();
        for (Instant[] s : result) {
            Instant a = s[0].isBefore(from) ? from : s[0];
            Instant b = s[1].isAfter(to) ? to : s[1];
            if (a.isBefore(b)) {
                cutToRange.add(new Instant[] {a, b});
            }
        }
        return cutToRange;
    }

    private static List<Instant[]> merge(List<Instant[]> stretches) {
        List<Instant[]> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparing(s -> s[0]));
        List<Instant[]> merged = new ArrayList<>();
        for (Instant[] s : sorted) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s[0].isAfter(last[1])) {
                last[1] = s[1].isAfter(last[1]) ? s[1] : last[1];
            } else {
                merged.add(new Instant[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** "start/end" per stretch, for messages and comparison. */
    public static List<String> text(List<Instant[]> stretches) {
        return stretches.stream().map(s -> s[0] + "/" + s[1]).toList();
    }
}
