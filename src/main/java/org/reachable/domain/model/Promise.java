package org.reachable.domain.model;

import java.time.Duration;

/**
 * How fast a client gets an answer on a channel: a value each text language words itself
 * ("binnen een uur", "within an hour"), so a promise never appears in the wrong language.
 *
 * @param minutes for {@link Kind#WITHIN} only: the longest wait, at least 1
 */
public record Promise(Kind kind, int minutes) {

    public enum Kind {
        /** No promise made: texts say nothing about how fast. */
        NONE,
        /** Within a number of minutes or hours. */
        WITHIN,
        /** On the same working day. */
        SAME_WORKING_DAY,
        /** On the next working day. */
        NEXT_WORKING_DAY,
        /** As soon as the user is reachable on the channel again. */
        WHEN_BACK
    }

    public Promise {
        kind = kind == null ? Kind.NONE : kind;
        if (kind == Kind.WITHIN && (minutes < 1 || minutes > 7 * 24 * 60)) {
            throw new InvalidScheduleException("A promise 'within' takes 1 minute to 7 days, not " + minutes
                    + " minutes");
        }
        minutes = kind == Kind.WITHIN ? minutes : 0;
    }

    public static Promise none() {
        return new Promise(Kind.NONE, 0);
    }

    public static Promise within(Duration wait) {
        return new Promise(Kind.WITHIN, (int) wait.toMinutes());
    }

    public static Promise of(Kind kind) {
        return new Promise(kind, 0);
    }

    public boolean made() {
        return kind != Kind.NONE;
    }
}
