package org.reachable.domain.text;

import java.time.LocalTime;

/**
 * A range of wall-clock time that starts on one day, counted in minutes from that day's
 * midnight. Unlike the model's {@code TimeRange} it can say "until midnight" (24:00) and "the
 * whole day", which the week's hours need once windows are merged and cut by focus blocks.
 *
 * @param from minutes after midnight of its day, 0 to 1439
 * @param to minutes after that same midnight, after {@code from}; above 1440 runs into the next day
 */
public record ClockRange(int from, int to) implements Comparable<ClockRange> {

    static final int DAY = 24 * 60;

    public ClockRange {
        if (from < 0 || from >= DAY || to <= from || to - from > DAY) {
            throw new IllegalArgumentException("No clock range from minute " + from + " to minute " + to);
        }
    }

    /** From {@code start} to {@code end}; an end at or before the start means the next day. */
    public static ClockRange of(LocalTime start, LocalTime end) {
        int from = minutes(start);
        int to = minutes(end);
        return new ClockRange(from, to <= from ? to + DAY : to);
    }

    public static ClockRange of(String start, String end) {
        return of(LocalTime.parse(start), LocalTime.parse(end));
    }

    public static ClockRange wholeDay() {
        return new ClockRange(0, DAY);
    }

    static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    public LocalTime start() {
        return LocalTime.of(from / 60, from % 60);
    }

    /** The clock time it ends; 00:00 both for "until midnight" and for ends on the next day. */
    public LocalTime end() {
        int m = to % DAY;
        return LocalTime.of(m / 60, m % 60);
    }

    public boolean isWholeDay() {
        return to - from == DAY;
    }

    /** Ends exactly at the midnight after its day: written 24.00, said "midnight". */
    public boolean endsAtMidnight() {
        return to == DAY;
    }

    /** Runs past midnight into the next day, like a night shift from 22:00 to 02:00. */
    public boolean crossesMidnight() {
        return to > DAY;
    }

    public int lengthMinutes() {
        return to - from;
    }

    @Override
    public int compareTo(ClockRange other) {
        return from != other.from ? Integer.compare(from, other.from) : Integer.compare(to, other.to);
    }

    @Override
    public String toString() {
        return start() + "–" + (endsAtMidnight() ? "24:00" : end().toString());
    }
}
