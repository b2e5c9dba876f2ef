package org.reachable.domain.text.snippet;

import java.util.List;
import java.util.Locale;

/**
 * Every place a client reads the user's availability (DESIGN.md, "Texts"), with the formats it
 * comes in. The first format is the default: the one a user pastes most often.
 */
public enum Target {
    WEBSITE(Format.HTML, Format.TEXT, Format.MARKDOWN, Format.JSONLD),
    SIGNATURE(Format.HTML, Format.TEXT),
    VOICEMAIL(Format.TEXT),
    FACEBOOK(Format.TEXT),
    AUTOREPLY(Format.TEXT, Format.SIEVE),
    AGREEMENT(Format.TEXT, Format.MARKDOWN),
    ASSISTANT(Format.TEXT);

    private final List<Format> formats;

    Target(Format... formats) {
        this.formats = List.of(formats);
    }

    public List<Format> formats() {
        return formats;
    }

    public Format defaultFormat() {
        return formats.get(0);
    }

    /**
     * Whether the text is pasted once and read for months (website, signature, voicemail,
     * Facebook, agreement): then it describes the week, and names a date only in its dated variant.
     * The auto-reply and the briefing are made for now.
     */
    public boolean pasteOnce() {
        return this != AUTOREPLY && this != ASSISTANT;
    }

    /** The lower-case name used on the command line and in template file names ("autoreply"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
