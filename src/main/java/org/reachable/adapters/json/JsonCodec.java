package org.reachable.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.model.DayOff;
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

    /** The generator's factory alone, for the status (no mapper): built on first use. */
    private static final class Streaming {
        static final JsonFactory FACTORY = new JsonFactory();
    }

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

    /**
     * Written with Jackson's streaming generator, not the mapper (which costs ~150 ms to build): a
     * status printed from what the last run kept loads no more of Jackson than this. Compact, in the
     * shape the mapper wrote it before.
     */
    @Override
    public String status(Status status, ZoneId zone, String language) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = Streaming.FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("at", iso(status.at(), zone));
            g.writeStringField("state", status.state().name());
            g.writeStringField("reason", status.reason().code());
            g.writeStringField("until", iso(status.until(), zone));
            g.writeArrayFieldStart("channels");
            for (ChannelStatus c : status.channels()) {
                g.writeStartObject();
                g.writeStringField("id", c.channel().id());
                g.writeStringField("name", c.channel().name(language));
                g.writeBooleanField("reachable", c.reachable());
                g.writeStringField("reason", c.reason().code());
                g.writeStringField("until", iso(c.until(), zone));
                g.writeStringField("nextReachable", iso(c.nextReachable(), zone));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (status.dayOff().isPresent()) {
                DayOff off = status.dayOff().get();
                g.writeObjectFieldStart("dayOff");
                g.writeStringField("uid", off.uid());
                g.writeStringField("summary", off.summary());
                g.writeStringField("backOn", off.backOn().toString());
                g.writeStringField("standIn", off.standIn());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
        return text.toString();
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
