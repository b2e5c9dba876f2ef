package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML preview reads our templates' HTML as a page would show it, without tags. */
class HtmlRunsTest {

    @Test
    void websiteFragmentBecomesHeadingAndParagraphs() {
        String html = """
                <section class="reachable" lang="nl">
                  <h2 class="reachable-title">Zo bereik je Marieke &amp; co</h2>
                  <dl>
                    <dt>Telefoon <span class="reachable-contact">020 123 4567</span></dt>
                    <dd class="reachable-hours">ma t/m vr 9.00–11.00 uur</dd>
                  </dl>
                  <p>Spoed? Bel &quot;06&quot; &lt;alleen&gt; bij nood.</p>
                </section>""";
        List<HtmlRuns.Run> runs = HtmlRuns.read(html);
        assertEquals("Zo bereik je Marieke & co\nTelefoon 020 123 4567\nma t/m vr 9.00–11.00 uur\n"
                + "Spoed? Bel \"06\" <alleen> bij nood.", HtmlRuns.text(runs));
        assertTrue(runs.get(0).heading(), "the h2 is a heading");
        assertTrue(runs.stream().filter(r -> r.text().startsWith("Telefoon")).findFirst().orElseThrow().bold(),
                "a dt reads as a bold term");
        assertFalse(runs.stream().filter(r -> r.text().startsWith("ma t/m")).findFirst().orElseThrow().bold());
    }

    @Test
    void signatureBreaksLinesAndKeepsStrong() {
        String html = "<p style=\"margin:0\"><strong style=\"color:#111\">Marieke Jansen</strong> · Zonnig<br>\n"
                + "<span>Telefoon: ma t/m vr</span><br>\n<span>020 123 4567</span></p>";
        List<HtmlRuns.Run> runs = HtmlRuns.read(html);
        assertEquals("Marieke Jansen · Zonnig\nTelefoon: ma t/m vr\n020 123 4567", HtmlRuns.text(runs));
        assertTrue(runs.get(0).bold());
    }

    @Test
    void scriptsAndStylesAreNotShown() {
        String html = "<p>Hallo</p><script>alert('x')</script><style>p{color:red}</style><!-- note --><p>daar</p>";
        assertEquals("Hallo\ndaar", HtmlRuns.text(HtmlRuns.read(html)));
    }
}
