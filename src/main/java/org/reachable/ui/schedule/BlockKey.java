package org.reachable.ui.schedule;

import java.time.DayOfWeek;

/**
 * Names one occurrence in the grid: an entry (uid) on the day it starts. A block that crosses
 * midnight keeps the key of its first day on both of its pieces, so selecting either selects it.
 */
public record BlockKey(String uid, DayOfWeek day) {
}
