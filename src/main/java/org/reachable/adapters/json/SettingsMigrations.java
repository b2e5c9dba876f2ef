package org.reachable.adapters.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Promise;
import org.reachable.domain.text.PromiseWords;

/**
 * Brings an older settings file up to {@link JsonCodec#SETTINGS_VERSION}, one version at a time,
 * each step with a test that loads a file of the older version.
 *
 * <p>Version 1 → 2: a channel's name, promises and urgent condition were one free-text string
 * each, in whatever language the first start used. Now words exist per language and promises are
 * values. A string that is a standard name or promise in either language becomes that (so it reads
 * right in both); any other string is kept, whole, as the words of the profile's first text language
 * (Dutch when unknown), and the Channels page lists the other language as missing.
 */
final class SettingsMigrations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private SettingsMigrations() {
    }

    static ObjectNode migrate(ObjectNode root, int fromVersion) {
        ObjectNode node = root;
        for (int version = fromVersion; version < JsonCodec.SETTINGS_VERSION; version++) {
            node = step(node, version);
        }
        return node;
    }

    private static ObjectNode step(ObjectNode node, int version) {
        if (version == 1) {
            return wordsPerLanguage(node);
        }
        throw new IllegalStateException("No migration from settings version " + version);
    }

    private static ObjectNode wordsPerLanguage(ObjectNode root) {
        String first = Optional.ofNullable(root.path("profile").path("languages").get(0))
                .map(JsonNode::asText).filter(s -> !s.isBlank()).orElse("nl");
        for (JsonNode channel : root.path("channels")) {
            if (!(channel instanceof ObjectNode c)) {
                continue;
            }
            ChannelType type = type(c.path("type").asText(""));
            JsonNode oldName = c.remove("name");
            if (oldName != null && oldName.isTextual() && !c.has("names")) {
                String name = oldName.asText();
                c.set("names", standardName(type, name).orElseGet(() -> words(first, name)));
            }
            StringBuilder note = new StringBuilder();
            for (String field : new String[] {"promiseInside", "promiseOutside"}) {
                JsonNode old = c.get(field);
                if (old == null || !old.isTextual()) {
                    continue;
                }
                Optional<Promise> promise = PromiseWords.parse(old.asText());
                c.set(field, promise(promise.orElse(Promise.none())));
                if (promise.isEmpty() && !old.asText().isBlank()) {
                    note.append(note.length() == 0 ? "" : "; ").append(old.asText().strip());
                }
            }
            if (!c.has("note")) {
                c.set("note", words(first, note.toString()));
            }
            JsonNode condition = c.get("urgentCondition");
            if (condition != null && condition.isTextual()) {
                c.set("urgentCondition", words(first, condition.asText()));
            }
        }
        return root;
    }

    private static ChannelType type(String code) {
        for (ChannelType t : ChannelType.values()) {
            if (t.name().equalsIgnoreCase(code)) {
                return t;
            }
        }
        return ChannelType.CUSTOM;
    }

    /** The standard names of the channel's kind, if the old name was one of them in any language. */
    private static Optional<ObjectNode> standardName(ChannelType type, String name) {
        String typed = name.strip().toLowerCase(Locale.ROOT);
        boolean standard = type.standardNames().texts().values().stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(typed))
                || (type == ChannelType.SMS && typed.equals("sms"))
                || (type == ChannelType.EMAIL && typed.equals("e-mail"));
        if (!standard) {
            return Optional.empty();
        }
        ObjectNode texts = NODES.objectNode();
        type.standardNames().texts().forEach(texts::put);
        ObjectNode node = NODES.objectNode();
        node.set("texts", texts);
        node.set("untranslated", NODES.arrayNode());
        return Optional.of(node);
    }

    /** One language's words; the other languages missing. */
    private static ObjectNode words(String language, String text) {
        ObjectNode texts = NODES.objectNode();
        if (!text.isBlank()) {
            texts.put(language, text.strip());
        }
        ObjectNode node = NODES.objectNode();
        node.set("texts", texts);
        node.set("untranslated", NODES.arrayNode());
        return node;
    }

    private static ObjectNode promise(Promise promise) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", promise.kind().name());
        node.put("minutes", promise.minutes());
        return node;
    }

}
