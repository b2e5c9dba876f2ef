package org.reachable.domain.text;

import java.util.List;

/** Times written out to be read aloud, in one language. */
interface Speech {

    /** One time on its own, minutes after midnight. */
    String time(int minutes);

    /** A list of ranges: "van negen tot elf en van vier tot zes uur". */
    String ranges(List<ClockRange> ranges);

    /**
     * Amounts of time in whole or half hours, as alternatives: "zes uur", "zeven of acht uur",
     * "vijfenhalf uur"; "six hours", "an hour", "half an hour".
     */
    String hours(List<Integer> minutes);

    /**
     * Whether a listener hears the right time without "'s avonds": from 7:00 to 18:00 a spoken
     * "vier" can only mean the afternoon and "negen" the morning, so business hours stay short;
     * earlier, later and midnight-crossing times say which part of the day they are.
     */
    static boolean plain(int minutes) {
        return minutes >= 7 * 60 && minutes <= 18 * 60;
    }

    static boolean plain(ClockRange range) {
        return !range.crossesMidnight() && plain(range.from()) && plain(range.to());
    }
}
