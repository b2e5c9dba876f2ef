package org.reachable.adapters.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SyncStore;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.sync.SyncState;

/**
 * {@code sync.json}: the calendar server (address and user; the password is in the keyring) and
 * what was last agreed with it. Written atomically with a backup, as every data file.
 */
public final class JsonSyncStore implements SyncStore {

    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StoreFile file;

    public JsonSyncStore(StoreFile file) {
        this.file = file;
    }

    @Override
    public SyncState load() throws StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty() || content.get().length == 0) {
            return SyncState.none();
        }
        try {
            return read(MAPPER.readTree(content.get()));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            int line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
            throw file.parseFailed(new StoreException(Problem.text(why).at(file.name(), line), e));
        }
    }

    private static SyncState read(JsonNode root) {
        JsonNode server = root.path("server");
        Map<String, SyncState.Synced> synced = new LinkedHashMap<>();
        root.path("entries").fields().forEachRemaining(f -> synced.put(f.getKey(), new SyncState.Synced(
                f.getValue().path("href").asText(), f.getValue().path("etag").asText(), f.getValue().path("ics").asText())));
        List<String> waiting = new ArrayList<>();
        root.path("waiting").forEach(n -> waiting.add(n.asText()));
        Map<String, String> conflicts = new LinkedHashMap<>();
        root.path("conflicts").fields().forEachRemaining(f -> conflicts.put(f.getKey(), f.getValue().asText()));
        Optional<Problem> problem = Optional.empty();
        if (root.hasNonNull("problem")) {
            List<Object> args = new ArrayList<>();
            root.path("problem").path("args").forEach(n -> args.add(n.asText()));
            problem = Optional.of(new Problem(ProblemKind.valueOf(root.path("problem").path("kind").asText()), "", 0,
                    "", args));
        }
        return new SyncState(server.path("url").asText(""), server.path("user").asText(""), text(root, "calendar"),
                text(root, "tag"), synced, waiting, conflicts, text(root, "lastSync").map(Instant::parse),
                root.path("failures").asInt(0), problem);
    }

    private static Optional<String> text(JsonNode root, String field) {
        return root.hasNonNull(field) ? Optional.of(root.get(field).asText()) : Optional.empty();
    }

    @Override
    public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return file.exclusive(step);
    }

    @Override
    public void save(SyncState state) throws StoreException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode server = root.putObject("server");
        server.put("url", state.url());
        server.put("user", state.user());
        state.calendar().ifPresent(c -> root.put("calendar", c));
        state.tag().ifPresent(t -> root.put("tag", t));
        state.lastSync().ifPresent(t -> root.put("lastSync", t.toString()));
        root.put("failures", state.failures());
        state.problem().ifPresent(p -> {
            ObjectNode problem = root.putObject("problem");
            problem.put("kind", p.kind().name());
            ArrayNode args = problem.putArray("args");
            p.args().forEach(a -> args.add(String.valueOf(a)));
        });
        ArrayNode waiting = root.putArray("waiting");
        state.waiting().forEach(waiting::add);
        ObjectNode conflicts = root.putObject("conflicts");
        state.conflicts().forEach(conflicts::put);
        ObjectNode entries = root.putObject("entries");
        state.synced().forEach((uid, s) -> {
            ObjectNode entry = entries.putObject(uid);
            entry.put("href", s.href());
            entry.put("etag", s.etag());
            entry.put("ics", s.ics());
        });
        try {
            file.write(MAPPER.writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, e.getMessage()).at(file.name(), 0), e);
        }
    }
}
