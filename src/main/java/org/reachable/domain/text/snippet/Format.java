package org.reachable.domain.text.snippet;

import java.util.Locale;

/** The shapes a text comes in. {@link #escapesHtml()} decides how user text is escaped in it. */
public enum Format {
    TEXT, HTML, MARKDOWN, JSONLD, SIEVE;

    /** The lower-case name used on the command line and in template file names ("jsonld"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean escapesHtml() {
        return this == HTML;
    }

    /** The format for a command-line word, or null when there is none. */
    public static Format fromCode(String code) {
        for (Format format : values()) {
            if (format.code().equalsIgnoreCase(code.trim())) {
                return format;
            }
        }
        return null;
    }
}
