package org.reachable.adapters.ics;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.CalendarReader;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.ImportAs;

/**
 * Another calendar's file read for an import, with the same reader as schedule.ics (line endings,
 * byte order mark, folds, Windows zone names, repeating events with their exceptions). Times in
 * another zone become wall-clock times in the home zone, as for schedule.ics.
 */
public final class IcsImport implements CalendarReader {

    @Override
    public Read read(byte[] bytes, String name, ZoneId home, ImportAs as, Set<String> channels)
            throws StoreException {
        IcsImportRules rules = new IcsImportRules(as, channels);
        Schedule entries = IcsReader.read(IcsBytes.decode(bytes, name), name, home, rules);
        return new Read(Optional.ofNullable(rules.calendarName()), entries,
                rules.skipped().stream().map(StoreException::problem).toList());
    }
}
