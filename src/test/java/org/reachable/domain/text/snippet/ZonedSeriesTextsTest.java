package org.reachable.domain.text.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.StatusResolver;

/**
 * A window kept in New York time (Tuesdays 10:00-12:00, imported from a client's calendar) in an
 * Amsterdam schedule: 16:00-18:00 on the home clock in most weeks, 15:00-17:00 in the weeks only one
 * of the two zones keeps summer time (2027: 16 and 23 March, 2 November). The texts that list the
 * week's hours describe the usual week (they are pasted once and may name no dates), so they say
 * 16:00-18:00 whenever they are made, also in a week that differs; the status follows the real
 * instants in every week.
 */
class ZonedSeriesTextsTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Schedule SCHEDULE = new Schedule(SnippetWeek.AMSTERDAM, List.of(new ReachableWindow("ny", null,
            new Weekly(EnumSet.of(DayOfWeek.TUESDAY), TimeRange.of("10:00", "12:00"), LocalDate.of(2026, 1, 6), null,
                    NEW_YORK), Set.of("phone"))));

    @SuppressWarnings("unchecked")
    static String tuesday(Instant at) {
        SnippetModel model = SnippetWeek.model(SnippetWeek.settings("en"), SCHEDULE, "en", at);
        Map<String, Object> google = (Map<String, Object>) model.values().get("google");
        for (Map<String, Object> d : (List<Map<String, Object>>) google.get("days")) {
            if (d.get("day").equals("Tuesday")) {
                Map<String, Object> r = ((List<Map<String, Object>>) d.get("ranges")).get(0);
                return r.get("opens") + "–" + r.get("closes");
            }
        }
        throw new AssertionError("no Tuesday");
    }

    static Instant amsterdam(String date, String time) {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(time), SnippetWeek.AMSTERDAM).toInstant();
    }

    @Test
    void theWeeksHoursAreTheUsualHomeTimesWhenEverTheTextIsMade() {
        assertEquals("16:00–18:00", tuesday(SnippetWeek.Moment.WINDOW.at), "November: New York is 6 hours behind");
        assertEquals("16:00–18:00", tuesday(amsterdam("2027-03-16", "09:00")),
                "made in a week that differs, the text still describes the usual week");
        assertEquals("16:00–18:00", tuesday(amsterdam("2027-07-06", "09:00")));
    }

    @Test
    void theStatusFollowsTheRealInstantsInTheWeeksThatDiffer() {
        StatusResolver resolver = new StatusResolver(SCHEDULE, SnippetWeek.settings("en").channels(), Optional.empty());
        for (String tuesday : List.of("2027-03-16", "2027-03-23", "2027-11-02")) {
            assertTrue(resolver.status(amsterdam(tuesday, "15:30")).channel("phone").orElseThrow().reachable(),
                    "15:30 Amsterdam is 10:30 New York on " + tuesday);
            assertTrue(!resolver.status(amsterdam(tuesday, "17:30")).channel("phone").orElseThrow().reachable(),
                    "17:30 Amsterdam is 12:30 New York on " + tuesday);
        }
        assertTrue(resolver.status(amsterdam("2027-03-30", "17:30")).channel("phone").orElseThrow().reachable(),
                "a week later both keep summer time: 11:30 New York");
        assertEquals(amsterdam("2027-03-16", "17:00"), resolver.status(amsterdam("2027-03-16", "15:30")).until(), "the next change is the real end, 12:00 New York");
    }
}
