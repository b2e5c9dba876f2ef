package org.reachable.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings an older settings file up to {@link JsonCodec#SETTINGS_VERSION}, one version at a time.
 * Version 1 is the first released format, so there is nothing to do yet; each later format adds a
 * step here (and a test that loads a file of the older version).
 */
final class SettingsMigrations {

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
        throw new IllegalStateException("No migration from settings version " + version);
    }
}
