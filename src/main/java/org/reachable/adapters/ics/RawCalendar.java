package org.reachable.adapters.ics;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * A calendar as ical4j's parser delivers it, before ical4j's property factories touch it: names,
 * parameters and the value exactly as written (unfolded, still escaped). The factories trim text
 * values and read a {@code DTSTART;TZID=} value through ical4j's own zones (a time in a DST gap comes
 * back an hour later), which would change a schedule on its way through the file.
 */
final class RawCalendar {

    /** One property; parameter names upper-case, values without their quotes. */
    record RawProperty(String name, Map<String, String> params, String value) {

        String param(String paramName) {
            return params.get(paramName);
        }

        /** The value as TEXT (RFC 5545 3.3.11), unescaped. */
        String text() {
            return unescape(value);
        }
    }

    /** One component and what it holds, in file order. */
    static final class RawComponent {
        private final String name;
        private final List<RawProperty> properties = new ArrayList<>();
        private final List<RawComponent> components = new ArrayList<>();

        RawComponent(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        List<RawProperty> properties() {
            return properties;
        }

        List<RawComponent> components() {
            return components;
        }

        RawProperty first(String propertyName) {
            for (RawProperty p : properties) {
                if (p.name().equals(propertyName)) {
                    return p;
                }
            }
            return null;
        }

        List<RawProperty> all(String propertyName) {
            List<RawProperty> found = new ArrayList<>(1);
            for (RawProperty p : properties) {
                if (p.name().equals(propertyName)) {
                    found.add(p);
                }
            }
            return found;
        }

        /** The unescaped text of the first such property, or null. */
        String text(String propertyName) {
            RawProperty p = first(propertyName);
            return p == null ? null : p.text();
        }

        /** This component as iCalendar content lines again (unfolded). */
        void forEachLine(Consumer<String> out) {
            out.accept("BEGIN:" + name);
            for (RawProperty p : properties) {
                out.accept(line(p));
            }
            for (RawComponent c : components) {
                c.forEachLine(out);
            }
            out.accept("END:" + name);
        }

        static String line(RawProperty p) {
            StringBuilder sb = new StringBuilder(p.name());
            p.params().forEach((k, v) -> sb.append(';').append(k).append('=').append(IcsText.paramValue(v)));
            return sb.append(':').append(p.value()).toString();
        }
    }

    private RawCalendar() {
    }

    /** The VCALENDAR in {@code text}; ical4j's parser checks the syntax and reports lines. */
    static RawComponent parse(String text) throws ParserException, IOException {
        Handler handler = new Handler();
        new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(text)), handler);
        return handler.root;
    }

    private static final class Handler implements ContentHandler {
        final RawComponent root = new RawComponent("VCALENDAR");
        private final Deque<RawComponent> open = new ArrayDeque<>();
        private String propertyName;
        private Map<String, String> params;

        @Override
        public void startCalendar() {
            open.push(root);
        }

        @Override
        public void endCalendar() {
            open.clear();
        }

        @Override
        public void startComponent(String name) {
            RawComponent component = new RawComponent(name.toUpperCase(Locale.ROOT));
            open.element().components.add(component);
            open.push(component);
        }

        @Override
        public void endComponent(String name) {
            if (open.size() > 1) {
                open.pop();
            }
        }

        @Override
        public void startProperty(String name) {
            propertyName = name.toUpperCase(Locale.ROOT);
            params = Map.of();
        }

        @Override
        public void parameter(String name, String value) {
            if (params.isEmpty()) {
                params = new HashMap<>(4);
            }
            params.put(name.toUpperCase(Locale.ROOT), unquote(value));
        }

        @Override
        public void propertyValue(String value) {
            open.element().properties.add(new RawProperty(propertyName, params, value));
        }

        @Override
        public void endProperty(String name) {
            propertyName = null;
        }
    }

    static String unquote(String value) {
        if (value != null && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** TEXT unescaping: {@code \\ \; \, \n \N}; any other backslash is kept as written. */
    static String unescape(String value) {
        int i = value.indexOf('\\');
        if (i < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        sb.append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                switch (next) {
                    case '\\', ';', ',' -> {
                        sb.append(next);
                        i++;
                    }
                    case 'n', 'N' -> {
                        sb.append('\n');
                        i++;
                    }
                    default -> sb.append(c);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
