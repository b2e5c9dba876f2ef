package org.reachable.adapters.ics;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;

/** {@code schedule.ics} in the data folder: parsed with {@link IcsCodec}, written atomically. */
public final class IcsScheduleStore implements ScheduleStore {

    private final StoreFile file;

    public IcsScheduleStore(StoreFile file) {
        this.file = file;
    }

    @Override
    public Schedule load(ZoneId homeZone) throws StoreException {
        Optional<byte[]> content = file.read();
        if (content.isEmpty()) {
            return Schedule.empty(homeZone);
        }
        try {
            return IcsCodec.read(content.get(), file.name(), homeZone);
        } catch (StoreException e) {
            throw file.parseFailed(e);
        }
    }

    @Override
    public Optional<Schedule> loadBackup(ZoneId homeZone) throws StoreException {
        Optional<byte[]> content = file.readBackup();
        return content.isEmpty() ? Optional.empty() : Optional.of(
                IcsCodec.read(content.get(), file.name() + ".bak", homeZone));
    }

    @Override
    public void save(Schedule schedule) throws StoreException {
        byte[] previous;
        try {
            previous = file.isBroken() ? null : file.read().orElse(null);
        } catch (StoreException unreadable) {
            previous = null; // every entry is then new: stamped now, SEQUENCE 0
        }
        file.write(IcsCodec.write(schedule, IcsRevisions.next(schedule, previous, file.now()))
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> T exclusive(Step<T> step) throws StoreException {
        return file.exclusive(step);
    }

    @Override
    public boolean exists() {
        return file.exists();
    }
}
