package org.reachable.domain.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something a user has to fix, as a value: which kind, where (file, line, field) and the pieces
 * the words need (a value, a line of the file, an allowed range). It carries no sentence: the
 * window and the command line each turn it into words in their own language with
 * {@link ProblemWords}, so a Dutch window never shows an English reason.
 *
 * @param file the file's name or path as the user knows it; empty when it is not about a file
 * @param line the 1-based line; 0 when not known
 * @param field the property or setting it is about ("DTEND", "homeZone"); empty when none
 * @param args the values the kind's words take, in order (strings, numbers, dates, times, kinds)
 */
public record Problem(ProblemKind kind, String file, int line, String field, List<Object> args) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        file = file == null ? "" : file;
        line = Math.max(0, line);
        field = field == null ? "" : field;
        args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    /** A problem not yet placed in a file. */
    public static Problem of(ProblemKind kind, Object... args) {
        return new Problem(kind, "", 0, "", Arrays.asList(args));
    }

    /**
     * A reason that is already words (from a library or the operating system, such as "No space
     * left on device"); shown as it is, in whichever language it came in.
     */
    public static Problem text(String reason) {
        return of(ProblemKind.TEXT, reason == null ? "" : reason);
    }

    public Problem at(String newFile, int newLine) {
        return new Problem(kind, newFile, newLine, field, args);
    }

    public Problem in(String newField) {
        return new Problem(kind, file, line, newField, args);
    }

    /** An exception that carries a problem, so whoever shows it can put it in the reader's words. */
    public interface Carrier {
        Problem problem();
    }
}
