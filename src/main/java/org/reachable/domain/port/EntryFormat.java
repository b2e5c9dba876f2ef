package org.reachable.domain.port;

import java.time.ZoneId;
import org.reachable.domain.model.ScheduleEntry;

/** One schedule entry as one calendar object (a VCALENDAR with its VEVENT, moved and cancelled instances). */
public interface EntryFormat {

    /** The entry as iCalendar text, its wall-clock times in {@code zone}. */
    String write(ScheduleEntry entry, ZoneId zone);

    /**
     * The one entry a calendar object holds.
     *
     * @param name how a message names the object (its href)
     * @throws StoreException when it is not one entry the schedule can hold, with the reason
     */
    ScheduleEntry read(String ics, String name, ZoneId zone) throws StoreException;
}
