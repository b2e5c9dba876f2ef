package org.reachable.domain.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A week's hours on one clock, with that clock named once, for a line with room for one clock (the
 * e-mail signature: "Telefoon en e-mail (Britse tijd): ma, di, do en vr 8.00–10.00 en
 * 15.00–17.00 uur"). Both clocks on every day line made the signature three lines long.
 *
 * <p>Which clock: the client's when it keeps the same distance from the home clock all year
 * (London, which changes with Amsterdam) and no range moves to another day there; the text is then
 * true in every week. Otherwise the home clock, which is always true, with the usual distance to
 * the client's clock when it holds for most of the year ("Nederlandse tijd, in New York meestal 6
 * uur vroeger": New York and Amsterdam change clocks on different Sundays, so for about three weeks
 * a year the gap is 5 hours, and a New York clock on the line would be wrong in those weeks).
 *
 * @param zone the clock's name for after the channels ("Britse tijd"; "Nederlandse tijd, in New York
 *     meestal 6 uur vroeger"); empty with one clock only
 * @param name the clock's name alone, without the usual gap ("Nederlandse tijd"), for a line with
 *     less room
 * @param hours the week on that clock ("ma, di, do en vr 8.00–10.00 en 15.00–17.00 uur")
 * @param shortHours the same in fewer characters when all are whole hours ("… 8–10 en 15–17 uur")
 */
public record OneClock(String zone, String name, String hours, String shortHours) {

    /** Days a year the usual gap must hold to be called usual ("meestal"). */
    private static final int MOST_DAYS = 300;

    static OneClock of(Words words, ZoneId home, ZoneId client, List<HoursLine> lines, DayStyle style,
            LocalDate on) {
        if (client == null) {
            return new OneClock("", "", words.summary(lines, style), words.shortSummary(lines, style));
        }
        boolean dutch = words instanceof DutchWords;
        Choice choice = Choice.of(home, client, lines, on);
        String label = ZoneNames.label(choice.zone(), dutch);
        String name = dutch && label.startsWith("in ") ? "tijd " + label : label;
        String zone = choice.apart().isEmpty() ? name
                : name + ", " + apart(choice.apart(), ZoneNames.place(client, dutch), dutch, choice.usually());
        List<HoursLine> shifted = shifted(lines, choice.shift());
        return new OneClock(zone, name, words.summary(shifted, style), words.shortSummary(shifted, style));
    }

    /**
     * The week read aloud on the same one clock, for the voicemail: the clock is named once, after
     * the first day's hours ("… van acht tot tien en van drie tot vijf uur Britse tijd, en op
     * woensdag …"); a home clock's usual distance to the client's is a sentence of its own ("In New
     * York is het meestal zes uur vroeger."), heard more easily than a clause inside the hours.
     *
     * @param hours the week ("op maandag … uur Britse tijd, en op woensdag …"); empty without hours
     * @param note the distance, a whole sentence; empty when there is none to say
     * @param zone the clock the hours are on, for a time said later (when I call back)
     * @param clock that clock's name after a spoken time ("Britse tijd"); empty without a clients' zone
     */
    public record Spoken(String hours, String note, ZoneId zone, String clock) {
    }

    static Spoken spoken(Words words, ZoneId home, ZoneId client, List<HoursLine> lines, LocalDate on) {
        if (client == null) {
            return new Spoken(words.spokenSummary(lines), "", home, "");
        }
        boolean dutch = words instanceof DutchWords;
        Choice choice = Choice.of(home, client, lines, on);
        String clock = ZoneNames.label(choice.zone(), dutch);
        return new Spoken(words.spokenSummary(shifted(lines, choice.shift()), clock),
                gapSentence(words, home, client, choice), choice.zone(), clock);
    }

    /**
     * For a text that lists the week per channel (the website, the working agreement): where the
     * gap to the client's clock changes through the year, the sentences that name the home clock
     * once and say the usual gap, as the voicemail does ("Alle tijden zijn Nederlandse tijd. In New
     * York is het meestal zes uur vroeger."); the hours under it are on the home clock alone. Empty
     * where the gap stays the same all year (London): both clocks on each line are then true in
     * every week.
     */
    static String note(Words words, ZoneId home, ZoneId client, LocalDate on) {
        Choice choice = Choice.of(home, client, List.of(), on);
        if (choice.zone().equals(client)) {
            return "";
        }
        boolean dutch = words instanceof DutchWords;
        String gap = gapSentence(words, home, client, choice);
        return (dutch ? "Alle tijden zijn " : "All times are ") + ZoneNames.clock(home, dutch) + "."
                + (gap.isEmpty() ? "" : " " + gap);
    }

