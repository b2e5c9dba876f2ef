package org.reachable.adapters.ics;

import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.ParserException;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Turns ical4j's syntax errors ("Error at line 9:Expected [61], read [10]") into messages a user
 * can act on. ical4j's line numbers count physical lines, folded ones included, so they are kept;
 * a file that is not iCalendar at all, or that stops in the middle, gets its own message.
 */
final class ParseErrors {

    private static final Pattern ICAL4J_PREFIX = Pattern.compile("^Error at line -?\\d+:\\s*");
    private static final Pattern EXPECTED = Pattern.compile("Expected \\[(-?\\d+)], read \\[(-?\\d+)]");

    private ParseErrors() {
    }

    static StoreException translate(ParserException e, SourceLines source, String fileName) {
        int line = e.getLineNo();
        String message = ICAL4J_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
        int first = source.firstContentLine();
        String firstLine = source.line(first).trim();
        if (!firstLine.equalsIgnoreCase("BEGIN:VCALENDAR")) {
            return new StoreException(Problem.of(ProblemKind.ICS_NOT_ICALENDAR, first, shorten(firstLine, 60))
                    .at(fileName, first), e);
        }
        Deque<SourceLines.Open> open = source.openAtEnd();
        int last = source.lastContentLine();
        if (!open.isEmpty() && (line >= last || message.contains("end of file"))) {
            SourceLines.Open innermost = open.peek();
            Problem cut = innermost.name().equals("VCALENDAR")
                    ? Problem.of(ProblemKind.ICS_CUT_OFF_CALENDAR, fileName)
                    : Problem.of(ProblemKind.ICS_CUT_OFF_COMPONENT, fileName, innermost.name(), innermost.line());
            return new StoreException(cut.at(fileName, last), e);
        }
        int noColon = SourceLines.firstLineWithoutColon(source.text());
        if (noColon > 0) {
            return withoutColon(source, noColon, fileName, e);
        }
        String raw = source.unfolded(line);
        Matcher expected = EXPECTED.matcher(message);
        Object detail = expected.matches()
                ? Problem.of(ProblemKind.ICS_EXPECTED, character(expected.group(1)), character(expected.group(2)))
                : message;
        return new StoreException(Problem.of(ProblemKind.ICS_BAD_LINE, shorten(raw, 60), detail).at(fileName, line), e);
    }

    /** ical4j names characters by their code: "[58]" is ":", "[-1]" the end of the file. */
    private static Object character(String code) {
        return switch (code) {
            case "58" -> "\":\"";
            case "59" -> "\";\"";
            case "61" -> "\"=\"";
            case "10", "13" -> ProblemKind.ICS_END_OF_LINE;
            case "-1" -> ProblemKind.ICS_END_OF_FILE;
            case "34" -> ProblemKind.ICS_A_QUOTE;
            default -> code.matches("\\d+") && Integer.parseInt(code) > 32 && Integer.parseInt(code) < 127
                    ? "\"" + (char) Integer.parseInt(code) + "\"" : "[" + code + "]";
        };
    }

    static StoreException withoutColon(SourceLines source, int line, String fileName, Exception cause) {
        return new StoreException(Problem.of(ProblemKind.ICS_NO_COLON, shorten(source.unfolded(line), 60))
                .at(fileName, line), cause);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
