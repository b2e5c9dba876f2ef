package org.reachable.ui.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML our templates write (and what a user's own template is likely to) into runs of
 * text for a preview: block elements start a new paragraph, headings and {@code strong}/{@code b}
 * are bold, {@code br} breaks the line, entities are decoded, and every other tag is dropped with
 * its text kept. Not a browser: a site's own CSS decides the real look, and nothing is run.
 */
final class HtmlRuns {

    /** A piece of text; {@code heading} and {@code bold} say how to show it. */
    record Run(String text, boolean bold, boolean heading) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->",
            Pattern.DOTALL);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "dl", "dt", "dd", "ul",
            "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "header", "footer");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOLD = Set.of("strong", "b", "dt", "th");
    private static final Set<String> SKIPPED = Set.of("script", "style");

    private HtmlRuns() {
    }

    static List<Run> read(String html) {
        List<Run> runs = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        int bold = 0;
        int heading = 0;
        int skipped = 0;
        while (m.find()) {
            if (skipped == 0) {
                add(runs, html.substring(at, m.start()), bold > 0 || heading > 0, heading > 0);
            }
            at = m.end();
            if (m.group(2) == null) {
                continue; // a comment
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            int step = closing ? -1 : 1;
            if (SKIPPED.contains(name)) {
                skipped = Math.max(0, skipped + step);
            } else if (name.equals("br")) {
                newLine(runs);
            } else {
                if (BLOCKS.contains(name)) {
                    newLine(runs);
                    if (!closing && (name.equals("li"))) {
                        runs.add(new Run("• ", false, false));
                    }
                }
                if (HEADINGS.contains(name)) {
                    heading = Math.max(0, heading + step);
                } else if (BOLD.contains(name)) {
                    bold = Math.max(0, bold + step);
                }
            }
        }
        if (skipped == 0) {
            add(runs, html.substring(at), bold > 0 || heading > 0, heading > 0);
        }
        while (!runs.isEmpty() && runs.get(runs.size() - 1).text().equals("\n")) {
            runs.remove(runs.size() - 1);
        }
        return runs;
    }

    /** The preview as plain text, for tests and for reading what the runs hold. */
    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }

    private static void add(List<Run> runs, String raw, boolean bold, boolean heading) {
        String text = decode(raw.replaceAll("\\s+", " "));
        if (text.isBlank()) {
            return;
        }
        if (runs.isEmpty() || runs.get(runs.size() - 1).text().endsWith("\n")) {
            text = text.stripLeading();
        }
        runs.add(new Run(text, bold, heading));
    }

    private static void newLine(List<Run> runs) {
        if (!runs.isEmpty() && !runs.get(runs.size() - 1).text().equals("\n")) {
            runs.add(new Run("\n", false, false));
        }
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
