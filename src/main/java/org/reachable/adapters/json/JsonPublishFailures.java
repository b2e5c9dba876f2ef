package org.reachable.adapters.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.port.PublishFailures;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * {@code calendar-publish.json}: the last failure of the calendar publish, with its problem as
 * kind and values (the server's own problem inside it too), so the window words it in the user's
 * language. A success writes an empty object rather than deleting the file (one atomic change for
 * the window's folder watcher). It is only news: a file that does not read counts as no failure.
 */
public final class JsonPublishFailures implements PublishFailures {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StoreFile file;

    public JsonPublishFailures(StoreFile file) {
        this.file = file;
    }

    @Override
    public Optional<Failure> last() throws StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(content.get());
            if (root == null || !root.hasNonNull("failedAt")) {
                return Optional.empty();
            }
            return Optional.of(new Failure(Instant.parse(root.get("failedAt").asText()), problem(root.path("problem"))));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty(); // rewritten at the next attempt; nothing the user must repair
        }
    }

    @Override
    public void failed(Failure failure) throws StoreException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("failedAt", failure.at().toString());
        root.set("problem", node(failure.problem()));
        write(root);
    }

    @Override
    public void succeeded() throws StoreException {
        if (last().isPresent()) {
            write(MAPPER.createObjectNode());
        }
    }

    private void write(ObjectNode root) throws StoreException {
        try {
            file.write(MAPPER.writeValueAsString(root).concat("\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, e.getMessage()).at(file.name(), 0), e);
        }
    }

    private static ObjectNode node(Problem p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", p.kind().name());
        node.put("file", p.file());
        node.put("line", p.line());
        node.put("field", p.field());
        ArrayNode args = node.putArray("args");
        for (Object a : p.args()) {
            if (a instanceof Problem inner) {
                args.add(node(inner));
            } else if (a instanceof Integer || a instanceof Long) {
                args.add(((Number) a).longValue());
            } else {
                args.add(String.valueOf(a));
            }
        }
        return node;
    }

    private static Problem problem(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : node.path("args")) {
            args.add(a.isObject() ? problem(a) : a.isIntegralNumber() ? (Object) a.asLong() : a.asText());
        }
        return new Problem(ProblemKind.valueOf(node.path("kind").asText()), node.path("file").asText(""),
                node.path("line").asInt(0), node.path("field").asText(""), args);
    }
}
