package org.reachable.adapters.json;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/**
 * {@code settings.json}: profile, channels and preferences. Written atomically with a backup, and
 * read-changed-written in turns ({@code settings.json.lock}): the window, the tray and the command
 * line each save their own part of it.
 */
public final class JsonSettingsStore implements SettingsStore {

    private final StoreFile file;
    private final JsonCodec codec;
    private final JsonSubscriptionStore subscriptions;

    public JsonSettingsStore(StoreFile file, JsonCodec codec) {
        this(file, codec, null);
    }

    /** @param subscriptions where the subscriptions an older settings.json holds move before it is written */
    JsonSettingsStore(StoreFile file, JsonCodec codec, JsonSubscriptionStore subscriptions) {
        this.file = file;
        this.codec = codec;
        this.subscriptions = subscriptions;
    }

    @Override
    public Settings load(ZoneId defaultZone) throws StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty()) {
            // first run: the default channels are named in the user's language
            return new Settings(Profile.defaults(defaultZone),
                    Settings.defaultChannels(Locale.getDefault().getLanguage()));
        }
        try {
            return codec.readSettings(content.get(), file.name());
        } catch (StoreException e) {
            throw file.parseFailed(e);
        }
    }

    @Override
    public Optional<Settings> loadBackup(ZoneId defaultZone) throws StoreException {
        Optional<byte[]> content = file.readBackup();
        return content.isEmpty() ? Optional.empty()
                : Optional.of(codec.readSettings(content.get(), file.name() + ".bak"));
    }

    @Override
    public void save(Settings settings) throws StoreException {
        if (subscriptions != null) {
            subscriptions.moveOut(); // the settings written have none: they must be in subscriptions.json first
        }
        file.write(codec.writeSettings(settings));
    }

    @Override
    public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        return file.exclusive(step);
    }

    @Override
    public boolean exists() {
        return file.exists();
    }
}
