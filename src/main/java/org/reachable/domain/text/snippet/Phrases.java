package org.reachable.domain.text.snippet;

import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Register;

/**
 * The few words a snippet model needs that {@link org.reachable.domain.text.Words} does not have.
 * Sentences stay in the templates; only values that are computed live here (and the Facebook
 * texts, which are cut to a length and so must be put together before a template sees them).
 * Dutch comes in the client's register: je or u.
 *
 * @param after before a spoken time one calls back at: "na vijf uur", "after five o'clock"
 * @param afterHoursVoicemail what happens outside a channel's hours, after "Buiten deze tijden "
 * @param answer how a promise line starts: "Antwoord binnen een uur", "Reply within an hour"
 * @param outsideHours before the promise outside the hours: "buiten deze tijden", "outside these hours"
 */
record Phrases(String soon, String voicemail, String assistant, String autoReply, String after,
        String afterHoursVoicemail, String afterHoursAssistant, String afterHoursAutoReply,
        String facebookAvailable, String facebookAway, String facebookUrgent, String answer, String outsideHours) {

    static Phrases of(String language, Register register) {
        boolean u = register == Register.U;
        return "nl".equals(language)
                ? new Phrases("zo snel mogelijk", "voicemail", "virtuele assistent", "automatisch antwoord",
                        "na",
                        u ? "kunt u de voicemail inspreken" : "kun je de voicemail inspreken",
                        "reageert mijn virtuele assistent",
                        u ? "krijgt u een automatisch antwoord" : "krijg je een automatisch antwoord",
                        "bereikbaar", "Ik ben er even niet; vanaf %s ben ik weer bereikbaar.", "Spoed",
                        "Antwoord", "buiten deze tijden")
                : new Phrases("as soon as I can", "voicemail", "virtual assistant", "auto-reply",
                        "after",
                        "you can leave a voicemail", "my virtual assistant replies",
                        "you get an automatic reply",
                        "available", "I am away at the moment and back on %s.", "Urgent",
                        "Reply", "outside these hours");
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
