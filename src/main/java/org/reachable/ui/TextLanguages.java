package org.reachable.ui;

import java.util.ArrayList;
import java.util.List;
import org.reachable.domain.model.Language;

/** Which languages the texts are written in, the main one first: the welcome's and Settings' choice. */
public enum TextLanguages {
    NL(List.of(Language.DUTCH)), NL_EN(List.of(Language.DUTCH, Language.ENGLISH)),
    EN_NL(List.of(Language.ENGLISH, Language.DUTCH)), EN(List.of(Language.ENGLISH));

    private final List<String> languages;

    TextLanguages(List<Language> languages) {
        this.languages = languages.stream().map(Language::code).toList();
    }

    public List<String> languages() {
        return languages;
    }

    /** Whether texts in this language are written. */
    public boolean includes(String language) {
        return languages.contains(language);
    }

    /** The choice a profile's list means; languages other than Dutch and English do not count here. */
    public static TextLanguages of(List<String> languages) {
        List<String> known = languages.stream().filter(Language.codes()::contains).distinct().toList();
        for (TextLanguages choice : values()) {
            if (choice.languages.equals(known)) {
                return choice;
            }
        }
        return NL_EN;
    }

    /** Both languages, the screen's first: a newcomer's clients most likely read what the newcomer reads. */
    public static TextLanguages startingWith(Language language) {
        return language == Language.ENGLISH ? EN_NL : NL_EN;
    }

    /** {@code languages} with Dutch and English as chosen, first; any other language stays after them. */
    public List<String> applyTo(List<String> before) {
        List<String> after = new ArrayList<>(this.languages);
        before.stream().filter(l -> !Language.codes().contains(l)).forEach(after::add);
        return after;
    }
}
