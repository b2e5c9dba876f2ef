package org.reachable.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One piece of the user's own words (a channel's name, a condition, a note) in each text language,
 * so a Dutch text never shows an English name and the other way round.
 *
 * @param texts the text per language ("nl", "en"), the main language first
 * @param untranslated languages whose text was copied from another language and not yet checked
 *     by the user: the text is shown, and the Channels page lists it as not translated yet
 */
public record Translations(Map<String, String> texts, List<String> untranslated) {

    private static final Translations NONE = new Translations(Map.of(), List.of());

    public Translations {
        Map<String, String> clean = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) -> {
                String trimmed = text == null ? "" : text.strip();
                if (language != null && !trimmed.isEmpty()) {
                    clean.put(language, trimmed);
                }
            });
        }
        texts = Collections.unmodifiableMap(clean);
        List<String> copied = new ArrayList<>();
        if (untranslated != null) {
            untranslated.stream().filter(clean::containsKey).distinct().forEach(copied::add);
        }
        untranslated = List.copyOf(copied);
    }

    public static Translations none() {
        return NONE;
    }

    /** The same words in Dutch and English. */
    public static Translations of(String dutch, String english) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(Language.DUTCH.code(), dutch);
        map.put(Language.ENGLISH.code(), english);
        return new Translations(map, List.of());
    }

    /** Words in one language only; the others are missing. */
    public static Translations only(String language, String text) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(language, text);
        return new Translations(map, List.of());
    }

    /**
     * Words the user typed in one language, copied into the others as a start and marked not
     * translated yet: a channel's name ("Signal") is often the same in every language.
     */
    public static Translations copiedFrom(String language, String text, List<String> languages) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(language, text);
        List<String> copied = new ArrayList<>();
        for (String other : languages) {
            if (!other.equals(language)) {
                map.put(other, text);
                copied.add(other);
            }
        }
        return new Translations(map, copied);
    }

    /** The user's own words in exactly this language (the user typed or confirmed them). */
    public Optional<String> own(String language) {
        return untranslated.contains(language) ? Optional.empty() : Optional.ofNullable(texts.get(language));
    }

    /** The words in this language, a copy not yet translated included; empty if there are none. */
    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /**
     * The words to show in this language: its own, else (for a name, which is often the same
     * everywhere) the first language that has one; "" if there are no words at all.
     */
    public String shown(String language) {
        return in(language).orElseGet(() -> texts.values().stream().findFirst().orElse(""));
    }

    public boolean blank() {
        return texts.isEmpty();
    }

    /** Of these languages, the ones this text lacks or has only as an unchecked copy. */
    public List<String> missing(List<String> languages) {
        return languages.stream().filter(l -> own(l).isEmpty()).toList();
    }

    /**
     * These words with the text of one language set by the user (so it counts as translated).
     * Languages that held an unchecked copy of the old text get the new one, still unchecked.
     */
    public Translations with(String language, String text) {
        Map<String, String> map = new LinkedHashMap<>(texts);
        String old = texts.get(language);
        for (String copy : untranslated) {
            if (old != null && old.equals(texts.get(copy)) && !copy.equals(language)) {
                map.put(copy, text);
            }
        }
        map.put(language, text);
        List<String> copied = new ArrayList<>(untranslated);
        copied.remove(language);
        return new Translations(map, copied);
    }
}
