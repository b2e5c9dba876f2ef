package org.reachable.adapters.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Turns jmustache's English ("Section missing close tag 'x' @ line 16", "No method or field with
 * name 'y' on line 3") into problems the Texts screen and the command line put into the user's
 * words: what is wrong with which tag, and what to write instead. The line is not part of it:
 * the caller keeps it apart, to select that line in the editor.
 */
final class TemplateProblems {

    private static final String NAME = "'(.*?)'";
    private static final Pattern NOT_CLOSED = Pattern.compile("^(?:Section|Parent|Block) missing close tag " + NAME);
    private static final Pattern INVERTED_NOT_CLOSED = Pattern.compile("^Inverted section missing close tag " + NAME);
    private static final Pattern NO_OPEN = Pattern.compile("^Section close tag with no open tag " + NAME);
    private static final Pattern MISMATCH = Pattern.compile(
            "^Section close tag with mismatched open tag " + NAME + " != " + NAME);
    private static final Pattern NEWLINE = Pattern.compile("^Invalid tag name: contains newline " + NAME);
    private static final Pattern TRIPLE = Pattern.compile("^Invalid triple-mustache tag");
    private static final Pattern DELIMITERS = Pattern.compile("^Invalid delimiter configuration " + NAME);
    private static final Pattern UNKNOWN = Pattern.compile(
            "^(?:No method or field with name|Missing context for compound variable|Null context for variable) " + NAME);
    private static final Pattern PARTIAL = Pattern.compile("^(?:Template " + NAME + " was not found"
            + "|Template loading not configured|Unable to load template: (.*?))(?:\\s|$)");

    private TemplateProblems() {
    }

    static Problem of(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        Matcher m;
        if ((m = NOT_CLOSED.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_SECTION_NOT_CLOSED, m.group(1));
        }
        if ((m = INVERTED_NOT_CLOSED.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_INVERTED_NOT_CLOSED, m.group(1));
        }
        if ((m = MISMATCH.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_CLOSE_MISMATCH, m.group(1), m.group(2));
        }
        if ((m = NO_OPEN.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_CLOSE_WITHOUT_OPEN, m.group(1));
        }
        if ((m = NEWLINE.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_TAG_NEWLINE, m.group(1).replace('\n', ' '));
        }
        if (TRIPLE.matcher(message).find()) {
            return Problem.of(ProblemKind.TEMPLATE_TRIPLE);
        }
        if ((m = DELIMITERS.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_DELIMITERS, m.group(1));
        }
        if ((m = UNKNOWN.matcher(message)).find()) {
            return Problem.of(ProblemKind.TEMPLATE_UNKNOWN_VALUE, m.group(1));
        }
        if ((m = PARTIAL.matcher(message)).find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "…";
            return Problem.of(ProblemKind.TEMPLATE_NO_PARTIAL, name);
        }
        // something jmustache says that is not known here: its own words, without "@ line n"
        return Problem.text(message.replaceAll("\\s*(?:@ line|on line) \\d+\\s*$", ""));
    }
}
