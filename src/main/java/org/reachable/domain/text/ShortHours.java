package org.reachable.domain.text;

import java.util.List;

/**
 * A week's hours in fewer characters when every time is a whole hour, for a field with a length
 * limit (Facebook's intro): "ma, di, do en vr 8–10 en 15–17 uur", "Mon 8–10 and 15–17", "Mon
 * 8–10 am and 3–5 pm". Saying the same in fewer characters rather than cutting the line.
 */
final class ShortHours {

    private ShortHours() {
    }

    /** The short form, or the {@link Words#summary} when some time is not a whole hour. */
    static String summary(Words words, List<HoursLine> lines, DayStyle style) {
        boolean wholeHours = lines.stream().flatMap(l -> l.ranges().stream())
                .allMatch(r -> !r.isWholeDay() && r.from() % 60 == 0 && r.to() % 60 == 0);
        if (!wholeHours) {
            return words.summary(lines, style);
        }
        return String.join("; ", lines.stream().map(l -> words.days(l.days(), style) + " "
                + words.list(l.ranges().stream().map(words::shortRange).toList()) + words.hourSuffix()).toList());
    }

    /** A whole hour's number on the 24-hour clock; the end of the day is 24. */
    static int hour(int minutes) {
        return minutes == ClockRange.DAY ? 24 : minutes % ClockRange.DAY / 60;
    }
}
