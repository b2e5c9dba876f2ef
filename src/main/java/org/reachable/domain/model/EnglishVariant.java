package org.reachable.domain.model;

/**
 * How English texts are written: British (24-hour clock, "Monday 4 January") or American
 * (12-hour clock, "Monday, January 4"). British by default.
 */
public enum EnglishVariant {
    BRITISH("en-GB"), AMERICAN("en-US");

    private final String tag;

    EnglishVariant(String tag) {
        this.tag = tag;
    }

    /** The language tag texts in this variant are made with. */
    public String tag() {
        return tag;
    }
}
