package org.reachable.domain.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * The user's answer to an entry changed both here and on the server. The sync kept this
 * computer's version (and sent it), so keeping it changes nothing; taking the server's replaces
 * it here (and the next sync sends it back); keeping both adds the server's as an entry of its own,
 * as calendar apps offer "keep both" for two versions of one appointment.
 */
public enum SyncChoice {
    HERE, SERVER, BOTH;

    /** Whether {@code choice} means something when one side deleted the entry (keeping both does not). */
    public static boolean possible(SyncChoice choice, Optional<ScheduleEntry> here, Optional<ScheduleEntry> server) {
        return choice != BOTH || here.isPresent() && server.isPresent();
    }

    /**
     * All the answers as one edit of the schedule (one undo step); empty when every answer keeps
     * this computer's version.
     *
     * @param server per UID, the server's version (empty: deleted there)
     */
    public static ScheduleEdit edit(Schedule current, Map<String, SyncChoice> answers,
            Map<String, Optional<ScheduleEntry>> server, Supplier<String> newUid) {
        List<ScheduleEntry> before = new ArrayList<>();
        List<ScheduleEntry> after = new ArrayList<>();
        answers.forEach((uid, choice) -> {
            Optional<ScheduleEntry> here = current.entries().stream().filter(e -> e.uid().equals(uid)).findFirst();
            Optional<ScheduleEntry> theirs = server.getOrDefault(uid, Optional.empty());
            if (choice == SERVER) {
                here.ifPresent(before::add);
                theirs.ifPresent(after::add);
            } else if (choice == BOTH && here.isPresent() && theirs.isPresent()) {
                after.add(withUid(theirs.get(), newUid.get()));
            }
        });
        return new ScheduleEdit(ScheduleEdit.Action.MERGE, before, after);
    }

    /** The same entry under another UID: the server's version beside this computer's. */
    static ScheduleEntry withUid(ScheduleEntry entry, String uid) {
        if (entry instanceof ReachableWindow w) {
            return new ReachableWindow(uid, w.summary(), w.when(), w.channels());
        }
        if (entry instanceof FocusBlock f) {
            return new FocusBlock(uid, f.summary(), f.when(), f.channels());
        }
        if (entry instanceof ExtraWindow x) {
            return new ExtraWindow(uid, x.summary(), x.when(), x.channels());
        }
        DayOff d = (DayOff) entry;
        return new DayOff(uid, d.summary(), d.first(), d.last(), d.reason(), d.standIn(), d.backOn(),
                d.urgentLineOff());
    }
}
