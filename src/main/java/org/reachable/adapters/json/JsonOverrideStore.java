package org.reachable.adapters.json;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.port.OverrideStore;
import org.reachable.domain.port.StoreException;

/**
 * {@code override.json}. Clearing writes an empty object rather than deleting the file, so the
 * write is atomic and another process watching the folder sees one change.
 */
public final class JsonOverrideStore implements OverrideStore {

    private final StoreFile file;
    private final JsonCodec codec;

    public JsonOverrideStore(StoreFile file, JsonCodec codec) {
        this.file = file;
        this.codec = codec;
    }

    @Override
    public Optional<ManualOverride> load() throws StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        try {
            return codec.readOverride(content.get(), file.name());
        } catch (StoreException e) {
            throw file.parseFailed(e);
        }
    }

    @Override
    public void save(ManualOverride override) throws StoreException {
        file.write(codec.writeOverride(override));
    }

    @Override
    public void clear() throws StoreException {
        file.write("{}\n".getBytes(StandardCharsets.UTF_8));
    }
}
