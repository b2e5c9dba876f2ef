package org.reachable.ui.channels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Translations;
import org.reachable.domain.text.snippet.PromiseLine;

/**
 * What a client reads about the selected channel, as the form holds it: its name, note and urgent
 * condition per text language, its two promises as choices, and how the promises read in each
 * language while they are chosen.
 */
public final class ChannelWords {

    /** The text languages the form has fields for; the profile decides which of them it shows. */
    public static final List<String> LANGUAGES = Language.codes();

    private final TranslatedText names = new TranslatedText(LANGUAGES);
    private final TranslatedText note = new TranslatedText(LANGUAGES);
    private final TranslatedText condition = new TranslatedText(LANGUAGES);
    private final PromiseChoice inside = new PromiseChoice();
    private final PromiseChoice outside = new PromiseChoice();
    private final Map<String, StringBinding> previews = new LinkedHashMap<>();
    /** The profile's Dutch register: a phone's promise calls the client back in it ("Ik bel u …"). */
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.JE);

    /**
     * @param nothing the preview when nothing is promised, in the screen's language
     * @param type the channel's type as the form holds it: a phone's promise is a call back
     */
    ChannelWords(String nothing, ObservableValue<ChannelType> type) {
        for (String language : LANGUAGES) {
            List<Observable> parts = new ArrayList<>(List.of(inside.parts()));
            parts.addAll(List.of(outside.parts()));
            parts.add(note.text(language));
            parts.add(type);
            parts.add(register);
            previews.put(language, Bindings.createStringBinding(() -> {
                String line = PromiseLine.of(inside.value(), outside.value(), note.text(language).get(), language,
                        type.getValue() == ChannelType.PHONE, register.get());
                return line.isEmpty() ? nothing : line;
            }, parts.toArray(Observable[]::new)));
        }
    }

    /** The register the profile's Dutch texts speak in, for the previews. */
    void register(Register chosen) {
        register.set(chosen == null ? Register.JE : chosen);
    }

    void fill(Channel channel) {
        names.fill(channel.names());
        note.fill(channel.note());
        condition.fill(channel.urgentCondition());
        inside.fill(channel.promiseInside());
        outside.fill(channel.promiseOutside());
    }

    /** An empty form: no channel is selected. */
    void clear() {
        for (TranslatedText text : List.of(names, note, condition)) {
            fill(text);
        }
    }

    private static void fill(TranslatedText text) {
        text.fill(Translations.none());
    }

    /** Words read from the file, but not over a field being edited. */
    void refresh(Channel was, Channel now) {
        names.refresh(was.names(), now.names());
        note.refresh(was.note(), now.note());
        condition.refresh(was.urgentCondition(), now.urgentCondition());
        if (inside.value().equals(was.promiseInside())) {
            inside.fill(now.promiseInside());
        }
        if (outside.value().equals(was.promiseOutside())) {
            outside.fill(now.promiseOutside());
        }
    }

    /** Whether a name that had words in one of {@code languages} was emptied (it is not saved so). */
    boolean nameEmptied(Channel saved, List<String> languages) {
        return names.emptied(saved.names(), languages);
    }

    /**
     * {@code saved} with the form's words in {@code languages}, its promises, and the choices the
     * view-model checked ({@code type}, {@code contact}, {@code fallback}, {@code urgentOnly}).
     */
    Channel apply(Channel saved, List<String> languages, ChannelType type, String contact, Fallback fallback,
            boolean urgentOnly) {
        return new Channel(saved.id(), type, names.result(saved.names(), languages, true), contact, inside.value(),
                outside.value(), note.result(saved.note(), languages, false), fallback, urgentOnly,
                condition.result(saved.urgentCondition(), languages, false));
    }

    public TranslatedText names() {
        return names;
    }

    public TranslatedText note() {
        return note;
    }

    public TranslatedText urgentCondition() {
        return condition;
    }

    public PromiseChoice inside() {
        return inside;
    }

    public PromiseChoice outside() {
        return outside;
    }

    /** The promise line as the texts in {@code language} print it, as chosen now. */
    public StringBinding preview(String language) {
        return previews.get(language);
    }
}
