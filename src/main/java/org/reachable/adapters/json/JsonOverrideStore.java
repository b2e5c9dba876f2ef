package org.reachable.adapters.json;

import java.io.IOException;
import java.util.Optional;
import org.reachable.adapters.files.DataFile;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.port.OverrideStore;
import org.reachable.domain.port.StoreException;

/**
 * {@code override.json}. Clearing writes an empty object rather than deleting the file, so the
 * write is atomic and another process watching the folder sees one change.
 */
public final class JsonOverrideStore implements OverrideStore {

    private final DataFile file;
    private final JsonCodec codec;

    public JsonOverrideStore(DataFile file, JsonCodec codec) {
        this.file = file;
        this.codec = codec;
    }

    @Override
    public Optional<ManualOverride> load() throws StoreException {
        Optional<byte[]> content;
        try {
            content = file.read();
        } catch (IOException e) {
            throw new StoreException(name(), 0, "cannot read: " + e.getMessage(), e);
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            return codec.readOverride(content.get(), name());
        } catch (StoreException e) {
            file.markBroken();
            throw e;
        }
    }

    @Override
    public void save(ManualOverride override) throws StoreException {
        write(codec.writeOverride(override));
    }

    @Override
    public void clear() throws StoreException {
        write("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void write(byte[] content) throws StoreException {
        try {
            file.write(content);
        } catch (IOException e) {
            throw new StoreException(name(), 0, "cannot save: " + e.getMessage(), e);
        }
    }

    private String name() {
        return file.path().toString();
    }
}
