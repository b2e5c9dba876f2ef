package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.reachable.domain.model.EntryKind;

/**
 * One weekly occurrence as the week grid sees it: what the editor hands over, already worded.
 * The grid never changes these; it reports what the user did through {@link WeekGrid.Listener}.
 *
 * @param uid         the entry's stable id (the VEVENT UID); one entry may occur on several days
 * @param day         the day it starts on
 * @param startMinute minutes after midnight, 0..1439
 * @param endMinute   minutes after midnight of {@code day}, {@code > startMinute}; above 1440 it
 *                    crosses midnight into the next day (Sunday spills into Monday), at most 2880
 * @param kind        drawn differently, and not by colour alone: FOCUS (and DAY_OFF) hatched,
 *                    WINDOW and EXTRA_WINDOW solid
 * @param label       a short name, e.g. "Bereikbaar" / "Focus"
 * @param channels    channel initials, e.g. "T · E · W"; may be empty
 * @param channelNames the channels' names, e.g. "Telefoon, E-mail": shown where a block is wide
 * @param description a full sentence for the tooltip and screen readers
 * @param warning     draws a warning mark (e.g. a window in which no channel is reachable)
 * @param once        in a dated week: whether this week's occurrence is as the pattern has it, moved
 *                    ("only this week") or skipped (drawn faint and struck through, to be restored)
 * @param movedFrom   a moved occurrence's own date in the series (part of its {@link #key()}); else null
 */
public record WeekBlock(String uid, DayOfWeek day, int startMinute, int endMinute, EntryKind kind, String label,
        String channels, String description, boolean warning, String channelNames, Once once, LocalDate movedFrom) {

    /** This week's occurrence of a repeating block, as a dated week shows it. */
    public enum Once {
        /** As the pattern has it (and every block of the pattern view). */
        USUAL,
        /** Only this week at other times or on another day (RECURRENCE-ID in the file). */
        MOVED,
        /** Not this week (EXDATE): a placeholder that can be restored, not dragged. */
        SKIPPED
    }

    public static final int DAY = 24 * 60;

    /**
     * Times out of range are brought into it (start into the day, at least one minute long, at most
     * into the next day) rather than refused: the domain validates the schedule, and a stray value
     * from a file edited elsewhere should show oddly, not take the editor page down.
     */
    public WeekBlock {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        startMinute = Math.max(0, Math.min(DAY - 1, startMinute));
        endMinute = Math.max(startMinute + 1, Math.min(Math.min(2 * DAY, startMinute + DAY), endMinute));
        label = label == null ? "" : label;
        channels = channels == null ? "" : channels;
        description = description == null ? "" : description;
        channelNames = channelNames == null ? channels : channelNames;
        once = once == null ? Once.USUAL : once;
    }

    /** A block without a date of its own. */
    public WeekBlock(String uid, DayOfWeek day, int startMinute, int endMinute, EntryKind kind, String label,
            String channels, String description, boolean warning, String channelNames, Once once) {
        this(uid, day, startMinute, endMinute, kind, label, channels, description, warning, channelNames, once, null);
    }

    /** A block as the pattern shows it. */
    public WeekBlock(String uid, DayOfWeek day, int startMinute, int endMinute, EntryKind kind, String label,
            String channels, String description, boolean warning, String channelNames) {
        this(uid, day, startMinute, endMinute, kind, label, channels, description, warning, channelNames, Once.USUAL);
    }

    /** This block as this week has it: at other times, or skipped, with its own sentence. */
    public WeekBlock once(Once how, DayOfWeek newDay, int newStartMinute, int newEndMinute, String newDescription) {
        return new WeekBlock(uid, newDay, newStartMinute, newEndMinute, kind, label, channels, newDescription, warning,
                channelNames, how, movedFrom);
    }

    /** This (moved) block, known by the date it was moved from. */
    public WeekBlock from(LocalDate date) {
        return new WeekBlock(uid, day, startMinute, endMinute, kind, label, channels, description, warning,
                channelNames, once, date);
    }

    public boolean isSkipped() {
        return once == Once.SKIPPED;
    }

    /** A block whose channels have no longer names than their initials. */
    public WeekBlock(String uid, DayOfWeek day, int startMinute, int endMinute, EntryKind kind, String label,
            String channels, String description, boolean warning) {
        this(uid, day, startMinute, endMinute, kind, label, channels, description, warning, channels);
    }

    public BlockKey key() {
        return new BlockKey(uid, day, movedFrom);
    }

    /** The same block at other times (and maybe another day): what a drag or a key would make of it. */
    public WeekBlock withTimes(DayOfWeek newDay, int newStartMinute, int newEndMinute) {
        return new WeekBlock(uid, newDay, newStartMinute, newEndMinute, kind, label, channels, description, warning,
                channelNames, once, movedFrom);
    }

    public int length() {
        return endMinute - startMinute;
    }

    /** Drawn hatched: a time in which the channels are off. */
    public boolean isOff() {
        return kind == EntryKind.FOCUS || kind == EntryKind.DAY_OFF;
    }
}
