package org.reachable.domain.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON for what is published (the page's data, the public status.json), written here so the domain
 * needs no JSON library. Values are maps, lists, strings, numbers, booleans and null. Every
 * {@code <}, {@code >} and {@code &} is written as a unicode escape, so the text can sit inside a
 * {@code <script>} element and a user's "</script>" stays a string.
 */
public final class JsonText {

    private JsonText() {
    }

    public static String of(Object value) {
        StringBuilder b = new StringBuilder(256);
        write(b, value);
        return b.toString();
    }

    private static void write(StringBuilder b, Object value) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof String s) {
            string(b, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value instanceof Map<?, ?> map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, String.valueOf(e.getKey()));
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (value instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, list.get(i));
            }
            b.append(']');
        } else {
            throw new IllegalArgumentException("no JSON for " + value.getClass());
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"').append(inside(s)).append('"');
    }

    /**
     * The inside of a JSON string: quote, backslash and control characters escaped, and {@code <},
     * {@code >}, {@code &}, U+2028 and U+2029 as unicode escapes (the JSON-LD template's escaper too).
     */
    public static String inside(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
