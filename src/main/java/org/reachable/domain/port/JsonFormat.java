package org.reachable.domain.port;

import java.time.ZoneId;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Status;

/**
 * The JSON shapes other tools rely on (the command-line contract in DESIGN.md): one object per
 * status, one object per agenda occurrence. Instants are ISO-8601 with the offset of {@code zone}.
 */
public interface JsonFormat {

    String status(Status status, ZoneId zone);

    String occurrence(Occurrence occurrence, ZoneId zone);
}
