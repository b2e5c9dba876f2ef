package org.reachable.domain.model;

/** How the windows look: as the operating system prefers, or always light or dark. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK;

    /** Whether this choice means dark, given what the operating system prefers. */
    public boolean isDark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
