package org.reachable.adapters.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ZoneGuess;

/**
 * Turns Jackson's errors ("Cannot deserialize value of type `java.time.ZoneId` from String …",
 * "Unexpected character ('}' (code 125)): was expecting double-quote to start field name") into
 * problems a user can act on: the field, the value and what would be right
 * ({@code homeZone: 'Europe/Amsterdm' is not a time zone — did you mean Europe/Amsterdam?}),
 * with the file and line.
 */
final class JsonProblems {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'");

    private JsonProblems() {
    }

    static StoreException translate(JsonProcessingException e, byte[] content, String fileName) {
        return new StoreException(problem(e).at(fileName, line(e, content)), e);
    }

    static Problem problem(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return Problem.of(ProblemKind.JSON_CUT_OFF);
        }
        if (e instanceof JsonParseException) {
            return syntax(e);
        }
        String field = field(e);
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            Problem refused = cause instanceof Problem.Carrier carrier ? carrier.problem()
                    : Problem.text(cause.getMessage());
            return field.isEmpty() ? refused.in(field) : Problem.of(ProblemKind.JSON_FIELD, field, refused).in(field);
        }
        if (e instanceof InvalidFormatException invalid) {
            return value(field, String.valueOf(invalid.getValue()), invalid.getTargetType()).in(field);
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return Problem.of(ProblemKind.JSON_WRONG_SHAPE, field.isEmpty() ? "settings" : field,
                    shape(mismatched.getTargetType())).in(field);
        }
        return Problem.text(e.getOriginalMessage()).in(field);
    }

    private static Problem value(String field, String value, Class<?> type) {
        if (type == ZoneId.class) {
            return ZoneGuess.of(value).map(guess -> Problem.of(ProblemKind.JSON_NOT_A_ZONE_GUESS, field, value, guess))
                    .orElseGet(() -> Problem.of(ProblemKind.JSON_NOT_A_ZONE, field, value));
        }
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return Problem.of(ProblemKind.JSON_NOT_ONE_OF, field, value, allowed);
        }
        if (type == LocalTime.class) {
            return Problem.of(ProblemKind.JSON_NOT_A_TIME, field, value);
        }
        if (type == LocalDate.class) {
            return Problem.of(ProblemKind.JSON_NOT_A_DATE, field, value);
        }
        if (type == Instant.class) {
            return Problem.of(ProblemKind.JSON_NOT_AN_INSTANT, field, value);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Problem.of(ProblemKind.JSON_NOT_A_NUMBER, field, value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Problem.of(ProblemKind.JSON_NOT_TRUE_FALSE, field, value);
        }
        return Problem.of(ProblemKind.JSON_WRONG_VALUE, field, value);
    }

    private static ProblemKind shape(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return ProblemKind.JSON_A_LIST;
        }
        if (type == String.class || type == ZoneId.class || type == LocalTime.class || type == LocalDate.class
                || type == Instant.class || type.isEnum()) {
            return ProblemKind.JSON_A_TEXT;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == double.class || type == Double.class) {
            return ProblemKind.JSON_A_NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return ProblemKind.JSON_TRUE_FALSE;
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? ProblemKind.JSON_AN_OBJECT
                : ProblemKind.JSON_A_VALUE;
    }

    private static Problem syntax(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return Problem.of(ProblemKind.JSON_BAD_TOKEN, token.group(1), column);
        }
        if (message.contains("was expecting comma")) {
            return Problem.of(ProblemKind.JSON_MISSING_COMMA, column);
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return Problem.of(ProblemKind.JSON_EXPECTED_NAME, column);
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return Problem.of(ProblemKind.JSON_UNEXPECTED, unexpected.group(1), column);
        }
        return Problem.of(ProblemKind.JSON_SYNTAX, column, message);
    }

    /** The setting the problem is about, as it is named in the file ("homeZone"). */
    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            for (int i = m.getPath().size() - 1; i >= 0; i--) {
                String name = m.getPath().get(i).getFieldName();
                if (name != null) {
                    return name;
                }
            }
        }
        return "";
    }

    /** Tree-based reading loses the source position; find the field's line in the text instead. */
    private static int line(JsonProcessingException e, byte[] content) {
        int line = line(e.getLocation());
        if (line > 0 || content == null) {
            return line;
        }
        String field = field(e);
        if (!field.isEmpty()) {
            String text = new String(content, StandardCharsets.UTF_8);
            int at = text.indexOf("\"" + field + "\"");
            if (at >= 0) {
                return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
            }
        }
        return 0;
    }

    static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
