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
     * @param note the optional addition in this language, put in brackets after the promise
     */
    public static String of(Promise inside, Promise outside, String note, String language) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        // the register does not change these words: the promise line addresses no one
        Phrases phrases = Phrases.of(lang, Register.JE);
        String in = PromiseWords.phrase(inside, lang);
        String out = PromiseWords.phrase(outside, lang);
        String extra = SnippetModel.line(note);
        if (in.isEmpty() && out.isEmpty()) {
            return extra.isEmpty() ? "" : capitalise(extra) + ".";
        }
        String text = in.isEmpty() ? phrases.answer() + " " + phrases.outsideHours() + " " + out
                : phrases.answer() + " " + in + (out.isEmpty() ? "" : "; " + phrases.outsideHours() + " " + out);
        return text + (extra.isEmpty() ? "" : " (" + extra + ")") + ".";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
