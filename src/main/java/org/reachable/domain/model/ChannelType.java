package org.reachable.domain.model;

/** The kind of a channel; decides how its contact detail is checked and which words a text uses. */
public enum ChannelType {
    PHONE("Telefoon", "Phone"),
    EMAIL("E-mail", "Email"),
    WHATSAPP("WhatsApp Business", "WhatsApp Business"),
    SMS("Sms", "SMS"),
    CUSTOM("", "");

    private final String dutch;
    private final String english;

    ChannelType(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The name a channel of this kind has until the user renames it; none for a channel of one's own. */
    public Translations standardNames() {
        return this == CUSTOM ? Translations.none() : Translations.of(dutch, english);
    }
}
