package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * The Google Business Profile's hours: the union of the channels' windows minus focus, per
 * weekday; a range past midnight on the day it opens; every day off ahead as a closed date.
 * Fixed instant (Thursday 26 November 2026, 10:00 Amsterdam) and zone.
 */
class GoogleBusinessValuesTest {

    private static final Instant THURSDAY = SnippetWeek.Moment.WINDOW.at;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> google(Schedule schedule, String language) {
        SnippetModel model = SnippetWeek.model(SnippetWeek.settings(language), schedule, language, THURSDAY);
        return (Map<String, Object>) model.values().get("google");
    }

    /** "Monday" → "09:00–11:00, 16:00–18:00", "Closed" or "Open 24 hours", as the form is filled. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> perDay(Map<String, Object> google) {
        Map<String, String> days = new java.util.LinkedHashMap<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) google.get("days")) {
            String hours = (Boolean) d.get("closed") ? "closed" : (Boolean) d.get("allDay") ? "24h"
                    : ((List<Map<String, Object>>) d.get("ranges")).stream().map(r -> r.get("opens") + "–"
                            + r.get("closes") + ((Boolean) r.get("nextDay") ? "+1" : "")).collect(Collectors.joining(", "));
            days.put((String) d.get("day"), hours);
        }
        return days;
    }

    @Test
    void theExampleWeekIsTheUnionOfTheChannelsWithWednesdaysFocusCutOut() {
        // phone and e-mail 9–11 and 16–18, WhatsApp 9–17, focus Wednesday 13–17 (all channels)
        Map<String, String> days = perDay(google(SnippetWeek.schedule(), "en"));
        assertEquals(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                List.copyOf(days.keySet()));
        assertEquals("09:00–18:00", days.get("Monday"));
        assertEquals("09:00–13:00, 17:00–18:00", days.get("Wednesday"));
        assertEquals("09:00–18:00", days.get("Friday"), "a day off is a special hour, not the week's");
        assertEquals("closed", days.get("Saturday"));
        assertEquals("closed", days.get("Sunday"));
    }

    @Test
    void focusForOneChannelLeavesTheOthersOpenAndDaysAreNamedInDutch() {
        List<ScheduleEntry> entries = new ArrayList<>();
        entries.add(window("p", DayOfWeek.TUESDAY, "09:00", "12:00", "phone"));
        entries.add(window("e", DayOfWeek.TUESDAY, "11:00", "15:00", "email"));
        // focus on the phone 9–10 leaves nothing open then; focus on e-mail 11–12 leaves the phone open
        entries.add(new FocusBlock("f1", null, Weekly.of(EnumSet.of(DayOfWeek.TUESDAY),
                TimeRange.of("09:00", "10:00")), Set.of("phone")));
        entries.add(new FocusBlock("f2", null, Weekly.of(EnumSet.of(DayOfWeek.TUESDAY),
                TimeRange.of("11:00", "12:00")), Set.of("email")));
        entries.add(new FocusBlock("f3", null, Weekly.of(EnumSet.of(DayOfWeek.TUESDAY),
                TimeRange.of("13:00", "14:00")), Set.of()));
        Map<String, String> days = perDay(google(new Schedule(SnippetWeek.AMSTERDAM, entries), "nl"));
        assertEquals("10:00–13:00, 14:00–15:00", days.get("Dinsdag"));
        assertEquals("closed", days.get("Maandag"));
    }

    @Test
    void anEveningPastMidnightStaysOnTheDayItOpensAndAWholeDayIsOpen24Hours() {
        List<ScheduleEntry> entries = new ArrayList<>();
        entries.add(window("late", DayOfWeek.FRIDAY, "22:00", "02:00", "phone"));
        entries.add(window("sat", DayOfWeek.SATURDAY, "09:00", "12:00", "phone"));
        entries.add(window("sun1", DayOfWeek.SUNDAY, "00:00", "12:00", "email"));
        entries.add(window("sun2", DayOfWeek.SUNDAY, "12:00", "00:00", "phone"));
        Map<String, String> days = perDay(google(new Schedule(SnippetWeek.AMSTERDAM, entries), "en"));
        assertEquals("22:00–02:00+1", days.get("Friday"));
        assertEquals("09:00–12:00", days.get("Saturday"), "Friday's night is not repeated on Saturday");
        assertEquals("24h", days.get("Sunday"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDayOffAheadIsASpecialClosedDateAndOnesPastAreNot() {
        List<ScheduleEntry> entries = new ArrayList<>(SnippetWeek.schedule().entries());
        entries.add(new DayOff("past", "Weg", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                DayOffReason.VACATION, null, null, false));
        entries.add(new DayOff("xmas", "Kerst", LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28),
                DayOffReason.VACATION, null, null, false));
        Map<String, Object> google = google(new Schedule(SnippetWeek.AMSTERDAM, entries), "en");
        List<String> dates = ((List<Map<String, Object>>) google.get("special")).stream()
                .map(s -> (String) s.get("iso")).toList();
        assertEquals(List.of("2026-11-27", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-27", "2026-12-28"),
                dates);
        assertEquals("Friday 27 November 2026", ((List<Map<String, Object>>) google.get("special")).get(0)
                .get("date"));
    }

    private static ReachableWindow window(String uid, DayOfWeek day, String from, String to, String channel) {
        return new ReachableWindow(uid, null, Weekly.of(EnumSet.of(day), TimeRange.of(from, to)), Set.of(channel));
    }
}
