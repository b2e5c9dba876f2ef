package org.reachable.domain.edit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * A three-way merge of schedules by entry UID: what the editor last read or wrote (the base), what
 * the user has made of it since (mine) and what is in the file now (theirs). An entry changed on one
 * side only takes that side; an entry changed differently on both sides is a conflict, kept as mine
 * until the user chooses.
 */
public final class Merge {

    /**
     * An entry both sides changed differently. Either side may be empty: deleted there.
     */
    public record Conflict(String uid, Optional<ScheduleEntry> mine, Optional<ScheduleEntry> theirs) {
    }

    /** The merged schedule (conflicts resolved as mine) and the conflicts to ask the user about. */
    public record Result(Schedule merged, List<Conflict> conflicts) {
        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private Merge() {
    }

    public static Result of(Schedule base, Schedule mine, Schedule theirs) {
        Map<String, ScheduleEntry> b = byUid(base);
        Map<String, ScheduleEntry> m = byUid(mine);
        Map<String, ScheduleEntry> t = byUid(theirs);
        // their order first (the file's), then what only I added, in my order
        Set<String> uids = new LinkedHashSet<>(t.keySet());
        uids.addAll(m.keySet());
        uids.addAll(b.keySet());
        List<ScheduleEntry> merged = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (String uid : uids) {
            ScheduleEntry inBase = b.get(uid);
            ScheduleEntry inMine = m.get(uid);
            ScheduleEntry inTheirs = t.get(uid);
            ScheduleEntry chosen;
            if (Objects.equals(inMine, inBase)) {
                chosen = inTheirs;
            } else if (Objects.equals(inTheirs, inBase) || Objects.equals(inMine, inTheirs)) {
                chosen = inMine;
            } else {
                conflicts.add(new Conflict(uid, Optional.ofNullable(inMine), Optional.ofNullable(inTheirs)));
                chosen = inMine;
            }
            if (chosen != null) {
                merged.add(chosen);
            }
        }
        // the zone follows the same rule: a zone changed outside wins unless I changed it too
        ZoneId zone = mine.zone().equals(base.zone()) ? theirs.zone() : mine.zone();
        return new Result(new Schedule(zone, merged), List.copyOf(conflicts));
    }

    private static Map<String, ScheduleEntry> byUid(Schedule schedule) {
        Map<String, ScheduleEntry> map = new LinkedHashMap<>();
        for (ScheduleEntry entry : schedule.entries()) {
            map.put(entry.uid(), entry);
        }
        return map;
    }
}
