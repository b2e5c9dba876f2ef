package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.PublicHolidays;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;

/** Which holidays are offered ticked, which are taken, and that adding twice never duplicates. */
class HolidayOfferTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Holiday CHRISTMAS = new Holiday(LocalDate.of(2026, 12, 25), "FIRST_CHRISTMAS_DAY",
            "Eerste Kerstdag", Kind.PUBLIC_HOLIDAY);
    private static final Holiday GOOD_FRIDAY = new Holiday(LocalDate.of(2027, 3, 26), "christian.GOOD_FRIDAY",
            "Goede Vrijdag", Kind.OBSERVANCE);
    private static final Holiday KINGS_DAY = new Holiday(LocalDate.of(2027, 4, 27), "KINGS_DAY", "Koningsdag",
            Kind.PUBLIC_HOLIDAY);
    private static final Holiday NEXT_CHRISTMAS = new Holiday(LocalDate.of(2027, 12, 25), "FIRST_CHRISTMAS_DAY",
            "Eerste Kerstdag", Kind.PUBLIC_HOLIDAY);

    /** Answers every range with the holidays inside it, as the port promises. */
    private final PublicHolidays port = new PublicHolidays() {
        @Override
        public boolean knows(String country) {
            return "NL".equals(country);
        }

        @Override
        public Set<String> countries() {
            return Set.of("NL");
        }

        @Override
        public List<Holiday> between(String country, LocalDate first, LocalDate last, String language) {
            return List.of(CHRISTMAS, GOOD_FRIDAY, KINGS_DAY, NEXT_CHRISTMAS).stream()
                    .filter(h -> !h.date().isBefore(first) && !h.date().isAfter(last)).toList();
        }
    };
    private final HolidayOffer offer = new HolidayOffer(port);

    @Test
    void theComingYearIsOfferedWithDaysOffByLawTicked() {
        List<HolidayOffer.Offered> offered = offer.offer("NL", Schedule.empty(AMSTERDAM), TODAY, "nl");
        assertEquals(List.of(CHRISTMAS, GOOD_FRIDAY, KINGS_DAY), offered.stream().map(HolidayOffer.Offered::holiday)
                .toList(), "a year from 7 December: next year's Christmas is too far");
        assertEquals(List.of(true, false, true), offered.stream().map(HolidayOffer.Offered::ticked).toList());
    }

    @Test
    void addingMakesNamedDaysOffAndAddingAgainAddsNothing() {
        Schedule schedule = Schedule.empty(AMSTERDAM);
        ScheduleEdit first = offer.edit("NL", List.of(CHRISTMAS, KINGS_DAY), schedule);
        assertEquals(ScheduleEdit.Action.HOLIDAYS, first.action());
        schedule = first.applyTo(schedule);
        DayOff kingsDay = (DayOff) schedule.entries().stream()
                .filter(e -> ((DayOff) e).first().equals(KINGS_DAY.date())).findFirst().orElseThrow();
        assertEquals("Koningsdag", kingsDay.summary());
        assertEquals(DayOffReason.HOLIDAY, kingsDay.reason());
        assertEquals(KINGS_DAY.date(), kingsDay.last());
        assertEquals(LocalDate.of(2027, 4, 28), kingsDay.backOn());
        assertEquals("holiday-nl-2027-04-27@reachable", kingsDay.uid());

        assertTrue(offer.edit("NL", List.of(CHRISTMAS, KINGS_DAY), schedule).isEmpty(), "offered again: no duplicates");
        List<HolidayOffer.Offered> again = offer.offer("NL", schedule, TODAY, "nl");
        assertEquals(List.of(true, false, true), again.stream().map(HolidayOffer.Offered::taken).toList());
        assertFalse(again.get(0).ticked(), "a taken holiday is not offered to add again");
    }

    @Test
    void aHolidayInsideAVacationIsAlreadyTaken() {
        Schedule schedule = new Schedule(AMSTERDAM, List.of(DayOff.of("xmas-break", LocalDate.of(2026, 12, 21),
                LocalDate.of(2027, 1, 1), DayOffReason.VACATION)));
        assertTrue(offer.offer("NL", schedule, TODAY, "nl").get(0).taken());
        assertTrue(offer.edit("NL", List.of(CHRISTMAS), schedule).isEmpty(), "no day off inside a vacation");
    }

    @Test
    void theSameHolidayChosenTwiceIsAddedOnce() {
        assertEquals(1, offer.edit("NL", List.of(KINGS_DAY, KINGS_DAY), Schedule.empty(AMSTERDAM)).after().size());
    }
}
