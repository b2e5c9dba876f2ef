package org.reachable.adapters.ics;

import java.time.ZoneId;
import java.util.List;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.EntryFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * One entry per calendar object, as CalDAV wants it (RFC 4791 section 4.1: one UID per object,
 * its moved and cancelled instances beside the master): the schedule file's own writer and
 * reader, so an entry reads back exactly as it was written and a phone's edit reads as any
 * calendar app's edit of schedule.ics does.
 */
public final class IcsEntries implements EntryFormat {

    @Override
    public String write(ScheduleEntry entry, ZoneId zone) {
        return IcsCodec.write(new Schedule(zone, List.of(entry)));
    }

    @Override
    public ScheduleEntry read(String ics, String name, ZoneId zone) throws StoreException {
        Schedule schedule = IcsCodec.read(ics, name, zone);
        if (schedule.entries().isEmpty()) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_NO_EVENT).at(name, 0));
        }
        if (schedule.entries().size() > 1) {
            throw new StoreException(Problem.of(ProblemKind.SYNC_MANY_EVENTS, schedule.entries().size()).at(name, 0));
        }
        return schedule.entries().get(0);
    }
}
