package org.reachable.domain.text.snippet;

import java.util.Locale;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Register;
import org.reachable.domain.text.PromiseWords;

/**
 * A channel's promises as one line of a client text ("Antwoord binnen een uur; buiten deze tijden
 * de volgende werkdag (ook in het weekend)."), the same line the texts print and the Channels
 * page previews while the user chooses.
 */
public final class PromiseLine {

    private PromiseLine() {
    }

    /** The line for a channel in one text language; "" when it promises nothing and has no note. */
    public static String of(Channel channel, String language) {
        return of(channel.promiseInside(), channel.promiseOutside(), channel.note().in(language).orElse(""), language);
    }

    /**
     * @param note the optional addition in this language: a short addition ("ook in het weekend") in
     *     brackets after the promise, a sentence of its own after it
     */
    public static String of(Promise inside, Promise outside, String note, String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        // the register does not change these words: the promise line addresses no one
        Phrases phrases = Phrases.of(lang, Register.JE);
        String in = PromiseWords.phrase(inside, lang);
        String out = PromiseWords.phrase(outside, lang);
        String extra = SnippetModel.line(note);
        if (in.isEmpty() && out.isEmpty()) {
            return extra.isEmpty() ? "" : sentence(extra);
        }
        String text = in.isEmpty() ? phrases.answer() + " " + phrases.outsideHours() + " " + out
                : phrases.answer() + " " + in + (out.isEmpty() ? "" : "; " + phrases.outsideHours() + " " + out);
        if (isSentence(extra)) {
            // "Stuur bij een offerte-aanvraag de bronbestanden mee." reads as a sentence, not a bracket
            return text + ". " + sentence(extra);
        }
        return text + (extra.isEmpty() ? "" : " (" + extra + ")") + ".";
    }

    /** A note the user wrote as a sentence: it begins with a capital or ends with . ! or ?. */
    private static boolean isSentence(String note) {
        return !note.isEmpty() && (Character.isUpperCase(note.charAt(0)) || note.matches("(?s).*[.!?]"));
    }

    private static String sentence(String note) {
        return capitalise(note) + (note.matches("(?s).*[.!?]") ? "" : ".");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
