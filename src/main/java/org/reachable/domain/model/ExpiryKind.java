package org.reachable.domain.model;

/** How an override was meant to end; the instant itself is fixed when the override is set. */
public enum ExpiryKind {
    DURATION, UNTIL_NEXT_WINDOW, UNTIL_NEXT_CHANGE, END_OF_DAY, UNTIL_CLEARED
}
