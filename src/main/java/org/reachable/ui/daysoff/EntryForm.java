package org.reachable.ui.daysoff;

import org.reachable.domain.model.ScheduleEntry;

/** One of the page's forms, as saving sees it: the day-off form and the dated-range form alike. */
interface EntryForm {

    /** What is wrong with the fields, or "" when they can be saved. */
    String check();

    /** The entry the fields describe; call only when {@link #check()} found nothing. */
    ScheduleEntry toEntry(String newUid);

    /** The entry being edited, or null for a new one. */
    String uid();

    /** Shows why the model refused what the fields describe. */
    void fail(String message);

    void close();
}
