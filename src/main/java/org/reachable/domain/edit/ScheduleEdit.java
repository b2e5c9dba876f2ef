package org.reachable.domain.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * One edit of the schedule as a command object: the entries it takes out and the entries it puts
 * in, matched by UID. Because it names entries rather than positions, it can be undone and redone
 * after someone else (a calendar app, the CLI) changed other entries of the same file.
 *
 * @param action what the edit did, for the undo and redo buttons (a {@link Action})
 * @param before the entries as they were; absent from the schedule after the edit unless also in {@code after}
 * @param after the entries as they are after the edit
 */
public record ScheduleEdit(Action action, List<ScheduleEntry> before, List<ScheduleEntry> after) {

    /** The kinds of edit a user makes; the editor names them in the undo button's tooltip. */
    public enum Action {
        CREATE, MOVE, RESIZE, CHANGE, DUPLICATE, DELETE, PRESET, MERGE, IMPORT, HOLIDAYS, RESTORE
    }

    public ScheduleEdit {
        Objects.requireNonNull(action, "action");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public static ScheduleEdit add(Action action, List<ScheduleEntry> entries) {
        return new ScheduleEdit(action, List.of(), entries);
    }

    public static ScheduleEdit remove(Action action, List<ScheduleEntry> entries) {
        return new ScheduleEdit(action, entries, List.of());
    }

    public static ScheduleEdit replace(Action action, ScheduleEntry old, ScheduleEntry now) {
        return new ScheduleEdit(action, List.of(old), List.of(now));
    }

    /** True when applying it would change nothing (a drag that ended where it started). */
    public boolean isEmpty() {
        return before.equals(after);
    }

    /** The edit that takes this one back. */
    public ScheduleEdit inverse() {
        return new ScheduleEdit(action, after, before);
    }

    /**
     * The schedule with this edit made: each entry of {@code before} goes, each entry of
     * {@code after} comes. An entry that stays (same UID) keeps its place, so the file's order —
     * and the table's — does not jump on every edit; new entries go at the end.
     */
    public Schedule applyTo(Schedule schedule) {
        Map<String, ScheduleEntry> incoming = new LinkedHashMap<>();
        for (ScheduleEntry entry : after) {
            incoming.put(entry.uid(), entry);
        }
        Set<String> leaving = new HashSet<>();
        for (ScheduleEntry entry : before) {
            leaving.add(entry.uid());
        }
        List<ScheduleEntry> result = new ArrayList<>(schedule.entries().size() + incoming.size());
        for (ScheduleEntry entry : schedule.entries()) {
            ScheduleEntry replacement = incoming.remove(entry.uid());
            if (replacement != null) {
                result.add(replacement);
            } else if (!leaving.contains(entry.uid())) {
                result.add(entry);
            }
        }
        result.addAll(incoming.values());
        return new Schedule(schedule.zone(), result);
    }
}
