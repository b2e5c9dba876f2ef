package org.reachable.ui.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.edit.OnceEdits;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.TimeRange;

/**
 * The entry form's first and last date ("until 31 March") and its times changed for one week, without
 * a toolkit, with the clock on Thursday 26 November 2026 in Amsterdam (the week shown: 23–29 November).
 */
class EntryFormDatesTest {

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleDocument document = user.document;
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @TempDir
    Path folder;

    private boolean shown(String uid, java.time.DayOfWeek day) {
        return model.page().blocks().stream().anyMatch(b -> b.uid().equals(uid) && b.day() == day);
    }

    @Test
    void anEndDateEndsTheSeriesTheTableSaysSoAndTheFileKeepsIt() throws Exception {
        EntryFormViewModel form = model.edit("f", WEDNESDAY);
        assertNull(form.firstDateProperty().get(), "an entry made in the app has no first date");
        assertNull(form.lastDateProperty().get());
        form.lastDateProperty().set(LocalDate.of(2027, 3, 31));
        assertTrue(model.commit(form));

        assertEquals(List.of(), user.asked, "a new end date is the series': nothing to ask");
        assertEquals(LocalDate.of(2027, 3, 31), user.weekly("f").series().until());
        assertEquals("elke woensdag tot en met woensdag 31 maart", model.page().rows().get(1).daysText());
        model.page().navigation().jumpTo(LocalDate.of(2027, 3, 31));
        assertTrue(shown("f", WEDNESDAY), "its last week");
        model.page().navigation().next();
        assertFalse(shown("f", WEDNESDAY), "over after that");
        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()), "UNTIL reads back the same");

        model.undo();
        assertEquals(ScheduleViewModelTest.week(), document.current(), "one undo");
    }

    @Test
    void aFirstDateStartsTheSeriesThatWeek() {
        EntryFormViewModel form = model.edit("f");
        form.firstDateProperty().set(LocalDate.of(2027, 1, 4));
        assertTrue(model.commit(form));
        assertEquals(LocalDate.of(2027, 1, 6), user.weekly("f").since(), "the first Wednesday from then");
        assertEquals("elke woensdag, vanaf woensdag 6 januari", model.page().rows().get(1).daysText());
        assertFalse(shown("f", WEDNESDAY), "not yet this week");
        assertEquals(LocalDate.of(2027, 1, 4), model.edit("f").firstDateProperty().get().minusDays(2),
                "the form shows its first day");
    }

    @Test
    void anEndBeforeTheStartOrDatesWithoutAnyOfTheDaysAreRefusedInTheUsersLanguage() {
        EntryFormViewModel form = model.edit("f");
        form.firstDateProperty().set(LocalDate.of(2027, 2, 1));
        form.lastDateProperty().set(LocalDate.of(2027, 1, 1));
        assertEquals("De einddatum ligt vóór de eerste datum.", form.datesErrorProperty().get());
        assertFalse(form.validProperty().get());
        assertFalse(model.commit(form));
        assertEquals(ScheduleViewModelTest.week(), document.current());

        form.lastDateProperty().set(LocalDate.of(2027, 2, 2)); // Monday and Tuesday: no Wednesday
        assertEquals("Geen van de gekozen dagen valt tussen deze datums.", form.datesErrorProperty().get());
        form.lastDateProperty().set(LocalDate.of(2027, 2, 3));
        assertEquals("", form.datesErrorProperty().get());
        assertTrue(form.validProperty().get());

        EntryFormViewModel english = user.page(Locale.UK).edit("f");
        english.firstDateProperty().set(LocalDate.of(2027, 2, 1));
        english.lastDateProperty().set(LocalDate.of(2027, 1, 1));
        assertEquals("The end date lies before the first date.", english.datesErrorProperty().get());
    }

    @Test
    void newTimesInTheFormOfOneBlockAskAndOnlyThisWeekMovesThatOccurrence() {
        EntryFormViewModel form = model.edit("m", TUESDAY);
        form.endProperty().set("12:00");
        assertTrue(model.commit(form));
        assertEquals(1, user.asked.size());
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        assertEquals(Map.of(tuesday, new Dated(tuesday.atTime(9, 0), tuesday.atTime(12, 0))), user.weekly("m").series().moved());
        assertEquals(TimeRange.of("09:00", "11:00"), user.weekly("m").times(), "the series keeps its times");

        user.answer = Optional.of(BlockEdits.Scope.EVERY_WEEK);
        EntryFormViewModel again = model.edit("m", WEDNESDAY);
        again.endProperty().set("12:30");
        assertTrue(model.commit(again));
        assertEquals(TimeRange.of("09:00", "12:30"), user.weekly("m").times(), "every week: every day of the entry");
        assertEquals(5, user.weekly("m").days().size(), "not split off");
        assertEquals(1, user.weekly("m").series().moved().size(), "the week already moved stays moved");
    }

    @Test
    void theFormKeepsWhatACalendarAppMadeOfTheSeries() {
        document.apply(OnceEdits.skip(document.current(), "f", LocalDate.of(2026, 12, 2)));
        document.apply(OnceEdits.everyWeeks(document.current(), "f", 2));
        EntryFormViewModel form = model.edit("f");
        form.summaryProperty().set("Schrijven");
        form.channels().setAll("phone");
        assertTrue(model.commit(form));
        assertEquals(Set.of(LocalDate.of(2026, 12, 2)), user.weekly("f").series().skipped());
        assertEquals(2, user.weekly("f").series().weeks());
        assertEquals(List.of(), user.asked, "more than the times changed: the whole entry, no question");
    }
}
