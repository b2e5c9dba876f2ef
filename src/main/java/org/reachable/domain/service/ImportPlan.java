package org.reachable.domain.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.Problem;

/**
 * What importing a calendar would do to the schedule: entries to add, to change and to remove,
 * shown before anything is written, and then made as one {@link ScheduleEdit} (one undo step).
 *
 * <p>An imported entry's UID is {@code import-<8 hex>-<the calendar's UID>}, the hex naming its
 * source (the URL, or the calendar's name). The UID is the one thing every entry keeps through
 * schedule.ics, calendar apps and CalDAV servers, and through every edit in the app; an X- property
 * would need a field on every entry and is dropped by some calendar apps when they save. So a
 * re-import finds its own entries by prefix: same UID, an update; gone from the calendar, a removal
 * (only of the kinds this import makes); an entry stays editable, and a re-import shows the user's
 * edit as a change before it overwrites it.
 *
 * <p>Entries wholly in the past are left out: a calendar export holds years of history.
 */
public record ImportPlan(String source, List<ScheduleEntry> added, List<Change> changed,
        List<ScheduleEntry> removed, int unchanged, int past, List<Problem> skipped) {

    /** One entry before and after the import. */
    public record Change(ScheduleEntry before, ScheduleEntry after) {
    }

    public ImportPlan {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
    }

    /** The UID prefix of every entry imported from {@code source}. */
    public static String uidPrefix(String source) {
        // FNV-1a over the characters: stable across runs and JVMs; 32 bits tell a user's few sources apart
        int hash = 0x811c9dc5;
        for (int i = 0; i < source.length(); i++) {
            hash = (hash ^ source.charAt(i)) * 0x01000193;
        }
        return "import-" + HexFormat.of().toHexDigits(hash) + "-";
    }

    /** True when the entry came from an import (of any calendar). */
    public static boolean isImported(ScheduleEntry entry) {
        return entry.uid().matches("import-[0-9a-f]{8}-.+");
    }

    /**
     * The plan for {@code imported} (entries with the calendar's own UIDs) against {@code current}.
     *
     * @param as which kinds this import makes; only those are removed when gone from the calendar
     * @param now the local date-time in the home zone, to leave out what has ended
     */
    public static ImportPlan of(Schedule current, String source, Schedule imported, ImportAs as, LocalDateTime now,
            List<Problem> skipped) {
        String prefix = uidPrefix(source);
        Map<String, ScheduleEntry> mine = new LinkedHashMap<>();
        for (ScheduleEntry entry : current.entries()) {
            if (entry.uid().startsWith(prefix) && as.kinds().contains(entry.kind())) {
                mine.put(entry.uid(), entry);
            }
        }
        Map<String, ScheduleEntry> others = new LinkedHashMap<>();
        for (ScheduleEntry entry : current.entries()) {
            others.put(entry.uid(), entry);
        }
        List<ScheduleEntry> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        int past = 0;
        for (ScheduleEntry raw : imported.entries()) {
            ScheduleEntry entry = withUid(raw, prefix + raw.uid());
            seen.add(entry.uid());
            if (endedBefore(entry, now, current.zone())) {
                past++;
                continue;
            }
            ScheduleEntry before = others.get(entry.uid());
            if (before == null) {
                added.add(entry);
            } else if (before.equals(entry)) {
                unchanged++;
            } else {
                changed.add(new Change(before, entry));
            }
        }
        List<ScheduleEntry> removed = mine.values().stream().filter(e -> !seen.contains(e.uid())).toList();
        return new ImportPlan(source, added, changed, removed, unchanged, past, skipped);
    }

    /** True when the import would change nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    /** The import as one edit: undone in one step, applied through the same path as every other edit. */
    public ScheduleEdit edit() {
        List<ScheduleEntry> before = new ArrayList<>(removed);
        List<ScheduleEntry> after = new ArrayList<>(added);
        for (Change change : changed) {
            before.add(change.before());
            after.add(change.after());
        }
        return new ScheduleEdit(ScheduleEdit.Action.IMPORT, before, after);
    }

    /** Whether it has ended by {@code now} (home wall-clock); an entry kept in another zone is compared in it. */
    static boolean endedBefore(ScheduleEntry entry, LocalDateTime now, ZoneId home) {
        if (entry instanceof DayOff d) {
            return d.last().isBefore(now.toLocalDate());
        }
        Object when = entry instanceof FocusBlock f ? f.when()
                : entry instanceof ExtraWindow x ? x.when() : ((ReachableWindow) entry).when();
        if (when instanceof Dated dated) {
            return !dated.at(home).end().isAfter(now);
        }
        Weekly weekly = (Weekly) when;
        LocalDate today = now.atZone(home).withZoneSameInstant(weekly.zoneOr(home)).toLocalDate();
        LocalDate until = weekly.series().until();
        return until != null && until.isBefore(today)
                && weekly.series().added().stream().allMatch(d -> d.isBefore(today));
    }

    private static ScheduleEntry withUid(ScheduleEntry e, String uid) {
        if (e instanceof DayOff d) {
            return new DayOff(uid, d.summary(), d.first(), d.last(), d.reason(), d.standIn(), d.backOn(),
                    d.urgentLineOff());
        }
        if (e instanceof FocusBlock f) {
            return new FocusBlock(uid, f.summary(), f.when(), f.channels());
        }
        if (e instanceof ExtraWindow x) {
            return new ExtraWindow(uid, x.summary(), x.when(), x.channels());
        }
        ReachableWindow w = (ReachableWindow) e;
        return new ReachableWindow(uid, w.summary(), w.when(), w.channels());
    }
}
