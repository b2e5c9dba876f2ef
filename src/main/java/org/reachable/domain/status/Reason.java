package org.reachable.domain.status;

import java.util.Locale;

/** Why a channel (or the user overall) is reachable or not at an instant. */
public enum Reason {
    OVERRIDE, DAY_OFF, FOCUS, EXTRA_WINDOW, WINDOW, OUTSIDE_HOURS, URGENT_LINE;

    /** The lower-case, dashed form used in JSON ("outside-hours"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
