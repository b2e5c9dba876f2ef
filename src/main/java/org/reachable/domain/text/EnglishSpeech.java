package org.reachable.domain.text;

import static org.reachable.domain.text.ClockRange.DAY;

import java.util.ArrayList;
import java.util.List;

/**
 * English times as people say them: "nine o'clock", "quarter past nine", "half past nine",
 * "twenty-five to ten"; other minutes read off the clock, "nine twenty-three", "nine oh three".
 *
 * <p>Ranges drop "o'clock" ("from nine to eleven"). Between 7:00 and 18:00 the hour alone is
 * clear; outside it the part of the day is said, once when both ends share it ("from six to ten
 * in the evening", "from ten at night to two in the morning"). Noon and midnight are said as
 * such wherever a part of the day would otherwise be needed.
 */
final class EnglishSpeech implements Speech {

    private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty"};

    @Override
    public String time(int minutes) {
        int m = minutes % DAY;
        if (m == 0) {
            return "midnight";
        }
        return Speech.plain(m) ? clock(m, true) : clock(m, false) + " " + daypart(m);
    }

    @Override
    public String ranges(List<ClockRange> ranges) {
        List<String> parts = new ArrayList<>();
        for (ClockRange range : ranges) {
            parts.add(range(range));
        }
        return Words.join(parts, "and");
    }

    private String range(ClockRange r) {
        if (r.isWholeDay()) {
            return "all day";
        }
        int from = r.from();
        int to = r.to() % DAY;
        if (Speech.plain(r)) {
            return "from " + clock(from, false) + " to " + clock(to, false);
        }
        boolean special = from == 0 || to == 0 || from == 12 * 60 || to == 12 * 60;
        if (!special && !r.crossesMidnight() && daypart(from).equals(daypart(to))) {
            return "from " + clock(from, false) + " to " + clock(to, false) + " " + daypart(to);
        }
        return "from " + point(from) + " to " + point(to);
    }

    /** One end of a range that is not plain: plain ends stay bare, others take their part of day. */
    private String point(int m) {
        if (m == 0) {
            return "midnight";
        }
        if (m == 12 * 60) {
            return "noon";
        }
        return Speech.plain(m) ? clock(m, false) : clock(m, false) + " " + daypart(m);
    }

    @Override
    public String hours(List<Integer> minutes) {
        if (minutes.size() == 1 && minutes.get(0) <= 60) {
            return minutes.get(0) == 60 ? "an hour" : "half an hour";
        }
        List<String> amounts = minutes.stream().map(m -> m == 30 ? "a half"
                : number(m / 60) + (m % 60 == 30 ? " and a half" : "")).toList();
        return String.join(" or ", amounts) + " hours";
    }

    static String clock(int m, boolean oClock) {
        int hour = m / 60;
        int minute = m % 60;
        String h = hour(hour);
        String next = hour(hour + 1);
        if (minute == 0) {
            return oClock ? h + " o'clock" : h;
        }
        if (minute % 5 == 0) {
            return switch (minute) {
                case 15 -> "quarter past " + h;
                case 30 -> "half past " + h;
                case 45 -> "quarter to " + next;
                default -> minute < 30 ? number(minute) + " past " + h : number(60 - minute) + " to " + next;
            };
        }
        return h + " " + (minute < 10 ? "oh " + UNITS[minute] : number(minute));
    }

    private static String hour(int hour) {
        int h = hour % 12;
        return UNITS[h == 0 ? 12 : h];
    }

    static String number(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        String unit = UNITS[n % 10];
        return unit.isEmpty() ? TENS[n / 10] : TENS[n / 10] + "-" + unit;
    }

    /** "two in the morning" and "ten at night", as English speakers divide the day. */
    static String daypart(int m) {
        if (m < 12 * 60) {
            return "in the morning";
        }
        if (m < 18 * 60) {
            return "in the afternoon";
        }
        return m < 22 * 60 ? "in the evening" : "at night";
    }
}
