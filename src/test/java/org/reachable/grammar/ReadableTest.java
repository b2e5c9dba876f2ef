package org.reachable.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text a client reads, out of HTML, Markdown and a Sieve script. */
class ReadableTest {

    @Test
    void htmlReadsAsABrowserShowsIt() {
        assertEquals("Zo bereik je mij\nTelefoon 020 123 4567\nma t/m vr 9.00–11.00 uur\nMarieke · Zonnig\n9–11",
                Readable.fromHtml("<section>\n  <h2>Zo bereik je   mij</h2>\n  <dl>\n    <dt>Telefoon <span>020 123 4567"
                        + "</span></dt>\n    <dd>ma t/m vr 9.00–11.00 uur</dd>\n  </dl></section>"
                        + "<p><strong>Marieke</strong> · Zonnig<br>\n<span>9–11</span></p>"));
    }

    @Test
    void markdownLosesItsMarks() {
        assertEquals("How to reach me\n\nI am away.\nChannel\nWhen\nPhone\n020 123\n9–11\n\nMon–Fri, see site\n"
                        + "Emergency: 06 (travellers)",
                Readable.fromMarkdown("## How to reach me\n\n> I am away.\n| Channel | When |\n|---|---|\n"
                        + "| **Phone**<br>020 123 | 9–11 |\n\n- Mon–Fri, see [site](https://x.nl)\n"
                        + "**Emergency**: 06 \\(travellers\\)"));
    }

    @Test
    void ofASieveScriptTheClientReadsTheSubjectAndTheReply() {
        String script = "require [\"vacation\"];\n# made by Reachable\nvacation :days 1 :subject \"Automatic reply\" "
                + "\"Thanks for your \\\"message\\\".\n\nKind regards\n\";\n";
        assertEquals("Automatic reply\n\nThanks for your \"message\".\n\nKind regards\n", Readable.fromSieve(script));
    }

    @Test
    void ofAScriptForTheWholeWeekTheClientReadsEveryReply() {
        String script = "require [\"date\", \"relational\", \"variables\", \"vacation\"];\n"
                + "if string :is \"${weekday}\" \"6\" {\n    vacation :days 1 :subject \"A\" \"On Monday, $${_}{x}.\";\n}\n"
                + "elsif string :is \"${weekday}\" \"0\" {\n    vacation :days 1 :subject \"A\" \"Tomorrow.\";\n}\n";
        assertEquals("A\n\nOn Monday, ${x}.\n\nA\n\nTomorrow.", Readable.fromSieve(script));
    }
}
