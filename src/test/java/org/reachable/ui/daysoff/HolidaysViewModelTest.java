package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.holidays.JollydayHolidays;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.service.HolidayOffer;

/** The Public holidays… dialog's model, without a toolkit, on 7 December 2026 in Amsterdam. */
class HolidaysViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);
    private final ScheduleDocument document = new ScheduleDocument(Schedule.empty(AMSTERDAM));

    private HolidaysViewModel model(Locale screen, Optional<String> country, String language) {
        return new HolidaysViewModel(DaysOffView.bundle(screen), document, new HolidayOffer(new JollydayHolidays()),
                () -> country, () -> language, CLOCK);
    }

    private static HolidaysViewModel.Row row(HolidaysViewModel vm, LocalDate date) {
        return vm.rows().stream().filter(r -> r.holiday().date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void theHomeCountrysComingYearIsOfferedWithObservancesUntickedAndWhy() {
        HolidaysViewModel vm = model(new Locale("nl"), Optional.of("NL"), "nl");
        vm.open();
        assertEquals("NL", vm.countryProperty().get());
        assertEquals(11, vm.rows().size(), "25 Dec 2026 up to Tweede Pinksterdag 2027");
        HolidaysViewModel.Row kingsDay = row(vm, LocalDate.of(2027, 4, 27));
        assertEquals("Koningsdag", kingsDay.name());
        assertTrue(kingsDay.chosenProperty().get());
        assertEquals("", kingsDay.note());
        HolidaysViewModel.Row goodFriday = row(vm, LocalDate.of(2027, 3, 26));
        assertFalse(goodFriday.chosenProperty().get());
        assertEquals("gedenkdag, geen vrije dag volgens de wet", goodFriday.note());
        HolidaysViewModel.Row liberation = row(vm, LocalDate.of(2027, 5, 5));
        assertFalse(liberation.chosenProperty().get());
        assertEquals("in de meeste cao's alleen eens in de vijf jaar vrij", liberation.note());
        assertEquals("9 toe te voegen; geen al vrij.", vm.summaryProperty().get());
        assertEquals("NL", vm.countries().get(0));
        assertEquals("BE", vm.countries().get(1));
    }

    @Test
    void addingMakesDaysOffNamedInTheUsersLanguageAndOfferingAgainAddsNothing() {
        HolidaysViewModel vm = model(Locale.ENGLISH, Optional.of("NL"), "nl");
        vm.open();
        assertTrue(vm.add());
        assertEquals(9, document.current().entries().size());
        assertTrue(document.current().entries().stream().map(e -> ((DayOff) e).summary()).toList()
                .contains("Tweede Kerstdag"), "named in the user's first text language, not the screen's");

        vm.open();
        assertEquals("None to add; 9 already days off.", vm.summaryProperty().get());
        assertFalse(vm.canAddProperty().get());
        assertEquals("already a day off", row(vm, LocalDate.of(2027, 4, 27)).note());
        assertFalse(vm.add());
        assertEquals(9, document.current().entries().size());

        assertTrue(document.undo(), "one undo step takes all of them back");
        assertTrue(document.current().entries().isEmpty());
    }

    @Test
    void anUntickedObservanceCanBeTickedAndIsAdded() {
        HolidaysViewModel vm = model(Locale.ENGLISH, Optional.of("NL"), "en");
        vm.open();
        row(vm, LocalDate.of(2027, 3, 26)).chosenProperty().set(true);
        assertEquals("10 to add; none already a day off.", vm.summaryProperty().get());
        vm.add();
        assertTrue(document.current().entries().stream().anyMatch(e -> ((DayOff) e).summary().equals("Good Friday")));
    }

    @Test
    void belgiumOffersArmisticeDayAndAZoneWithoutACountryAsksForOne() {
        HolidaysViewModel vm = model(new Locale("nl"), Optional.empty(), "nl");
        vm.open();
        assertEquals(null, vm.countryProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertEquals("Kies je land: je tijdzone noemt er geen.", vm.summaryProperty().get());
        vm.countryProperty().set("BE");
        HolidaysViewModel.Row armistice = row(vm, LocalDate.of(2027, 11, 11));
        assertEquals("Wapenstilstand", armistice.name());
        assertTrue(armistice.chosenProperty().get());
        assertEquals("België", vm.countryWords("BE"));
    }

    /**
     * An American-English user sees and stores the American names, and a holiday taken before under
     * its British name is shown as taken, not offered a second time.
     */
    @Test
    void anAmericanUserIsOfferedTheAmericanNamesAndNothingTwice() {
        Profile american = Profile.defaults(AMSTERDAM).withLanguages(List.of("en", "nl"))
                .withEnglish(EnglishVariant.AMERICAN);
        assertEquals("en-US", HolidaysViewModel.namedIn(american));
        assertEquals("en-GB", HolidaysViewModel.namedIn(american.withEnglish(EnglishVariant.BRITISH)));
        assertEquals("nl", HolidaysViewModel.namedIn(american.withLanguages(List.of("nl", "en"))));
        JollydayHolidays holidays = new JollydayHolidays();
        LocalDate boxingDay = LocalDate.of(2026, 12, 26);
        DayOff british = HolidayOffer.dayOff("NL", holidays.between("NL", boxingDay, boxingDay, "en").get(0));
        assertEquals("Boxing Day", british.summary());
        ScheduleDocument taken = new ScheduleDocument(new Schedule(AMSTERDAM, List.of(british)));
        HolidaysViewModel vm = new HolidaysViewModel(DaysOffView.bundle(Locale.ENGLISH), taken,
                new HolidayOffer(holidays), () -> Optional.of("NL"), () -> HolidaysViewModel.namedIn(american), CLOCK);
        vm.open();
        assertEquals("Day after Christmas", row(vm, boxingDay).name());
        assertTrue(row(vm, boxingDay).taken(), "taken under its British name");
        assertEquals("Pentecost Monday", row(vm, LocalDate.of(2027, 5, 17)).name());
        assertTrue(vm.add());
        List<String> names = taken.current().entries().stream().map(e -> ((DayOff) e).summary()).toList();
        assertEquals(1, taken.current().entries().stream().filter(e -> ((DayOff) e).first().equals(boxingDay))
                .count(), names::toString);
        assertTrue(names.contains("Pentecost Monday") && !names.contains("Whit Monday"), names::toString);
    }
}
