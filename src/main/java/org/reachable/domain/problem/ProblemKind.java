package org.reachable.domain.problem;

/**
 * Every kind of problem a user can meet, one constant each; its words are the key of the same
 * name in problems.properties (English) and problems_nl.properties (Dutch). A test checks both.
 */
public enum ProblemKind {
    /** A reason that already is words (from the operating system or a library): {0} the reason. */
    TEXT,

    // ---- durations typed by the user: {0} what was typed
    DURATION_UNREADABLE,
    DURATION_NEGATIVE,
    DURATION_OUT_OF_RANGE,
}
