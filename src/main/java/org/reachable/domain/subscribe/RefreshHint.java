package org.reachable.domain.subscribe;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * How often a calendar asks to be read again: {@code REFRESH-INTERVAL;VALUE=DURATION:…} (RFC 7986)
 * or else {@code X-PUBLISHED-TTL:…} (Outlook, Google), on the calendar's own level. Read from the
 * raw bytes as ASCII (both are ASCII lines, and the domain reads no files or charsets); a value
 * that is not a duration is ignored, one out of range is brought within it.
 */
final class RefreshHint {

    private RefreshHint() {
    }

    /** The hint in seconds within [{@code min}, {@code max}], or 0 when the calendar gives none. */
    static long seconds(byte[] ics, Duration min, Duration max) {
        String text = ascii(ics);
        String value = value(text, "REFRESH-INTERVAL");
        if (value == null) {
            value = value(text, "X-PUBLISHED-TTL");
        }
        if (value == null) {
            return 0;
        }
        try {
            Duration d = parse(value.trim());
            return (d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d).toSeconds();
        } catch (DateTimeParseException | ArithmeticException e) {
            return 0;
        }
    }

    /** RFC 5545 durations: java.time's form, plus weeks ("P1W"). */
    private static Duration parse(String value) {
        if (value.matches("P\\d+W")) {
            return Duration.ofDays(7L * Long.parseLong(value.substring(1, value.length() - 1)));
        }
        return Duration.parse(value);
    }

    /** The value of the first line named {@code name} (with or without parameters) before the first component. */
    private static String value(String text, String name) {
        int end = text.indexOf("\nBEGIN:V", text.indexOf("BEGIN:VCALENDAR") + 1);
        String head = end < 0 ? text : text.substring(0, end);
        for (String line : head.split("\r?\n")) {
            if (line.regionMatches(true, 0, name, 0, name.length()) && line.length() > name.length()
                    && (line.charAt(name.length()) == ':' || line.charAt(name.length()) == ';')) {
                return line.substring(line.indexOf(':') + 1);
            }
        }
        return null;
    }

    private static String ascii(byte[] bytes) {
        char[] chars = new char[Math.min(bytes.length, 64 * 1024)]; // the calendar's own lines come first
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (bytes[i] & 0xff);
        }
        return new String(chars);
    }
}
