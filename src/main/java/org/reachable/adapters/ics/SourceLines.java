package org.reachable.adapters.ics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The raw text of a file as physical lines, with where each top-level VEVENT begins and where its
 * properties are, so that a problem found after parsing can name the line a user has to fix. Built
 * only when something went wrong, so reading a good file costs nothing extra.
 */
final class SourceLines {

    /** A component that was begun: its name and the line of its BEGIN. */
    record Open(String name, int line) {
    }

    /** One VEVENT: the line of its BEGIN, and the first line of each of its own properties. */
    record Event(int begin, Map<String, Integer> properties) {
    }

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final Deque<Open> openAtEnd = new ArrayDeque<>();

    SourceLines(String text) {
        this.text = text;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        index();
    }

    private void index() {
        Deque<Open> stack = openAtEnd;
        Event current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            String name = propertyName(line);
            if (name.equals("BEGIN")) {
                String component = value(line).trim().toUpperCase(Locale.ROOT);
                if (component.equals("VEVENT") && stack.size() == 1) {
                    current = new Event(number, new HashMap<>());
                    events.add(current);
                }
                stack.push(new Open(component, number));
            } else if (name.equals("END")) {
                String component = value(line).trim().toUpperCase(Locale.ROOT);
                if (!stack.isEmpty() && stack.peek().name().equals(component)) {
                    stack.pop();
                }
                if (stack.size() < 2) {
                    current = null;
                }
            } else if (current != null && stack.size() == 2) {
                current.properties().putIfAbsent(name, number);
            }
        }
    }

    /**
     * The first line (1-based) of a content line that has no colon at all, or 0. ical4j's parser
     * takes such a line's name and then the whole next line as its value, so "SUMMARY Deep work"
     * would silently swallow the line after it.
     */
    static int firstLineWithoutColon(String text) {
        int n = text.length();
        int line = 0;
        int logicalStart = 0;
        boolean logicalHasColon = true;
        int i = 0;
        while (i < n) {
            line++;
            char first = text.charAt(i);
            boolean continuation = first == ' ' || first == '\t';
            boolean blank = first == '\r' || first == '\n';
            if (!continuation && !blank) {
                if (!logicalHasColon) {
                    return logicalStart;
                }
                logicalStart = line;
                logicalHasColon = false;
            }
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n') {
                    break;
                }
                if (c == ':') {
                    logicalHasColon = true;
                }
                i++;
            }
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return logicalHasColon ? 0 : logicalStart;
    }

    static String propertyName(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
            end++;
        }
        return line.substring(0, end).trim().toUpperCase(Locale.ROOT);
    }

    /** The value part of an unfolded line: what follows the first colon outside quotes. */
    static String value(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return line.substring(i + 1);
            }
        }
        return "";
    }

    String text() {
        return text;
    }

    int count() {
        return lines.size();
    }

    /** The physical line, 1-based; empty when out of range. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The logical line starting at {@code number}, its continuation lines joined. */
    String unfolded(int number) {
        StringBuilder sb = new StringBuilder(line(number));
        for (int i = number + 1; i <= lines.size(); i++) {
            String next = lines.get(i - 1);
            if (next.isEmpty() || (next.charAt(0) != ' ' && next.charAt(0) != '\t')) {
                break;
            }
            sb.append(next, 1, next.length());
        }
        return sb.toString();
    }

    /** The first line that is not blank, 1-based; 0 for a blank text. */
    int firstContentLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The last line that is not blank, 1-based; 0 for a blank text. */
    int lastContentLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Components begun but never ended when the text runs out, innermost first. */
    Deque<Open> openAtEnd() {
        return openAtEnd;
    }

    /**
     * The line of {@code property} in the {@code index}-th VEVENT (0-based, in file order, as ical4j
     * lists them), or of its BEGIN:VEVENT when the property is absent or null.
     */
    int lineOf(int index, String property) {
        if (index < 0 || index >= events.size()) {
            return 0;
        }
        Event event = events.get(index);
        if (property == null) {
            return event.begin();
        }
        return event.properties().getOrDefault(property, event.begin());
    }
}
