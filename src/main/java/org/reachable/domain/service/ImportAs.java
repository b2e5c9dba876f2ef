package org.reachable.domain.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.reachable.domain.model.EntryKind;

/** What an import turns a calendar's events into ({@code import-ics --as}). */
public enum ImportAs {
    /** The default: all-day events become days off, timed ones focus blocks. */
    DAYS_OFF_AND_FOCUS(EnumSet.of(EntryKind.DAY_OFF, EntryKind.FOCUS)),
    /** Only the all-day events, as days off. */
    DAYS_OFF(EnumSet.of(EntryKind.DAY_OFF)),
    /** Only the timed events, as focus blocks. */
    FOCUS(EnumSet.of(EntryKind.FOCUS)),
    /** VAVAILABILITY's AVAILABLE blocks (or, without one, the timed events) as reachable windows. */
    WINDOWS(EnumSet.of(EntryKind.WINDOW, EntryKind.EXTRA_WINDOW));

    private final Set<EntryKind> kinds;

    ImportAs(Set<EntryKind> kinds) {
        this.kinds = kinds;
    }

    /** The kinds of entry this import makes, and so may change or remove on a re-import. */
    public Set<EntryKind> kinds() {
        return kinds;
    }

    /** The command line's word: days-off, focus, windows. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
