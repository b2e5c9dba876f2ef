package org.reachable.domain.model;

import java.util.Locale;

/** The four kinds of schedule entry, as they travel in the iCalendar file and the agenda. */
public enum EntryKind {
    WINDOW, FOCUS, DAY_OFF, EXTRA_WINDOW;

    /** The lower-case, dashed form used in files and JSON ("day-off"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EntryKind fromCode(String code) {
        for (EntryKind kind : values()) {
            if (kind.code().equalsIgnoreCase(code.trim()) || kind.name().equalsIgnoreCase(code.trim())) {
                return kind;
            }
        }
        throw new InvalidScheduleException("Unknown entry kind '" + code
                + "'; expected window, focus, day-off or extra-window");
    }
}
