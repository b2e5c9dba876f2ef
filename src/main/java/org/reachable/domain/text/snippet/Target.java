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
    ASSISTANT(Format.TEXT),
    /**
     * The WhatsApp Business app's business hours, away message (nl, en, or both in one), greeting
     * and quick replies; the away message names the next answer, so it is made for now.
     */
    WHATSAPP(Format.TEXT),
    /** Not for a client: the codes that forward the phone's calls during focus (needs a number). */
    FORWARDING(Format.TEXT),
    /** Not for a client: the hours for the Google Business Profile's form, regular and special. */
    GOOGLE_BUSINESS(Format.TEXT);

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
     * Facebook, agreement, the WhatsApp Business away message the app keeps sending): then it describes
     * the week, and names a date only in its dated variant.
     * The auto-reply and the briefing are made for now.
     */
    public boolean pasteOnce() {
        // forwarding codes name no time, and Google's form takes its special hours with their dates
        return this == WEBSITE || this == SIGNATURE || this == VOICEMAIL || this == FACEBOOK || this == AGREEMENT
                || this == WHATSAPP;
    }

    /** The lower-case name used on the command line and in template file names ("autoreply", "google-business"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
