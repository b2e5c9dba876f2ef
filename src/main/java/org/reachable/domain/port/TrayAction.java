package org.reachable.domain.port;

/** What a tray menu entry does. */
public enum TrayAction {
    FOCUS_30_MINUTES, FOCUS_1_HOUR, FOCUS_2_HOURS, FOCUS_UNTIL_NEXT_WINDOW, FOCUS_UNTIL_END_OF_DAY,
    AVAILABLE_UNTIL_NEXT_CHANGE, AVAILABLE_1_HOUR,
    BACK_TO_SCHEDULE, OPEN, QUIT
}
