package org.reachable.ui.daysoff;

import org.reachable.domain.model.DayOff;

/** One day off as the list shows it; the texts are made once, in the user's language. */
public record DayOffRow(DayOff entry, String dates, String reason, String standIn, String backOn,
        String description, boolean past) {

    public String uid() {
        return entry.uid();
    }
}
