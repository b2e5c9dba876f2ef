package org.reachable.domain.text.snippet;

import java.util.Locale;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Register;
import org.reachable.domain.text.PromiseWords;

/**
 * A channel's promises as one line of a client text ("Ik reageer binnen twee uur; buiten deze tijden
 * de volgende werkdag (ook in het weekend)."), the same line the texts print and the Channels
 * page previews while the user chooses. A phone's promise is a call back, and says so in the
 * client's register: "Ik bel je binnen een uur terug; buiten deze tijden zodra ik weer bereikbaar
 * ben." ("Antwoord" promised a caller an answer nobody gives on a phone).
 */
public final class PromiseLine {

    private PromiseLine() {
    }

    /** The line for a channel in one text language; "" when it promises nothing and has no note. */
    public static String of(Channel channel, String language, Register register) {
        return of(channel.promiseInside(), channel.promiseOutside(), channel.note().in(language).orElse(""), language,
                channel.type() == ChannelType.PHONE, register);
    }

    /** A line that answers (no call back): it addresses no one, so it has no register. */
    public static String of(Promise inside, Promise outside, String note, String language) {
        return of(inside, outside, note, language, false, Register.JE);
    }

    /**
     * @param note the optional addition in this language: a short addition ("ook in het weekend") in
     *     brackets after the promise, a sentence of its own after it
     * @param callBack a phone's promise: "Ik bel je … terug", "I will call you back …"
     */
    public static String of(Promise inside, Promise outside, String note, String language, boolean callBack,
            Register register) {
        String lang = Locale.forLanguageTag(language).getLanguage();
        Phrases phrases = Phrases.of(lang, register);
        String in = PromiseWords.phrase(inside, lang);
        String out = PromiseWords.phrase(outside, lang);
        String extra = SnippetModel.line(note);
        if (in.isEmpty() && out.isEmpty()) {
            return extra.isEmpty() ? "" : sentence(extra);
        }
        // "Ik bel je binnen een uur terug; buiten deze tijden de volgende werkdag."; with a promise only
        // outside the hours the sentence begins with them: "Outside these hours, I reply as soon as …"
        String text = in.isEmpty()
                ? capitalise(phrases.outside(callBack ? phrases.callBack(out, outside, true) : phrases.reply(out, true)))
                : capitalise(callBack ? phrases.callBack(in, inside, false) : phrases.reply(in, false))
                        + (out.isEmpty() ? "" : "; " + phrases.outside(out));
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
