package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Names one occurrence in the grid: an entry (uid) on the day it starts. A block that crosses
 * midnight keeps the key of its first day on both of its pieces, so selecting either selects it.
 * An occurrence moved "only this week" also carries the date it was moved from: moved onto a day
 * the entry has as usual too, it is a block of its own, selected, dragged and deleted apart from
 * the usual one.
 *
 * @param movedFrom the moved occurrence's own date in the series; null for every other block
 */
public record BlockKey(String uid, DayOfWeek day, LocalDate movedFrom) {

    /** A usual (or skipped) block, or one of the pattern. */
    public BlockKey(String uid, DayOfWeek day) {
        this(uid, day, null);
    }
}
