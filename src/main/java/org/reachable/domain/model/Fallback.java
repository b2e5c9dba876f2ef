package org.reachable.domain.model;

/** What catches a client's message on a channel outside its reachable windows. */
public enum Fallback {
    VOICEMAIL, ASSISTANT, AUTO_REPLY, NONE
}
