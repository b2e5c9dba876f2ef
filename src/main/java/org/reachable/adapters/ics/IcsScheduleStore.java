package org.reachable.adapters.ics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.reachable.adapters.files.DataFile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;

/** {@code schedule.ics} in the data folder: parsed with {@link IcsCodec}, written atomically. */
public final class IcsScheduleStore implements ScheduleStore {

    private final DataFile file;

    public IcsScheduleStore(DataFile file) {
        this.file = file;
    }

    @Override
    public Schedule load(ZoneId homeZone) throws StoreException {
        Optional<byte[]> content = read(false);
        if (content.isEmpty()) {
            return Schedule.empty(homeZone);
        }
        try {
            return IcsCodec.read(new String(content.get(), StandardCharsets.UTF_8), name(), homeZone);
        } catch (StoreException e) {
            file.markBroken();
            throw e;
        }
    }

    @Override
    public Optional<Schedule> loadBackup(ZoneId homeZone) throws StoreException {
        Optional<byte[]> content = read(true);
        return content.isEmpty() ? Optional.empty() : Optional.of(
                IcsCodec.read(new String(content.get(), StandardCharsets.UTF_8), name() + ".bak", homeZone));
    }

    @Override
    public void save(Schedule schedule) throws StoreException {
        try {
            file.write(IcsCodec.write(schedule).getBytes(StandardCharsets.UTF_8));
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
