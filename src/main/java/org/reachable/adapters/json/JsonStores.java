package org.reachable.adapters.json;

import java.nio.file.Path;
import java.time.Clock;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.StatusCache;
import org.reachable.adapters.files.StoreFile;

/**
 * The JSON files of one data folder a workspace reads: settings.json, override.json,
 * subscriptions.json (taking over the subscriptions an older settings.json holds) and
 * calendar-publish.json; and the status the command line last made of them (.status-cache).
 */
public final class JsonStores {

    private final JsonSettingsStore settings;
    private final JsonOverrideStore override;
    private final JsonSubscriptionStore subscriptions;
    private final JsonPublishFailures publishFailures;
    private final StatusCache statusCache;

    public JsonStores(DataFolder folder, Clock clock, JsonCodec codec) {
        StoreFile settingsFile = file(folder.settings(), clock);
        this.subscriptions = new JsonSubscriptionStore(file(folder.subscriptions(), clock), settingsFile, codec);
        this.settings = new JsonSettingsStore(settingsFile, codec, subscriptions);
        this.override = new JsonOverrideStore(file(folder.override(), clock), codec);
        this.publishFailures = new JsonPublishFailures(file(folder.file(DataFolder.CALENDAR_PUBLISH_JSON), clock));
        this.statusCache = new StatusCache(folder);
    }

    private static StoreFile file(Path path, Clock clock) {
        return new StoreFile(new DataFile(path, clock));
    }

    public JsonSettingsStore settings() {
        return settings;
    }

    public JsonOverrideStore override() {
        return override;
    }

    public JsonSubscriptionStore subscriptions() {
        return subscriptions;
    }

    public JsonPublishFailures publishFailures() {
        return publishFailures;
    }

    public StatusCache statusCache() {
        return statusCache;
    }
}
