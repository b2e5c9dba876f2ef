package org.reachable.domain.port;

import java.time.ZoneId;
import java.util.Locale;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Status;

/**
 * The JSON shapes other tools rely on (the command-line contract in DESIGN.md): one object per
 * status, one object per agenda occurrence. Instants are ISO-8601 with the offset of {@code zone}.
 */
public interface JsonFormat {

    /** Channel names in the process's language (status.json: the app's, set from the settings). */
    default String status(Status status, ZoneId zone) {
        return status(status, zone, Locale.getDefault().getLanguage());
    }

    /** Channel names in {@code language} ("nl", "en"): a status the running app prints for a command is in the asker's. */
    String status(Status status, ZoneId zone, String language);

    String occurrence(Occurrence occurrence, ZoneId zone);
}
