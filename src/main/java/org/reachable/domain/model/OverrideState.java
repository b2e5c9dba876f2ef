package org.reachable.domain.model;

/** What the user switched to by hand. */
public enum OverrideState {
    FOCUS, AVAILABLE
}
