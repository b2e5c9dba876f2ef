package org.reachable.domain.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language Reachable speaks: its screens, its starter data and the texts it writes. */
public enum Language {
    DUTCH("nl"), ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639 code settings.json and the templates use: "nl", "en". */
    public String code() {
        return code;
    }

    /** The language with this code ("nl", "en"; a region such as "en-US" counts as its language). */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language l : values()) {
            if (l.code.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Every language's code, Dutch first: the choices the screens and the texts offer. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }

    /** The language of a locale where Reachable speaks it, else English. */
    public static Language of(Locale locale) {
        return ofCode(locale.getLanguage()).orElse(ENGLISH);
    }
}
