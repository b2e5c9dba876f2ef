package org.reachable.adapters.ics;

import java.util.Deque;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.ParserException;
import org.reachable.domain.port.StoreException;

/**
 * Turns ical4j's syntax errors ("Error at line 9:Expected [61], read [10]") into messages a user
 * can act on. ical4j's line numbers count physical lines, folded ones included, so they are kept;
 * a file that is not iCalendar at all, or that stops in the middle, gets its own message.
 */
final class ParseErrors {

    private static final Pattern ICAL4J_PREFIX = Pattern.compile("^Error at line -?\\d+:\\s*");

    private ParseErrors() {
    }

    static StoreException translate(ParserException e, SourceLines source, String fileName) {
        int line = e.getLineNo();
        String message = ICAL4J_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
        int first = source.firstContentLine();
        String firstLine = source.line(first).trim();
        if (!firstLine.equalsIgnoreCase("BEGIN:VCALENDAR")) {
            return new StoreException(fileName, first, "this is not an iCalendar file: it should begin with "
                    + "BEGIN:VCALENDAR, but line " + first + " reads \"" + shorten(firstLine, 60) + "\"", e);
        }
        Deque<SourceLines.Open> open = source.openAtEnd();
        int last = source.lastContentLine();
        if (!open.isEmpty() && (line >= last || message.contains("end of file"))) {
            SourceLines.Open innermost = open.peek();
            String where = innermost.name().equals("VCALENDAR")
                    ? "the file ends without END:VCALENDAR"
                    : "the file ends in the middle of the " + innermost.name() + " that begins at line "
                            + innermost.line();
            return new StoreException(fileName, last, where + "; it looks cut off (saved only in part). "
                    + "Restore the backup (" + fileName + ".bak) or save the calendar again", e);
        }
        int noColon = SourceLines.firstLineWithoutColon(source.text());
        if (noColon > 0) {
            return withoutColon(source, noColon, fileName, e);
        }
        String raw = source.unfolded(line);
        String detail = message
                .replace("[58]", "\":\"").replace("[59]", "\";\"").replace("[61]", "\"=\"")
                .replace("[10]", "the end of the line").replace("[13]", "the end of the line")
                .replace("[-1]", "the end of the file").replace("[34]", "a quote");
        return new StoreException(fileName, line, "cannot read the line \"" + shorten(raw, 60) + "\" ("
                + detail + "); each line should read NAME:value or NAME;PARAMETER=x:value", e);
    }

    static StoreException withoutColon(SourceLines source, int line, String fileName, Exception cause) {
        return new StoreException(fileName, line, "the line \"" + shorten(source.unfolded(line), 60)
                + "\" has no \":\"; each line should read NAME:value or NAME;PARAMETER=x:value", cause);
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
