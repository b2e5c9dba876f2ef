package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.domain.text.snippet.UserTemplates;
import org.reachable.domain.text.snippet.UserTemplates.Problem;

/** The user's own templates over the real renderer: used when good, and the last good one when not. */
class UserTemplatesTest {

    private static final String KEY = "autoreply.nl.text";
    private final MustacheRenderer renderer = new MustacheRenderer();
    private final UserTemplates templates = new UserTemplates(renderer);
    private final SnippetModel model = SnippetWeek.model("nl", SnippetWeek.Moment.WINDOW);

    private String standard() {
        return renderer.render(Target.AUTOREPLY, "nl", Format.TEXT, model);
    }

    private UserTemplates.Result render(Map<String, String> overrides) {
        return templates.render(Target.AUTOREPLY, "nl", Format.TEXT, model, overrides);
    }

    @Test
    void keysAreTargetLanguageFormat() {
        assertEquals(KEY, UserTemplates.key(Target.AUTOREPLY, "nl", Format.TEXT));
        assertEquals("website.en.html", UserTemplates.key(Target.WEBSITE, "en", Format.HTML));
    }

    @Test
    void withoutAnOverrideTheShippedTemplateIsUsed() {
        UserTemplates.Result result = render(Map.of());
        assertEquals(standard(), result.text());
        assertEquals(Optional.empty(), result.problem());
        assertTrue(templates.template(Target.AUTOREPLY, "nl", Format.TEXT, Map.of()).startsWith("Bedankt voor {{jouw}} bericht."));
        assertEquals(renderer.template(Target.AUTOREPLY, "nl", Format.TEXT),
                templates.defaultTemplate(Target.AUTOREPLY, "nl", Format.TEXT));
    }

    @Test
    void theUsersTemplateIsUsedWithTheRealValues() {
        UserTemplates.Result result = render(Map.of(KEY, "Dag! Ik reageer {{reply.when}}.\n{{#who}}{{who}}{{/who}}"));
        assertEquals(Optional.empty(), result.problem());
        assertTrue(result.text().startsWith("Dag! Ik reageer "), result.text());
        assertTrue(result.text().contains("Marieke Jansen"), result.text());
        assertEquals("Mijn tekst", templates.template(Target.AUTOREPLY, "nl", Format.TEXT, Map.of(KEY, "Mijn tekst")));
    }

    @Test
    void anUnclosedSectionIsReportedWithItsLineAndTheDefaultIsUsed() {
        UserTemplates.Result result = render(Map.of(KEY, "Dag!\n\n{{#x}}\nnog iets\n"));
        assertEquals(standard(), result.text(), "a client still gets a text");
        Problem problem = result.problem().orElseThrow();
        assertEquals(KEY, problem.key());
        assertEquals(3, problem.line());
        assertTrue(problem.reason().contains("{{#x}}"), problem.reason());
        assertFalse(problem.reason().contains("@ line"), "the line is said once: " + problem.reason());
        assertTrue(problem.message().startsWith("template autoreply.nl.text, line 3: "), problem.message());
    }

    @Test
    void aValueThatDoesNotExistIsReportedWithItsLine() {
        Optional<Problem> problem = templates.check(Target.AUTOREPLY, "nl", Format.TEXT, "Dag\n{{bestaatNiet}}", model);
        assertEquals(2, problem.orElseThrow().line());
        assertTrue(problem.get().reason().contains("bestaatNiet"), problem.get().reason());
        assertEquals(Optional.empty(), templates.check(Target.AUTOREPLY, "nl", Format.TEXT, "Dag {{who}}", model));
    }

    @Test
    void theLastUserVersionThatRenderedKeepsWorkingUntilReset() {
        assertEquals("Versie 1 Marieke Jansen", render(Map.of(KEY, "Versie 1 {{who}}")).text());
        UserTemplates.Result broken = render(Map.of(KEY, "Versie 2 {{/who}}"));
        assertEquals("Versie 1 Marieke Jansen", broken.text(), "the last good version, not the default");
        assertEquals(1, broken.problem().orElseThrow().line());
        assertEquals(standard(), render(Map.of()).text(), "reset: the default");
        assertEquals(standard(), render(Map.of(KEY, "Versie 2 {{/who}}")).text(),
                "after a reset the old version does not come back");
    }

    @Test
    void theRendererReportsUserTemplateProblemsWithLineAndReason() {
        SnippetException e = assertThrows(SnippetException.class,
                () -> renderer.renderTemplate(KEY, "a\n{{#x}}", Format.TEXT, model));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("template autoreply.nl.text does not compile, line 2: "), e.getMessage());
        SnippetException missing = assertThrows(SnippetException.class,
                () -> renderer.renderTemplate(KEY, "a\nb\n{{nope}}", Format.TEXT, model));
        assertEquals(3, missing.line());
        String html = renderer.renderTemplate("signature.nl.html", "<p>{{who}}</p>", Format.HTML,
                SnippetWeek.model(SnippetWeek.settings("nl", "Anne & <b>Zo</b>", "x"), SnippetWeek.schedule(), "nl",
                        SnippetWeek.Moment.WINDOW.at));
        assertTrue(html.contains("Anne &amp; &lt;b&gt;Zo&lt;/b&gt;"), "user text is escaped in the user's HTML: " + html);
    }
}
