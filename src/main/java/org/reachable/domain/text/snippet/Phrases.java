package org.reachable.domain.text.snippet;

import org.reachable.domain.model.Fallback;

/**
 * The few words a snippet model needs that {@link org.reachable.domain.text.Words} does not have.
 * Sentences stay in the templates; only values that are computed live here.
 */
record Phrases(String soon, String voicemail, String assistant, String autoReply) {

    static Phrases of(String language) {
        return "nl".equals(language)
                ? new Phrases("zo snel mogelijk", "voicemail", "virtuele assistent", "automatisch antwoord")
                : new Phrases("as soon as I can", "voicemail", "virtual assistant", "auto-reply");
    }

    String fallback(Fallback fallback) {
        return switch (fallback) {
            case VOICEMAIL -> voicemail;
            case ASSISTANT -> assistant;
            case AUTO_REPLY -> autoReply;
            case NONE -> "";
        };
    }
}
