package org.reachable.adapters.ics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The small pieces of RFC 5545 text the writer needs: TEXT escaping (3.3.11), parameter quoting
 * (3.2), date and date-time values (3.3.4, 3.3.5), UTC offsets (3.3.14) and content-line folding at
 * 75 octets without splitting a UTF-8 character (3.1).
 */
final class IcsText {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private IcsText() {
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
    static String escape(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' || c == ';' || c == ',' || c < 0x20 || c == 0x7f) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    sb.append("\\n");
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\t' -> sb.append('\t');
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A parameter value, quoted when it holds a character that would end it (":", ";", ","). */
    static String paramValue(String value) {
        String clean = value.replace("\"", "");
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == ':' || c == ';' || c == ',') {
                return '"' + clean + '"';
            }
        }
        return clean;
    }

    static void appendDate(StringBuilder sb, LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("The year " + year + " cannot be written to an iCalendar file");
        }
        pad(sb, year, 4);
        pad(sb, date.getMonthValue(), 2);
        pad(sb, date.getDayOfMonth(), 2);
    }

    static void appendDateTime(StringBuilder sb, LocalDateTime dateTime) {
        appendDate(sb, dateTime.toLocalDate());
        sb.append('T');
        LocalTime time = dateTime.toLocalTime();
        pad(sb, time.getHour(), 2);
        pad(sb, time.getMinute(), 2);
        pad(sb, time.getSecond(), 2);
    }

    static String date(LocalDate date) {
        StringBuilder sb = new StringBuilder(8);
        appendDate(sb, date);
        return sb.toString();
    }

    static String dateTime(LocalDateTime dateTime) {
        StringBuilder sb = new StringBuilder(15);
        appendDateTime(sb, dateTime);
        return sb.toString();
    }

    /** A UTC offset as {@code +HHMM} or {@code +HHMMSS}. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        StringBuilder sb = new StringBuilder(7);
        sb.append(total < 0 ? '-' : '+');
        int abs = Math.abs(total);
        pad(sb, abs / 3600, 2);
        pad(sb, abs / 60 % 60, 2);
        if (abs % 60 != 0) {
            pad(sb, abs % 60, 2);
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }

    /**
     * Appends one content line, folded so that no physical line exceeds 75 octets of UTF-8 (a
     * continuation line starts with a space, which counts), and ends it with CRLF. A character is
     * never split, surrogate pairs included.
     */
    static void appendFolded(StringBuilder out, CharSequence line) {
        int n = line.length();
        if (n <= MAX_OCTETS && isAscii(line)) {
            out.append(line).append(CRLF);
            return;
        }
        int octets = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(line, i);
            int chars = Character.charCount(cp);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + chars);
            octets += size;
            i += chars;
        }
        out.append(CRLF);
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
