package org.reachable.ui.schedule;

import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.edit.ScheduleDocument;

/**
 * "Om de week" in the entry form: the repeat choice, the week it starts in (the week shown when no
 * first date is set), the next dates under it, the rule in the table, the dated weeks and the file.
 * Clock: Thursday 26 November 2026, Amsterdam; the page shows 23–29 November.
 */
class EveryOtherWeekFormTest {

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleDocument document = user.document;
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @TempDir
    Path folder;

    private boolean shown(String uid, java.time.DayOfWeek day) {
        return model.page().blocks().stream().anyMatch(b -> b.uid().equals(uid) && b.day() == day);
    }

    @Test
    void everyOtherWeekStartsInTheWeekShownSaysItsNextDatesAndShowsInTheWeeks() throws Exception {
        model.page().navigation().next(); // 30 November – 6 December
        EntryFormViewModel form = model.edit("f", WEDNESDAY);
        assertEquals(1, form.weeksProperty().get());
        assertEquals("", form.repeatHintProperty().get(), "every week needs no dates under it");

        form.weeksProperty().set(2);
        assertEquals(LocalDate.of(2026, 12, 2), form.firstDateProperty().get(), "starts in the week shown");
        assertEquals("Eerstvolgende keren: wo 2 december, wo 16 december, wo 30 december",
                form.repeatHintProperty().get());
        form.lastDateProperty().set(LocalDate.of(2027, 3, 24));
        assertTrue(model.commit(form));

        assertEquals(List.of(), user.asked, "the rule of the whole series changed: nothing to ask");
        assertEquals(2, user.weekly("f").series().weeks());
        assertEquals("om de week op woensdag, vanaf woensdag 2 december tot en met woensdag 24 maart",
                model.page().rows().get(1).daysText());
        assertTrue(shown("f", WEDNESDAY), "this week (2 December)");
        model.page().navigation().next();
        assertFalse(shown("f", WEDNESDAY), "not the week after (9 December)");
        model.page().navigation().next();
        assertTrue(shown("f", WEDNESDAY), "16 December again");
        model.page().navigation().jumpTo(LocalDate.of(2027, 3, 24));
        assertTrue(shown("f", WEDNESDAY), "its last date");

        assertEquals(document.current(), AnsweringUser.throughTheFile(folder, document.current()),
                "INTERVAL=2 and UNTIL read back the same");
        assertEquals(2, model.edit("f").weeksProperty().get(), "the form reads it back");
        model.undo();
        assertEquals(ScheduleViewModelTest.week(), document.current(), "one undo");
    }

    @Test
    void backToEveryWeekAndTheEnglishWords() {
        ScheduleViewModel english = user.page(Locale.UK);
        EntryFormViewModel form = english.edit("f");
        form.weeksProperty().set(2);
        assertEquals(LocalDate.of(2026, 11, 25), form.firstDateProperty().get(), "the week shown: this week");
        assertEquals("Next: Wed 9 December, Wed 23 December, Wed 6 January", form.repeatHintProperty().get());
        assertTrue(english.commit(form));
        assertEquals("every other Wednesday, from Wednesday 25 November", english.page().rows().get(1).daysText());

        EntryFormViewModel again = english.edit("f");
        again.weeksProperty().set(1);
        again.firstDateProperty().set(null);
        assertTrue(english.commit(again));
        assertEquals("Wed", english.page().rows().get(1).daysText());
        assertEquals(ScheduleViewModelTest.week(), document.current(), "the plain pattern again");
    }
}
