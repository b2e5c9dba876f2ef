package org.reachable.domain.model;

/** The kind of a channel; decides how its contact detail is checked and which words a text uses. */
public enum ChannelType {
    PHONE, EMAIL, WHATSAPP, SMS, CUSTOM
}
