package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.SnippetWeek.Moment;
import org.reachable.domain.text.snippet.Target;

/** A broken template says which one and where; a missing one is not silently empty. */
class MustacheRendererTest {

    private final Map<String, Object> values = SnippetWeek.model("nl", Moment.WINDOW).values();

    @Test
    void aTemplateThatDoesNotCompileNamesItselfAndTheLine() {
        SnippetException e = assertThrows(SnippetException.class,
                () -> MustacheRenderer.compile("website.nl.html", "<p>\n{{#channels}}\n{{name}}\n</p>", Format.HTML));
        assertTrue(e.getMessage().startsWith("template website.nl.html does not compile"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void aValueThatDoesNotExistIsAnErrorWithItsLine() {
        var template = MustacheRenderer.compile("mine", "Hallo\n{{naam}}\n", Format.TEXT);
        var e = assertThrows(RuntimeException.class, () -> template.execute(values));
        assertTrue(e.getMessage().contains("naam") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aSectionThatDoesNotExistIsAnErrorToo() {
        var template = MustacheRenderer.compile("mine", "{{#spoed}}x{{/spoed}}", Format.TEXT);
        assertThrows(RuntimeException.class, () -> template.execute(values));
    }

    @Test
    void aTargetWithoutATemplateIsReportedByName() {
        MustacheRenderer renderer = new MustacheRenderer();
        assertFalse(renderer.has(Target.VOICEMAIL, "de", Format.TEXT), "no German templates");
        assertFalse(renderer.has(Target.AUTOREPLY, "nl", Format.HTML), "not a format of the target");
        SnippetException e = assertThrows(SnippetException.class, () -> renderer.render(Target.VOICEMAIL, "de",
                Format.TEXT, SnippetWeek.model("nl", Moment.WINDOW)));
        assertEquals("there is no template voicemail.de.text", e.getMessage());
    }

    @Test
    void markdownEscapesWhatWouldBecomeMarkup() {
        assertEquals("\\*bold\\* \\<b\\> a\\|b", MustacheRenderer.markdown("*bold* <b> a|b"));
    }

}