    /** "In New York is het meestal zes uur vroeger.", "Amsterdam is usually six hours ahead of New York."; or "". */
    private static String gapSentence(Words words, ZoneId home, ZoneId client, Choice choice) {
        if (choice.apart().isEmpty()) {
            return "";
        }
        boolean dutch = words instanceof DutchWords;
        String amount = words.speech().hours(choice.apart().stream().map(Math::abs).toList());
        int gap = choice.apart().get(0);
        String usually = choice.usually() ? (dutch ? "meestal " : "usually ") : "";
        return dutch
                ? "In " + withoutIn(ZoneNames.place(client, true)) + " is het " + usually + amount
                        + (gap < 0 ? " vroeger." : " later.")
                : withoutIn(ZoneNames.place(home, false)) + " is " + usually + amount
                        + (gap < 0 ? " ahead of " : " behind ") + withoutIn(ZoneNames.place(client, false)) + ".";
    }

    private static String withoutIn(String place) {
        return place.startsWith("in ") ? place.substring(3) : place;
    }

    /**
     * Which clock a week is told on: the client's, shifted by the one gap it keeps all year, or
     * the home clock (shift 0) with the gaps to say ({@code apart}, nearest first; empty: none
     * worth saying) and whether the first is only the usual one.
     */
    private record Choice(ZoneId zone, int shift, List<Integer> apart, boolean usually) {

        static Choice of(ZoneId home, ZoneId client, List<HoursLine> lines, LocalDate on) {
            Map<Integer, Integer> gaps = gaps(home, client, on);
            int usual = gaps.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            if (gaps.size() == 1 && sameDays(lines, usual)) {
                return new Choice(client, usual, List.of(), false);
            }
            List<Integer> apart = gaps.keySet().stream().sorted(java.util.Comparator.comparing(Math::abs)).toList();
            boolean halfHours = apart.stream().allMatch(g -> g != 0 && g % 30 == 0);
            boolean oneWay = apart.stream().allMatch(g -> Integer.signum(g) == Integer.signum(usual));
            if (halfHours && gaps.get(usual) >= MOST_DAYS) {
                return new Choice(home, 0, List.of(usual), true);
            }
            if (halfHours && oneWay && apart.size() == 2) {
                // half the year each (Tokyo keeps no summer time): "in Tokio 7 of 8 uur later"
                return new Choice(home, 0, apart, false);
            }
            return new Choice(home, 0, List.of(), false);
        }
    }

    /** The client's clock minus the home clock, in minutes, counted over the year from {@code on}: gap → days. */
    private static Map<Integer, Integer> gaps(ZoneId home, ZoneId client, LocalDate on) {
        Map<Integer, Integer> gaps = new HashMap<>();
        for (int i = 0; i < 365; i++) {
            var noon = on.plusDays(i).atTime(12, 0).atZone(home).toInstant();
            int gap = (client.getRules().getOffset(noon).getTotalSeconds()
                    - home.getRules().getOffset(noon).getTotalSeconds()) / 60;
            gaps.merge(gap, 1, Integer::sum);
        }
        return gaps;
    }

    private static boolean sameDays(List<HoursLine> lines, int gap) {
        return lines.stream().flatMap(l -> l.ranges().stream())
                .allMatch(r -> r.from() + gap >= 0 && r.to() + gap <= 24 * 60);
    }

    private static List<HoursLine> shifted(List<HoursLine> lines, int gap) {
        return lines.stream().map(l -> new HoursLine(l.days(), l.ranges().stream()
                .map(r -> new ClockRange(r.from() + gap, r.to() + gap)).toList())).toList();
    }

    /** "in New York meestal 6 uur vroeger", "in Tokio 7 of 8 uur later"; "usually 6 hours ahead of New York". */
    private static String apart(List<Integer> gaps, String place, boolean dutch, boolean usually) {
        int gap = gaps.get(0);
        List<String> amounts = gaps.stream().map(g -> hours(Math.abs(g))).toList();
        if (dutch) {
            return place + (usually ? " meestal " : " ") + String.join(" of ", amounts) + " uur "
                    + (gap < 0 ? "vroeger" : "later");
        }
        String unit = gaps.size() == 1 && Math.abs(gap) == 60 ? " hour " : " hours ";
        return (usually ? "usually " : "") + String.join(" or ", amounts) + unit + (gap < 0 ? "ahead of " : "behind ")
                + (place.startsWith("in ") ? place.substring(3) : place);
    }

    /** 360 → "6", 330 → "5½", 30 → "½". */
    private static String hours(int minutes) {
        return (minutes < 60 ? "" : String.valueOf(minutes / 60)) + (minutes % 60 == 30 ? "½" : "");
    }
}
