package org.reachable.domain.problem;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Turns a {@link Problem} into words in one language (the window's or the command line's):
 * "schedule.ics line 12: …" or "schedule.ics regel 12: …". Dates and times are written the way
 * that language writes them; values quoted from a file stay as the file has them.
 */
public final class ProblemWords {

    private final Locale locale;
    private final ResourceBundle bundle;

    private ProblemWords(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's language: English words asked on a Dutch system must stay English
        this.bundle = ResourceBundle.getBundle("org.reachable.domain.problem.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** Dutch for a Dutch locale, English otherwise. */
    public static ProblemWords in(Locale locale) {
        return new ProblemWords(locale);
    }

    /** The English words, for the log and for {@code getMessage()}. */
    public static ProblemWords english() {
        return new ProblemWords(Locale.ENGLISH);
    }

    /** The whole message: where, then what. */
    public String words(Problem problem) {
        String what = what(problem);
        if (problem.file().isEmpty()) {
            return what;
        }
        return format(problem.line() > 0 ? "where.line" : "where.file", problem.file(),
                String.valueOf(problem.line()), what);
    }

    /** What is wrong, without the file and line (for a message beside the place itself). */
    public String what(Problem problem) {
        Object[] args = problem.args().stream().map(this::value).toArray();
        return format(problem.kind().name(), args);
    }

    /** The words for an exception: its problem when it carries one, else its own message. */
    public String message(Throwable e) {
        if (e instanceof Problem.Carrier carrier && carrier.problem() != null) {
            return words(carrier.problem());
        }
        return String.valueOf(e.getMessage());
    }

    /** A word from the bundle with its values, for the few messages around a problem. */
    public String format(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    private Object value(Object arg) {
        if (arg instanceof ProblemKind kind) {
            return format(kind.name());
        }
        if (arg instanceof Problem inner) {
            return what(inner);
        }
        if (arg instanceof Month month) {
            return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        }
        if (arg instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
        }
        if (arg instanceof LocalDateTime dateTime) {
            return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", locale).format(dateTime);
        }
        if (arg instanceof LocalTime time) {
            return DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
        }
        if (arg instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (arg instanceof Number number) {
            return String.valueOf(number); // no "1.234": counts here are small, line numbers are not
        }
        return arg;
    }
}
