package org.reachable.ui.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The footer under the week and the undo button say what the user sees and did: the summary
 * describes the week shown (and names it when it is not this week), and undo names a restore or a
 * resize "only this week" as such. Clock: Thursday 26 November 2026, Amsterdam.
 */
class ShownWeekFooterTest {

    private final AnsweringUser user = new AnsweringUser();
    private final ScheduleViewModel model = user.page(ScheduleViewModelTest.DUTCH);

    @Test
    void theSummaryDescribesTheWeekShownAndSaysWhichWeekThatIs() {
        model.page().navigation().next(); // 30 November – 6 December
        model.deleteDay("m", MONDAY); // only this week: Monday 30 November skipped
        model.deleteDay("m", TUESDAY);

        assertEquals("Week van maandag 30 november", model.summaryTitleProperty().get());
        assertEquals(List.of("Bereikbaar: Telefoon 6 uur · E-mail 6 uur · WhatsApp Business niet bereikbaar"
                + " · Sms niet bereikbaar", "Focus: 4 uur"), model.page().summary(),
                "three mornings left that week; the next change is not in it, so it is not said");

        model.page().navigation().thisWeek();
        assertEquals("Deze week", model.summaryTitleProperty().get());
        assertEquals(List.of("Bereikbaar: Telefoon 10 uur · E-mail 10 uur · WhatsApp Business niet bereikbaar"
                + " · Sms niet bereikbaar", "Focus: 4 uur", "Volgende wissel: vandaag 11.00 uur"),
                model.page().summary());

        model.page().navigation().pattern();
        assertEquals("Deze week", model.summaryTitleProperty().get(), "the pattern: the week running now");
    }

    @Test
    void anEnglishFooterNamesTheWeekToo() {
        ScheduleViewModel english = user.page(Locale.UK);
        english.page().navigation().previous();
        assertEquals("Week of Monday 16 November", english.summaryTitleProperty().get());
        assertEquals("Focus: 4 h", english.page().summary().get(1));
    }

    @Test
    void undoSaysRestoreThisWeekAndAResizeOnlyThisWeekIsAResize() {
        model.deleteDay("f", WEDNESDAY);
        assertEquals("Ongedaan maken: verwijderen (Ctrl+Z)", model.undoState().undoTextProperty().get());
        model.restore(new BlockKey("f", WEDNESDAY));
        assertEquals("Ongedaan maken: deze week terugzetten (Ctrl+Z)", model.undoState().undoTextProperty().get());
        model.undo();
        assertEquals("Opnieuw: deze week terugzetten (Ctrl+Shift+Z)", model.undoState().redoTextProperty().get());

        model.resize("m", TUESDAY, 9 * 60, 12 * 60);
        assertEquals("Ongedaan maken: tijd aanpassen (Ctrl+Z)", model.undoState().undoTextProperty().get());
        ScheduleViewModel english = user.page(Locale.UK);
        english.restore(new BlockKey("m", TUESDAY));
        assertEquals("Undo: restore this week (Ctrl+Z)", english.undoState().undoTextProperty().get());
    }
}
