package org.reachable.domain.model;

/**
 * Checks a channel's contact detail for its type. The result is a code, not a sentence: the
 * screen words it in the user's language.
 *
 * <p>Phone and SMS numbers are accepted the ways people write them ("06-12345678",
 * "(020) 123 45 67", "+44 20 7946 0958"): digits, spaces, dashes, dots, one pair of parentheses and
 * a leading + (or 00), 8 to 15 digits (15 is the E.164 maximum; 8 leaves room for short national
 * numbers abroad). No per-country rules: the user may live anywhere.
 *
 * <p>WhatsApp needs the country code (+31 6…, 0031 6…): a wa.me link is built from the full
 * international number, and guessing +31 from "06…" would be wrong for a user in Belgium or
 * Germany, whose national numbers also start with 0. So "06 12345678" is refused with a hint to
 * write "+31 6 12345678" rather than silently rewritten. No check that it is a mobile number:
 * WhatsApp Business also runs on landline numbers.
 */
public final class ContactCheck {

    /** What is wrong with a contact detail, if anything. */
    public enum Problem {
        /** Fine. */
        OK,
        /** Not filled in yet: allowed, the screen shows a gentle hint. */
        EMPTY,
        /** A phone number with letters or other signs in it. */
        PHONE_CHARACTERS,
        PHONE_TOO_SHORT,
        PHONE_TOO_LONG,
        /** A country code that no country has ("+99 …"). */
        PHONE_COUNTRY_CODE,
        /** The right number of digits, but no number the country's plan gives out (issue 11: libphonenumber). */
        PHONE_NOT_DIALABLE,
        /**
         * A national number ("06 12345678") while the app cannot tell the user's country (home zone
         * UTC, no country in the system's language either): it needs its country code in front.
         */
        PHONE_NEEDS_COUNTRY_CODE,
        /** Not name@domain.tld. */
        BAD_EMAIL,
        /** A WhatsApp number written without +31 / 0031 in front. */
        WHATSAPP_NEEDS_COUNTRY_CODE;

        /** Whether a contact with this result may be saved. */
        public boolean saves() {
            return this == OK || this == EMPTY;
        }
    }

    public static final int MIN_DIGITS = 8;
    public static final int MAX_DIGITS = 15;

    private ContactCheck() {
    }

    /** Checks {@code contact} (surrounding spaces ignored) as a detail for a channel of {@code type}. */
    public static Problem check(ChannelType type, String contact) {
        String text = contact == null ? "" : contact.strip();
        if (text.isEmpty()) {
            return Problem.EMPTY;
        }
        if (type == null) {
            return Problem.OK;
        }
        switch (type) {
            case PHONE:
            case SMS:
                return phone(text);
            case WHATSAPP:
                Problem number = phone(text);
                if (number != Problem.OK) {
                    return number;
                }
                return text.startsWith("+") || text.startsWith("00") ? Problem.OK
                        : Problem.WHATSAPP_NEEDS_COUNTRY_CODE;
            case EMAIL:
                return email(text);
            default:
                return Problem.OK;
        }
    }

    private static Problem phone(String text) {
        int digits = 0;
        int open = 0;
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '+') {
                if (i != 0) {
                    return Problem.PHONE_CHARACTERS;
                }
            } else if (c == '(') {
                if (open > 0 || pairs > 0) {
                    return Problem.PHONE_CHARACTERS; // one pair, not nested: "(020)" or "+31 (0)20"
                }
                open++;
            } else if (c == ')') {
                if (open == 0) {
                    return Problem.PHONE_CHARACTERS;
                }
                open--;
                pairs++;
            } else if (c != ' ' && c != '-' && c != '.') {
                return Problem.PHONE_CHARACTERS;
            }
        }
        if (open != 0 || text.equals("+")) {
            return Problem.PHONE_CHARACTERS;
        }
        if (digits < MIN_DIGITS) {
            return Problem.PHONE_TOO_SHORT;
        }
        return digits > MAX_DIGITS ? Problem.PHONE_TOO_LONG : Problem.OK;
    }

    private static Problem email(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return Problem.BAD_EMAIL;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') {
                return Problem.BAD_EMAIL; // a list or a "Name <address>" is not one address
            }
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Problem.BAD_EMAIL;
        }
        int dot = domain.lastIndexOf('.');
        if (dot <= 0 || dot == domain.length() - 1 || domain.startsWith(".") || domain.contains("..")
                || domain.startsWith("-")) {
            return Problem.BAD_EMAIL;
        }
        String top = domain.substring(dot + 1);
        return top.length() >= 2 && top.chars().allMatch(Character::isLetter) ? Problem.OK : Problem.BAD_EMAIL;
    }
}
