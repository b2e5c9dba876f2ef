package org.reachable.adapters.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.JsonFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Status;

/**
 * Reads and writes every JSON file and output: settings, subscriptions, override, status and agenda lines.
 * The domain records map directly (Jackson reads records through their canonical constructors),
 * so the domain needs no annotations.
 */
public final class JsonCodec implements JsonFormat {

    /** The settings format this version writes; older files are migrated on load. */
    public static final int SETTINGS_VERSION = 2;

    /** Built on first use (about 150 ms at start-up), so commands that need no JSON do not pay. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public byte[] writeSettings(Settings settings) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("version", SETTINGS_VERSION);
        root.setAll((ObjectNode) Mapper.INSTANCE.valueToTree(settings));
        return bytes(root);
    }

    public Settings readSettings(byte[] content, String fileName) throws StoreException {
        JsonNode root = tree(content, fileName);
        // a file without a version was written by hand in the first format's shape
        int version = root.path("version").asInt(1);
        if (version > SETTINGS_VERSION) {
            throw new StoreException(Problem.of(ProblemKind.JSON_NEWER, version, SETTINGS_VERSION).at(fileName, 1));
        }
        if (version < 1) {
            throw new StoreException(Problem.of(ProblemKind.JSON_UNKNOWN_VERSION, version).at(fileName, 1));
        }
        if (version == SETTINGS_VERSION) {
            // read from the bytes, not the tree, so errors carry the real line
            return convert(null, Settings.class, content, fileName);
        }
        ObjectNode migrated = SettingsMigrations.migrate((ObjectNode) root, version);
        migrated.remove("version");
        return convert(migrated, Settings.class, content, fileName);
    }

    /** The shape of subscriptions.json. */
    record SubscriptionsFile(int version, List<Subscription> subscriptions) {
    }

    /** The format of subscriptions.json this version writes. */
    static final int SUBSCRIPTIONS_VERSION = 1;

    public byte[] writeSubscriptions(List<Subscription> subscriptions) {
        return bytes(Mapper.INSTANCE.valueToTree(new SubscriptionsFile(SUBSCRIPTIONS_VERSION, subscriptions)));
    }

    public List<Subscription> readSubscriptions(byte[] content, String fileName) throws StoreException {
        int version = tree(content, fileName).path("version").asInt(1);
        if (version > SUBSCRIPTIONS_VERSION) {
            throw new StoreException(Problem.of(ProblemKind.JSON_NEWER, version, SUBSCRIPTIONS_VERSION).at(fileName, 1));
        }
        // from the bytes, not the tree, so errors carry the real line
        List<Subscription> list = convert(null, SubscriptionsFile.class, content, fileName).subscriptions();
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The subscriptions a settings.json of before subscriptions.json still holds (under
     * "preferences"), for the move to their own file; empty when it holds none.
     */
    public List<Subscription> subscriptionsInSettings(byte[] settings, String fileName) throws StoreException {
        JsonNode old = tree(settings, fileName).path("preferences").path("subscriptions");
        if (!old.isArray() || old.isEmpty()) {
            return List.of();
        }
        ObjectNode wrapped = Mapper.INSTANCE.createObjectNode();
        wrapped.set("subscriptions", old);
        List<Subscription> list = convert(wrapped, SubscriptionsFile.class, settings, fileName).subscriptions();
        return list == null ? List.of() : List.copyOf(list);
    }

    public byte[] writeOverride(ManualOverride override) {
        return bytes(Mapper.INSTANCE.valueToTree(override));
    }

    public Optional<ManualOverride> readOverride(byte[] content, String fileName) throws StoreException {
        JsonNode root = tree(content, fileName);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(convert(root, ManualOverride.class, content, fileName));
    }

    @Override
    public String status(Status status, ZoneId zone) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("at", iso(status.at(), zone));
        root.put("state", status.state().name());
        root.put("reason", status.reason().code());
        root.put("until", iso(status.until(), zone));
        ArrayNode channels = root.putArray("channels");
        for (ChannelStatus c : status.channels()) {
            ObjectNode node = channels.addObject();
            node.put("id", c.channel().id());
            node.put("name", c.channel().name());
            node.put("reachable", c.reachable());
            node.put("reason", c.reason().code());
            node.put("until", iso(c.until(), zone));
            node.put("nextReachable", iso(c.nextReachable(), zone));
        }
        status.dayOff().ifPresent(off -> {
            ObjectNode node = root.putObject("dayOff");
            node.put("uid", off.uid());
            node.put("summary", off.summary());
            node.put("backOn", off.backOn().toString());
            node.put("standIn", off.standIn());
        });
        return compact(root);
    }

    @Override
    public String occurrence(Occurrence occurrence, ZoneId zone) {
        ObjectNode node = Mapper.INSTANCE.createObjectNode();
        node.put("uid", occurrence.entry().uid());
        node.put("kind", occurrence.entry().kind().code());
        node.put("summary", occurrence.entry().summary());
        ArrayNode channels = node.putArray("channels");
        occurrence.entry().channels().forEach(channels::add);
        node.put("start", iso(occurrence.start(), zone));
        node.put("end", iso(occurrence.end(), zone));
        return compact(node);
    }

    private static String iso(Instant instant, ZoneId zone) {
        // whole seconds: what other tools parse most easily, and all a status needs
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private static String compact(JsonNode node) {
        try {
            return Mapper.INSTANCE.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Mapper.INSTANCE.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static JsonNode tree(byte[] content, String fileName) throws StoreException {
        try {
            JsonNode root = Mapper.INSTANCE.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new StoreException(Problem.of(ProblemKind.JSON_EMPTY).at(fileName, 1));
            }
            if (!root.isObject()) {
                throw new StoreException(Problem.of(ProblemKind.JSON_NOT_AN_OBJECT).at(fileName, 1));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw JsonProblems.translate(e, null, fileName);
        } catch (IOException e) {
            throw new StoreException(fileName, 0, e.getMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, byte[] content, String fileName)
            throws StoreException {
        try {
            return node == null ? Mapper.INSTANCE.readerFor(type).readValue(content)
                    : Mapper.INSTANCE.readerFor(type).readValue(Mapper.INSTANCE.treeAsTokens(node));
        } catch (JsonProcessingException e) {
            throw JsonProblems.translate(e, content, fileName);
        } catch (IOException e) {
            throw new StoreException(fileName, 0, e.getMessage(), e);
        }
    }
}
