package org.reachable.adapters.caldav;

import java.nio.file.Path;
import java.time.Clock;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.json.JsonSyncStore;
import org.reachable.adapters.keyring.Keyrings;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.sync.SyncEngine;

/**
 * The sync's own adapters put together (sync.json, one iCalendar object per entry, the OS
 * keyring, CalDAV), so that app/ hands over one thing and stays the wiring it is meant to be.
 */
public final class CalDavSync {

    private CalDavSync() {
    }

    /**
     * The sync for the data folder whose {@code sync.json} is given; connects to nothing until it
     * syncs. A password kept without a keyring is handed to the folder's tray process too.
     */
    public static SyncEngine engine(Path syncJson, Workspace workspace, Clock clock) {
        return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(syncJson, clock))), workspace,
                new IcsEntries(), new TrayHandover(Keyrings.forThisSystem(), syncJson.toAbsolutePath().getParent()),
                CalDavClient::new, clock);
    }
}
