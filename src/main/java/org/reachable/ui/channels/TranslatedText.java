package org.reachable.ui.channels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Translations;

/**
 * One of a channel's texts (its name, note or urgent condition) as a field per text language, and
 * whether the words in a language are still "not translated yet": missing, or a copy of another
 * language the user has neither edited nor confirmed.
 */
public final class TranslatedText {

    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, ReadOnlyBooleanWrapper> untranslated = new LinkedHashMap<>();
    /** Languages whose copy the user confirmed as it is, since the last fill. */
    private final Set<String> confirmed = new HashSet<>();

    TranslatedText(List<String> languages) {
        for (String language : languages) {
            texts.put(language, new SimpleStringProperty(""));
            untranslated.put(language, new ReadOnlyBooleanWrapper(false));
        }
    }

    /** Shows {@code words}, dropping what was typed. */
    void fill(Translations words) {
        confirmed.clear();
        texts.forEach((language, text) -> text.set(words.in(language).orElse("")));
        mark(words);
    }

    /** Shows words read from the file, but not over a field whose text differs from {@code was} (being edited). */
    void refresh(Translations was, Translations now) {
        texts.forEach((language, text) -> {
            if (strip(text.get()).equals(was.in(language).orElse(""))) {
                text.set(now.in(language).orElse(""));
            }
        });
        mark(now);
    }

    private void mark(Translations words) {
        untranslated.forEach((language, flag) -> flag.set(!words.blank() && words.own(language).isEmpty()));
    }

    /** The user says the words shown in this language are right as they are. */
    void confirm(String language) {
        confirmed.add(language);
    }

    /** Whether the user emptied the field of one of {@code languages} that had words in {@code saved}. */
    boolean emptied(Translations saved, List<String> languages) {
        return languages.stream().anyMatch(l -> texts.containsKey(l) && strip(texts.get(l).get()).isEmpty()
                && saved.in(l).isPresent());
    }

    /**
     * {@code saved} with what the fields of {@code languages} hold: an edited field counts as the
     * user's own words, and an unchecked copy in another language follows it; a confirmed copy
     * becomes the user's own; an emptied field drops that language, unless {@code keepEmpty} (a
     * name is never emptied: the old words stay).
     */
    Translations result(Translations saved, List<String> languages, boolean keepEmpty) {
        Translations words = saved;
        for (String language : languages) {
            StringProperty field = texts.get(language);
            if (field == null) {
                continue;
            }
            String typed = strip(field.get());
            // compared with the saved words, not the ones built so far: a copy that just followed
            // an edit in another language is not an edit of its own
            String old = saved.in(language).orElse("");
            if (typed.isEmpty()) {
                if (!old.isEmpty() && !keepEmpty) {
                    words = without(words, language);
                }
            } else if (!typed.equals(old) || confirmed.contains(language) && saved.own(language).isEmpty()) {
                words = words.with(language, typed);
            }
        }
        confirmed.clear();
        return words;
    }

    private static Translations without(Translations words, String language) {
        Map<String, String> map = new LinkedHashMap<>(words.texts());
        map.remove(language);
        List<String> copied = new ArrayList<>(words.untranslated());
        copied.remove(language);
        return new Translations(map, copied);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The field of one language ("nl", "en"). */
    public StringProperty text(String language) {
        return texts.get(language);
    }

    /** True while the words in this language are missing or an unchecked copy. */
    public ReadOnlyBooleanProperty untranslated(String language) {
        return untranslated.get(language).getReadOnlyProperty();
    }
}
