package org.reachable.domain.text.snippet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.HoursLine;
import org.reachable.domain.text.WeeklyHours;

/**
 * The Google Business Profile's hours ({@code google} in the template), in the shape its "Hours"
 * form asks for them: per weekday, Monday first, closed or one or more open–close ranges (or open
 * 24 hours); and "special hours", a date each, for every day off ahead, closed.
 *
 * <p>The regular hours are the union of every channel's reachable time with the focus blocks cut
 * out ({@link WeeklyHours#forAnyChannel}): Google shows "Open now" from them, and a client who
 * calls during a focus block reaches nobody, so a profile that said "open" then would promise what
 * the user does not keep. A range past midnight stays on the day it opens, with its close time
 * after midnight, as the form takes it (a close time before the open time is the next day); a
 * stretch of a day or more is cut at each midnight, and a whole day is "open 24 hours". Times are
 * 24-hour "09:00", which the form's time field takes in every language.
 */
final class GoogleBusinessValues {

    private final SnippetContext c;

    GoogleBusinessValues(SnippetContext context) {
        this.c = context;
    }

    Map<String, Object> values() {
        Map<DayOfWeek, List<ClockRange>> perDay = perDay(c.anyChannelHours());
        Locale locale = Locale.forLanguageTag(c.lang);
        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<ClockRange> ranges = perDay.getOrDefault(day, List.of());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", SnippetContext.capitalise(day.getDisplayName(TextStyle.FULL, locale)));
            d.put("closed", ranges.isEmpty());
            boolean allDay = ranges.size() == 1 && ranges.get(0).isWholeDay();
            d.put("allDay", allDay);
            List<Map<String, Object>> list = new ArrayList<>();
            if (!allDay) {
                for (int i = 0; i < ranges.size(); i++) {
                    ClockRange r = ranges.get(i);
                    Map<String, Object> range = new LinkedHashMap<>();
                    range.put("opens", hhmm(r.start()));
                    range.put("closes", r.endsAtMidnight() ? "24:00" : hhmm(r.end()));
                    range.put("nextDay", r.crossesMidnight());
                    range.put("more", i < ranges.size() - 1);
                    list.add(range);
                }
            }
            d.put("ranges", list);
            days.add(d);
        }
        List<Map<String, Object>> special = new ArrayList<>();
        for (LocalDate date : daysOffAhead()) {
            Map<String, Object> s = new LinkedHashMap<>();
            // with its year, as the form's date field asks: "today" a year back makes Words add it
            s.put("date", SnippetContext.capitalise(c.words.date(date, date.minusYears(1))));
            s.put("iso", date.toString());
            special.add(s);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("days", days);
        m.put("special", special);
        m.put("anySpecial", !special.isEmpty());
        return m;
    }

    /** Each date of each day off from today on, within the horizon the other texts look ahead. */
    List<LocalDate> daysOffAhead() {
        LocalDate horizon = c.today.plusDays(StatusValues.DAYS_OFF_AHEAD);
        List<LocalDate> dates = new ArrayList<>();
        for (DayOff off : StatusValues.daysOffAhead(c)) {
            for (LocalDate d = off.first().isBefore(c.today) ? c.today : off.first();
                    !d.isAfter(off.last()) && !d.isAfter(horizon); d = d.plusDays(1)) {
                if (!dates.contains(d)) {
                    dates.add(d);
                }
            }
        }
        dates.sort(null);
        return dates;
    }

    static Map<DayOfWeek, List<ClockRange>> perDay(List<HoursLine> lines) {
        Map<DayOfWeek, List<ClockRange>> perDay = new LinkedHashMap<>();
        for (HoursLine line : lines) {
            for (DayOfWeek day : line.days()) {
                perDay.put(day, line.ranges());
            }
        }
        return perDay;
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
