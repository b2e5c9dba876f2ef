package org.reachable.domain.model;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Phone numbers as people dial them: checked when entered, kept in E.164 ("+31612345678"), and
 * written in international format in every client text ("+31 6 12345678"), which works from any
 * country including the home one. Which digits group how is per country and changes with the
 * numbering plans, so the domain does not know it: an adapter over Google's libphonenumber does
 * (this is its port), and the domain stays plain Java.
 *
 * <p>Why a port rather than a format decided at entry time and stored beside the number: one
 * stored value (E.164) that a hand edit of settings.json cannot leave disagreeing with a second,
 * and texts that follow the numbering plan of the library the app ships, not the one of the day
 * the number was typed.
 */
public interface PhoneNumbers {

    /** What a typed number is. */
    sealed interface Checked permits Dialable, Undialable {
    }

    /** A number that can be dialled from anywhere, as E.164: "+31612345678". */
    record Dialable(String e164) implements Checked {
    }

    /** Not a number anyone can dial; {@code problem} says why, for the screen to word. */
    record Undialable(ContactCheck.Problem problem) implements Checked {
    }

    /**
     * Reads a number as the user typed it; a national number ("06 12345678") is read in
     * {@code region}, the ISO 3166 country of the user's home ("NL"), and a number with + or 00
     * in front in its own country.
     */
    Checked check(String typed, String region);

    /**
     * The number in international format, "+31 6 12345678" (a national one read in {@code region});
     * text that is no dialable number comes back as it was.
     */
    String international(String number, String region);

    /**
     * Free text with numbers in it ("Anna de Vries, 06 12345678"): each number it finds, read in
     * the home region, written in international format; the rest as it was.
     */
    String internationalIn(String text, String region);

    /** The country whose national numbers the user types, from the home zone; empty when the zone says none. */
    Optional<String> region(ZoneId homeZone);

    /**
     * The one check a channel's contact detail passes before it is saved, on the Channels page and
     * the welcome alike: its form ({@link ContactCheck}), then for a number, whether it can be
     * dialled, read in {@code region} (null: no home country known).
     */
    default ContactCheck.Problem checkContact(ChannelType type, String detail, String region) {
        ContactCheck.Problem form = ContactCheck.check(type, detail);
        if (!dialled(type) || form != ContactCheck.Problem.OK) {
            return form;
        }
        return check(detail, region) instanceof Undialable refused ? refused.problem() : form;
    }

    /**
     * What is stored for a detail that passed {@link #checkContact}: a number as E.164 at once
     * ("06 12345678" → "+31612345678"), anything else without surrounding spaces.
     */
    default String stored(ChannelType type, String detail, String region) {
        String text = detail == null ? "" : detail.strip();
        if (dialled(type) && !text.isEmpty() && check(text, region) instanceof Dialable number) {
            return number.e164();
        }
        return text;
    }

    /** Whether a channel of this type has a phone number for its contact. */
    static boolean dialled(ChannelType type) {
        return type == ChannelType.PHONE || type == ChannelType.SMS || type == ChannelType.WHATSAPP;
    }

    /** Whether {@code number} is stored as E.164: a +, then 7 to 15 digits, the first not 0. */
    static boolean isE164(String number) {
        return number != null && number.matches("\\+[1-9][0-9]{6,14}");
    }

    /** Numbers left as typed: for tests of other things, and the wiring's fallback. */
    PhoneNumbers AS_TYPED = new PhoneNumbers() {
        @Override
        public Checked check(String typed, String region) {
            String digits = typed == null ? "" : typed.replaceAll("[^0-9+]", "");
            return digits.startsWith("+") ? new Dialable(digits) : new Undialable(ContactCheck.Problem.PHONE_CHARACTERS);
        }

        @Override
        public String international(String number, String region) {
            return number;
        }

        @Override
        public String internationalIn(String text, String region) {
            return text;
        }

        @Override
        public Optional<String> region(ZoneId homeZone) {
            return Optional.empty();
        }
    };
}
