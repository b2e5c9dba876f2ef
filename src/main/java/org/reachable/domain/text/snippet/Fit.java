package org.reachable.domain.text.snippet;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes text fit a length limit, as Facebook's page fields need. Lengths are counted in UTF-16
 * units ({@link String#length()}), as a browser's {@code maxlength} counts them: an emoji counts
 * two, so a text that fits here fits there.
 */
final class Fit {

    static final String ELLIPSIS = "…";

    private Fit() {
    }

    /** A text and whether it had to be shortened to fit. */
    record Result(String text, boolean shortened) {

        int length() {
            return text.length();
        }
    }

    /**
     * The text if it fits; otherwise cut at the last word boundary that leaves room for "…" (and
     * the punctuation before that boundary dropped), so no word is ever cut in half. A text
     * without any space in reach is cut between characters, never inside a surrogate pair.
     */
    static Result cut(String text, int limit) {
        if (text.length() <= limit) {
            return new Result(text, false);
        }
        int room = limit - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', room);
        String head;
        if (space > 0) {
            head = text.substring(0, space);
        } else {
            int end = room;
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            head = text.substring(0, end);
        }
        head = head.replaceAll("[\\s,;:·.–-]+$", "");
        return new Result(head + ELLIPSIS, true);
    }

    /**
     * Sentences in their reading order, taken in order of {@code priority} (indexes into
     * {@code parts}) while they fit, joined by spaces. A part that does not fit is left out
     * whole; only when not even the first-priority part fits is it cut at a word boundary.
     */
    static Result parts(List<String> parts, List<Integer> priority, int limit) {
        boolean[] taken = new boolean[parts.size()];
        int length = -1;
        boolean shortened = false;
        for (int index : priority) {
            String part = parts.get(index);
            if (part.isEmpty()) {
                continue;
            }
            if (length + 1 + part.length() <= limit) {
                taken[index] = true;
                length += 1 + part.length();
            } else {
                shortened = true;
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (taken[i]) {
                chosen.add(parts.get(i));
            }
        }
        if (chosen.isEmpty()) {
            String first = priority.stream().map(parts::get).filter(p -> !p.isEmpty()).findFirst().orElse("");
            return cut(first, limit);
        }
        return new Result(String.join(" ", chosen), shortened);
    }
}
