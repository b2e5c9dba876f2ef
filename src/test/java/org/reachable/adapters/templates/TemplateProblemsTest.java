package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetException;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.SnippetWeek;

/** jmustache's English about a user's template becomes the user's words, in Dutch and in English. */
class TemplateProblemsTest {

    private static final ProblemWords DUTCH = ProblemWords.in(Locale.forLanguageTag("nl-NL"));
    private static final ProblemWords ENGLISH = ProblemWords.english();
    private final MustacheRenderer renderer = new MustacheRenderer();
    private final SnippetModel model = SnippetWeek.model("nl", SnippetWeek.Moment.WINDOW);

    private SnippetException broken(String template) {
        return assertThrows(SnippetException.class,
                () -> renderer.renderTemplate("autoreply.nl.text", template, Format.TEXT, model));
    }

    @Test
    void aPartNeverClosedSaysWhatToAddAndWhere() {
        SnippetException e = broken("Dag!\n\n{{#x}}\nmeer");
        assertEquals(3, e.line());
        assertEquals(ProblemKind.TEMPLATE_SECTION_NOT_CLOSED, e.problem().kind());
        assertEquals("het stuk {{#x}} wordt nergens afgesloten; zet {{/x}} waar het moet eindigen",
                DUTCH.what(e.problem()));
        assertEquals("the part {{#x}} is never closed; add {{/x}} where it should end", ENGLISH.what(e.problem()));
        assertEquals("template autoreply.nl.text does not compile, line 3: the part {{#x}} is never closed; add {{/x}} "
                + "where it should end", e.getMessage());
    }

    @Test
    void aCloseThatMatchesNoOpenPartIsNamed() {
        SnippetException e = broken("Dag {{/who}}");
        assertEquals(ProblemKind.TEMPLATE_CLOSE_WITHOUT_OPEN, e.problem().kind());
        assertEquals("{{/who}} sluit een stuk af dat nergens geopend is; haal het weg, of open het stuk ervoor met "
                + "{{#who}}", DUTCH.what(e.problem()));
    }

    @Test
    void partsClosedInTheWrongOrderNameTheOneStillOpen() {
        SnippetException e = broken("{{#who}}\n{{#x}}\n{{/who}}\n{{/x}}");
        assertEquals(3, e.line());
        assertEquals("{{/who}} closes a part, but the part still open is {{#x}}; close {{/x}} first",
                ENGLISH.what(e.problem()));
        assertEquals("{{/who}} sluit een stuk af, maar het stuk dat nog open is, is {{#x}}; sluit eerst {{/x}}",
                DUTCH.what(e.problem()));
    }

    @Test
    void aValueThatDoesNotExistIsNamed() {
        SnippetException e = broken("Dag\n{{bestaatNiet}}");
        assertEquals(2, e.line());
        assertEquals("er is geen waarde 'bestaatNiet'; gebruik de namen uit het standaardsjabloon", DUTCH.what(e.problem()));
        assertEquals("there is no value 'bestaatNiet'; use the names the standard template uses", ENGLISH.what(e.problem()));
    }

    @Test
    void anIncludedTemplateIsRefusedInWords() {
        SnippetException e = broken("Dag {{>footer}}");
        assertEquals(ProblemKind.TEMPLATE_NO_PARTIAL, e.problem().kind());
        assertEquals("{{>…}} voegt een ander sjabloon in, en dat kan niet in de sjablonen van Reachable; haal het "
                + "weg", DUTCH.what(e.problem()));
    }
}
