package org.reachable.adapters.json;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.reachable.adapters.files.DataFile;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/** {@code settings.json}: profile and channels. */
public final class JsonSettingsStore implements SettingsStore {

    private final DataFile file;
    private final JsonCodec codec;

    public JsonSettingsStore(DataFile file, JsonCodec codec) {
        this.file = file;
        this.codec = codec;
    }

    @Override
    public Settings load(ZoneId defaultZone) throws StoreException {
        Optional<byte[]> content = read(false);
        if (content.isEmpty()) {
            // first run: the default channels are named in the user's language
            return new Settings(Profile.defaults(defaultZone),
                    Settings.defaultChannels(Locale.getDefault().getLanguage()));
        }
        try {
            return codec.readSettings(content.get(), name());
        } catch (StoreException e) {
            file.markBroken();
            throw e;
        }
    }

    @Override
    public Optional<Settings> loadBackup(ZoneId defaultZone) throws StoreException {
        Optional<byte[]> content = read(true);
        return content.isEmpty() ? Optional.empty()
                : Optional.of(codec.readSettings(content.get(), name() + ".bak"));
    }

    @Override
    public void save(Settings settings) throws StoreException {
        try {
            file.write(codec.writeSettings(settings));
        } catch (IOException e) {
            throw new StoreException(name(), 0, "cannot save: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists() {
        return file.exists();
    }

    private Optional<byte[]> read(boolean backup) throws StoreException {
        try {
            return backup ? file.readBackup() : file.read();
        } catch (IOException e) {
            throw new StoreException(name(), 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private String name() {
        return file.path().toString();
    }
}
