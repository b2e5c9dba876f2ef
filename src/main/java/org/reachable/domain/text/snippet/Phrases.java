package org.reachable.domain.text.snippet;

import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Promise;
import org.reachable.domain.model.Register;
import org.reachable.domain.text.PromiseWords;

/**
 * The few words a snippet model needs that {@link org.reachable.domain.text.Words} does not have.
 * Sentences stay in the templates; only values that are computed live here (and the Facebook
 * texts, which are cut to a length and so must be put together before a template sees them).
 * Dutch comes in the client's register: je or u.
 *
 * @param after before a spoken time one calls back at: "na vijf uur", "after five o'clock"
 * @param afterHoursVoicemail what happens outside a channel's hours, after "Buiten deze tijden "
 * @param answer how a promise line that answers starts: "ik reageer binnen een uur", "I reply within an hour"
 *     ("Reply within an hour" read as an order to the client)
 * @param outsideHours before the promise outside the hours: "buiten deze tijden", "outside these hours"
 * @param awayFrom before a stretch of days off: "van ", "from "; {@code awayOn} before one day: "op ", "on "
 * @param notOnHolidays after a week's hours when the user took the public holidays off
 * @param you the client, as a call back addresses them: "je", "u", "you"
 */
record Phrases(String soon, String voicemail, String assistant, String autoReply, String after,
        String afterHoursVoicemail, String afterHoursAssistant, String afterHoursAutoReply,
        String facebookAvailable, String facebookAway, String facebookUrgent, String answer, String outsideHours,
        String awayFrom, String awayOn, String notOnHolidays, boolean dutch, String you) {

    static Phrases of(String language, Register register) {
        boolean u = register == Register.U;
        return "nl".equals(language)
                ? new Phrases("zo snel mogelijk", "voicemail", "virtuele assistent", "automatisch antwoord",
                        "na",
                        u ? "kunt u een bericht inspreken" : "kun je een bericht inspreken",
                        "reageert mijn virtuele assistent",
                        u ? "krijgt u een automatisch antwoord" : "krijg je een automatisch antwoord",
                        "bereikbaar", "%1$s ben ik er niet; vanaf %3$s ben ik weer bereikbaar.", "Spoed",
                        "ik reageer", "buiten deze tijden", "van ", "op ", ", niet op feestdagen", true, u ? "u" : "je")
                : new Phrases("as soon as I can", "voicemail", "virtual assistant", "auto-reply",
                        "after",
                        "you can leave a voicemail", "my virtual assistant replies",
                        "you get an automatic reply",
                        "available", "I am away %2$s and back on %3$s.", "Urgent",
                        "I reply", "outside these hours", "from ", "on ", ", not on public holidays", false, "you");
    }

    /**
     * A call back with its promise: "ik bel je binnen een uur terug", "ik bel u terug zodra ik weer
     * bereikbaar ben"; "I will call you back within an hour". {@code inverted}: after a phrase that
     * begins the sentence ("Buiten deze tijden bel ik je … terug").
     */
    String callBack(String promise, Promise kind, boolean inverted) {
        if (!dutch) {
            return "I will call you back " + promise;
        }
        return (inverted ? "bel ik " : "ik bel ") + you
                + (PromiseWords.isClause(kind) ? " terug " + promise : " " + promise + " terug");
    }

    /**
     * An answer with its promise: "ik reageer binnen een uur", "I reply within an hour";
     * {@code inverted}: after a phrase that begins the sentence ("Buiten deze tijden reageer ik …").
     */
    String reply(String promise, boolean inverted) {
        return (inverted && dutch ? "reageer ik" : answer) + " " + promise;
    }

    /**
     * The hours' outside and what happens then: "buiten deze tijden de volgende werkdag"; English
     * sets the phrase off with a comma ("outside these hours, on the next working day").
     */
    String outside(String then) {
        return outsideHours + (dutch ? " " : ", ") + then;
    }

    String fallback(Fallback fallback) {
        return switch (fallback) {
            case VOICEMAIL -> voicemail;
            case ASSISTANT -> assistant;
            case AUTO_REPLY -> autoReply;
            case NONE -> "";
        };
    }

    /** The clause after "Buiten deze tijden" / "Outside these hours"; empty for no fallback. */
    String afterHours(Fallback fallback) {
        return switch (fallback) {
            case VOICEMAIL -> afterHoursVoicemail;
            case ASSISTANT -> afterHoursAssistant;
            case AUTO_REPLY -> afterHoursAutoReply;
            case NONE -> "";
        };
    }
}
