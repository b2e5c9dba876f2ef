package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;

/**
 * Hostile user text: a script tag, quotes, an ampersand, emoji, line breaks and a 2,000-character
 * name. HTML must keep all of it as text (checked with a real parser), plain text must keep
 * required lines whole.
 */
class EscapingTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String NAME = "Anna \"A&B\" 😀 " + SCRIPT + "\n" + "x".repeat(2000);
    private static final String BUSINESS = "Bakkerij <b>Broodje</b> & Zn. 'de Beste'";
    private static final Set<String> ALLOWED = Set.of("section", "h2", "p", "dl", "dt", "dd", "span", "strong",
            "br", "html", "head", "body", "#root", "a");
    private static final MustacheRenderer RENDERER = new MustacheRenderer();

    private static SnippetModel hostile(String language) {
        Settings base = SnippetWeek.settings(language, NAME, BUSINESS);
        List<Channel> channels = new ArrayList<>();
        for (Channel c : base.channels()) {
            channels.add(c.urgentOnly()
                    ? c.withNames(Translations.of(c.name(language) + " <img src=x onerror=alert(1)>",
                            c.name(language) + " <img src=x onerror=alert(1)>")).withContact(SCRIPT)
                            .withUrgentOnly("als \"het\" brandt & <i>echt</i>\nnodig is")
                    : c.withContact(c.contact() + " " + SCRIPT));
        }
        return SnippetWeek.model(new Settings(base.profile(), channels), SnippetWeek.schedule(), language,
                Moment.DAYOFF.at);
    }

    @Test
    void htmlKeepsUserTextAsText() {
        for (String language : List.of("nl", "en")) {
            for (Target target : List.of(Target.WEBSITE, Target.SIGNATURE)) {
                String html = RENDERER.render(target, language, Format.HTML, hostile(language));
                Document doc = Jsoup.parseBodyFragment(html);
                String where = target + " " + language;
                assertTrue(doc.select("script, img, b, i").isEmpty(), where + ": user markup became markup\n" + html);
                for (Element e : doc.getAllElements()) {
                    assertTrue(ALLOWED.contains(e.tagName()), where + ": unexpected <" + e.tagName() + ">");
                    for (Attribute a : e.attributes()) {
                        assertTrue(Set.of("class", "style", "lang", "href").contains(a.getKey()), where + ": " + a);
                        // a link only to a dialable number or a checked address, never to user text
                        assertTrue(!a.getKey().equals("href") || a.getValue().matches(
                                "(tel:|sms:)\\+\\d+|https://wa\\.me/\\d+|mailto:[^\\s<>\"]+"), where + ": " + a);
                    }
                }
                String text = doc.text();
                assertTrue(text.contains("Anna \"A&B\" 😀 " + SCRIPT + " " + "x".repeat(2000)), where);
                if (target == Target.WEBSITE) {
                    assertTrue(text.contains(BUSINESS) || text.contains(SCRIPT), where);
                    assertTrue(text.contains("als \"het\" brandt & <i>echt</i> nodig is"), where + ": " + text);
                } else {
                    assertTrue(text.contains(BUSINESS), where);
                }
            }
        }
    }

    @Test
    void aSignatureInPlainTextStaysThreeLines() {
        for (String language : List.of("nl", "en")) {
            List<String> lines = RENDERER.render(Target.SIGNATURE, language, Format.TEXT, hostile(language))
                    .lines().toList();
            assertEquals(3, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).startsWith("Anna \"A&B\" 😀 " + SCRIPT + " xxx"), lines.get(0));
        }
    }

    @Test
    void plainTextKeepsEveryRequiredLineWhole() {
        for (String language : List.of("nl", "en")) {
            for (Target target : List.of(Target.AUTOREPLY, Target.WEBSITE)) {
                String text = RENDERER.render(target, language, Format.TEXT, hostile(language));
                assertTrue(text.contains("als \"het\" brandt & <i>echt</i> nodig is"), text);
                assertFalse(text.lines().anyMatch(l -> l.equals("x".repeat(2000))), "the name broke its line");
            }
        }
    }

    @Test
    void markdownEscapesUserMarkup() {
        String md = RENDERER.render(Target.WEBSITE, "nl", Format.MARKDOWN, hostile("nl"));
        assertFalse(md.contains(SCRIPT), md);
        assertTrue(md.contains("\\<script\\>"), md);
    }
}
