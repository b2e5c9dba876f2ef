package org.reachable.ui.daysoff;

import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ScheduleEntry;

/** One extra window or one-off focus block as the list shows it. */
public record DatedRow(ScheduleEntry entry, Dated when, String kind, String date, String times, String channels,
        String description, boolean past) {

    public String uid() {
        return entry.uid();
    }

    public boolean focus() {
        return entry instanceof FocusBlock;
    }
}
