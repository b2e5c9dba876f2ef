package org.reachable.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A text as its reader sees it, for the checks: HTML as a browser shows it (tags gone, blocks on
 * lines of their own, white space collapsed), Markdown without its marks, and of a Sieve script
 * only what the client gets (the subject and the body of the reply).
 */
final class Readable {

    private static final Pattern SIEVE_VACATION = Pattern.compile(
            "vacation\\b[^\"]*?:subject\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s+\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern MD_TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_QUOTE = Pattern.compile("^>\\s?");
    private static final Pattern MD_BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private Readable() {
    }

    /** The text a browser shows for an HTML fragment, one block a line. */
    static String fromHtml(String html) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && (e.isBlock() || "br".equals(e.normalName()))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String shown = line.replaceAll("\\s+", " ").trim();
            if (!shown.isEmpty()) {
                lines.add(shown);
            }
        }
        return String.join("\n", lines);
    }

    /** Markdown without headings, bullets, emphasis, table rules and links' addresses. */
    static String fromMarkdown(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            if (MD_TABLE_RULE.matcher(line).matches()) {
                continue;
            }
            String plain = MD_HEADING.matcher(line).replaceFirst("");
            plain = MD_QUOTE.matcher(plain).replaceFirst("");
            plain = MD_BULLET.matcher(plain).replaceFirst("");
            if (plain.startsWith("|")) {
                // a table row: each cell is read on its own
                for (String cell : plain.replaceAll("^\\||\\|$", "").split("\\|")) {
                    lines.addAll(List.of(inline(cell.trim()).split("\n")));
                }
                continue;
            }
            lines.addAll(List.of(inline(plain).split("\n", -1)));
        }
        return String.join("\n", lines);
    }

    private static String inline(String text) {
        String plain = BR.matcher(text).replaceAll("\n");
        plain = MD_LINK.matcher(plain).replaceAll("$1");
        plain = MD_STRONG.matcher(plain).replaceAll("$2");
        plain = MD_EMPHASIS.matcher(plain).replaceAll("$2");
        return MD_ESCAPE.matcher(plain).replaceAll("$1");
    }

    /**
     * Every reply of a Sieve script (one for each case of the week), subject and body, unescaped, as
     * the client receives them; one after the other, a blank line between.
     */
    static String fromSieve(String script) {
        return String.join("\n\n", sieveReplies(script));
    }

    /** Each reply of a Sieve script, subject and body: each is a text of its own to a client. */
    static List<String> sieveReplies(String script) {
        Matcher m = SIEVE_VACATION.matcher(script);
        List<String> replies = new ArrayList<>();
        while (m.find()) {
            replies.add(unquote(m.group(1)) + "\n\n" + unquote(m.group(2)));
        }
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("no vacation action with :subject and a quoted body in:\n" + script);
        }
        return replies;
    }

    /** RFC 5228's escapes, and the unset variable "${_}" that keeps a "${" in user text from being read. */
    private static String unquote(String sieveString) {
        return sieveString.replaceAll("\\\\(.)", "$1").replace("${_}", "");
    }
}
