package org.reachable.domain.text.forwarding;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The GSM supplementary-service codes (3GPP TS 22.030) that forward a mobile's calls to another
 * number, for the phone channel during focus: typed in the phone's dialler (or opened as a
 * {@code tel:} link, or scanned as a QR code of that link) at the start of a focus block, and the
 * cancel code at its end. The codes are the standard ones; operators may block some, add their
 * own or charge for forwarded calls, which every text that shows them says.
 *
 * <p>The number is E.164 ("+31612345678"): a forwarding code is dialled on the phone's own network,
 * and only the international form reaches the same person from whatever country the phone roams in.
 */
public record CallForwarding(String to) {

    /** E.164: a +, a first digit that is not 0, at most 15 digits in all (ITU-T E.164, section 6). */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    /** When calls are forwarded, with its service code. */
    public enum Condition {
        /** Every call, the phone does not ring. */
        UNCONDITIONAL("21"),
        /** Calls not answered within the network's time (about 20 s). */
        NO_ANSWER("61"),
        /** Calls while the line is busy or the call is declined. */
        BUSY("67"),
        /** Calls while the phone is off or has no network. */
        NOT_REACHABLE("62"),
        /** No answer, busy and not reachable at once, in one code. */
        ALL_CONDITIONAL("004");

        private final String service;

        Condition(String service) {
            this.service = service;
        }

        /** The service code: "21", "61", "67", "62", "004". */
        public String service() {
            return service;
        }
    }

    /** One condition's pair: the code that switches forwarding on, and the one that cancels it. */
    public record Code(Condition condition, String on, String off) {

        /** {@link #on} as a {@code tel:} URI a phone's dialler opens. */
        public String onUri() {
            return telUri(on);
        }

        /** {@link #off} as a {@code tel:} URI a phone's dialler opens. */
        public String offUri() {
            return telUri(off);
        }
    }

    public CallForwarding {
        Objects.requireNonNull(to, "to");
        if (!isE164(to)) {
            throw new IllegalArgumentException("not an E.164 number (+ and up to 15 digits): " + to);
        }
    }

    /** Whether {@code number} is written as E.164: "+31612345678", no spaces. */
    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** The pair for one condition: {@code **21*+31612345678#} and {@code ##21#}. */
    public Code code(Condition condition) {
        return new Code(condition, "**" + condition.service() + "*" + to + "#", "##" + condition.service() + "#");
    }

    /** Every condition's pair, unconditional first. */
    public List<Code> codes() {
        return Arrays.stream(Condition.values()).map(this::code).toList();
    }

    /**
     * A dial string as a {@code tel:} URI. RFC 3966 keeps {@code *} as it is, but {@code #} starts a
     * URI's fragment, so it must be written {@code %23} (RFC 3966, section 5.1.5); without that a
     * dialler would see "**21*+31612345678" and forward nothing.
     */
    public static String telUri(String dial) {
        StringBuilder uri = new StringBuilder("tel:");
        for (char ch : dial.toCharArray()) {
            if (ch == '#') {
                uri.append("%23");
            } else if (ch == '*' || ch == '+' || (ch >= '0' && ch <= '9')) {
                uri.append(ch);
            } else {
                throw new IllegalArgumentException("not a dial string: " + dial);
            }
        }
        return uri.toString();
    }
}
