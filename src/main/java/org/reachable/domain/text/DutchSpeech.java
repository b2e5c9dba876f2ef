package org.reachable.domain.text;

import static org.reachable.domain.text.ClockRange.DAY;

import java.util.ArrayList;
import java.util.List;

/**
 * Dutch times as people say them: "negen uur", "kwart over negen", "half tien", "tien over half
 * tien", "kwart voor tien". Every five minutes has its everyday phrase (with "tien voor half"
 * rather than "twintig over", as most speakers say it); other minutes are read off the clock,
 * "negen uur drieëntwintig".
 *
 * <p>"uur" follows a whole hour only where the phrase ends ("van negen tot elf en van vier tot
 * zes uur"), never after "half" or "kwart". Between 7:00 and 18:00 the hour alone is clear;
 * outside it the part of the day is said ("van tien uur 's avonds tot twee uur 's nachts"), once
 * when both ends share it ("van negen tot elf uur 's avonds").
 */
final class DutchSpeech implements Speech {

    private static final String[] UNITS = {"", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
        "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
        "negentien"};
    private static final String[] TENS = {"", "", "twintig", "dertig", "veertig", "vijftig"};
    private static final String MIDNIGHT = "middernacht";

    @Override
    public String time(int minutes) {
        int m = minutes % DAY;
        if (m == 0) {
            return MIDNIGHT;
        }
        return Speech.plain(m) ? clock(m, true) : clock(m, true) + " " + daypart(m);
    }

    @Override
    public String ranges(List<ClockRange> ranges) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            parts.add(range(ranges.get(i), i == ranges.size() - 1));
        }
        return Words.join(parts, "en");
    }

    @Override
    public String hours(List<Integer> minutes) {
        List<String> amounts = minutes.stream().map(m -> m == 30 ? "een half" : m == 90 ? "anderhalf"
                : number(m / 60) + (m % 60 == 30 ? "enhalf" : "")).toList();
        return String.join(" of ", amounts) + " uur";
    }

    private String range(ClockRange r, boolean last) {
        if (r.isWholeDay()) {
            return "de hele dag";
        }
        int from = r.from();
        int to = r.to() % DAY;
        if (Speech.plain(r)) {
            return "van " + clock(from, false) + " tot " + clock(to, last);
        }
        boolean midnight = from == 0 || to == 0;
        if (!midnight && !r.crossesMidnight() && daypart(from).equals(daypart(to))) {
            return "van " + clock(from, false) + " tot " + clock(to, true) + " " + daypart(to);
        }
        return "van " + time(from) + " tot " + time(to);
    }

    /** The clock phrase without a part of the day; {@code uur} after a whole hour if asked. */
    static String clock(int m, boolean uur) {
        int hour = m / 60;
        int minute = m % 60;
        String h = hour(hour);
        String next = hour(hour + 1);
        return switch (minute) {
            case 0 -> uur ? h + " uur" : h;
            case 5 -> "vijf over " + h;
            case 10 -> "tien over " + h;
            case 15 -> "kwart over " + h;
            case 20 -> "tien voor half " + next;
            case 25 -> "vijf voor half " + next;
            case 30 -> "half " + next;
            case 35 -> "vijf over half " + next;
            case 40 -> "tien over half " + next;
            case 45 -> "kwart voor " + next;
            case 50 -> "tien voor " + next;
            case 55 -> "vijf voor " + next;
            default -> h + " uur " + number(minute);
        };
    }

    /** The hour on a twelve-hour clock: 0 and 12 are "twaalf", 13 is "een". */
    private static String hour(int hour) {
        int h = hour % 12;
        return UNITS[h == 0 ? 12 : h];
    }

    /** 1 to 59 in words: "drieëntwintig" takes a trema where "en" follows an e. */
    static String number(int n) {
        if (n < 20) {
            return UNITS[n];
        }
        String unit = UNITS[n % 10];
        if (unit.isEmpty()) {
            return TENS[n / 10];
        }
        return unit + (unit.endsWith("e") ? "ën" : "en") + TENS[n / 10];
    }

    static String daypart(int m) {
        if (m < 6 * 60) {
            return "'s nachts";
        }
        if (m < 12 * 60) {
            return "'s ochtends";
        }
        return m < 18 * 60 ? "'s middags" : "'s avonds";
    }
}
