package org.reachable.domain.port;

import java.util.Optional;
import org.reachable.domain.model.ManualOverride;

/** Keeps the current manual override ({@code override.json}), so the CLI and the tray agree. */
public interface OverrideStore {

    Optional<ManualOverride> load() throws StoreException;

    void save(ManualOverride override) throws StoreException;

    /** Back to the schedule: removes the override. */
    void clear() throws StoreException;
}
