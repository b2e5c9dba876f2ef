package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/** The page's state without a toolkit: a clock fixed on Thursday 26 November 2026, 10:00 in Amsterdam. */
class DaysOffViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    static DayOff christmas() {
        return new DayOff("xmas", "Kerstvakantie", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                DayOffReason.VACATION, "Anna de Vries, 06 12345678", LocalDate.of(2027, 1, 4), false);
    }

    static DayOff sickDay() {
        return DayOff.of("sick", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16), DayOffReason.SICK);
    }

    static ExtraWindow saturday() {
        return new ExtraWindow("sat", "Zaterdagochtend", new Dated(LocalDateTime.of(2026, 12, 5, 9, 0),
                LocalDateTime.of(2026, 12, 5, 12, 0)), Set.of("phone", "email"));
    }

    static Supplier<String> uids() {
        return new Supplier<>() {
            private int n;

            @Override
            public String get() {
                return "new-" + ++n;
            }
        };
    }

    private final ScheduleDocument document = new ScheduleDocument(new Schedule(AMSTERDAM,
            List.of(sickDay(), christmas(), saturday())));
    private final DaysOffViewModel model = model("en");

    private DaysOffViewModel model(String language) {
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag(language));
        List<Channel> channels = Settings.defaultChannels(language);
        return new DaysOffViewModel(bundle, document, () -> channels, uids(), CLOCK);
    }

    @Test
    void anAddedDayOffIsInTheDocumentAndTheList() {
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        assertTrue(form.openProperty().get());
        assertEquals(LocalDate.of(2026, 11, 26), form.firstProperty().get(), "a new day off starts today");
        form.firstProperty().set(LocalDate.of(2027, 2, 15));
        assertEquals(LocalDate.of(2027, 2, 15), form.lastProperty().get(), "the last day follows the first");
        form.lastProperty().set(LocalDate.of(2027, 2, 19));
        form.reasonProperty().set(DayOffReason.VACATION);
        form.standInProperty().set("  Anna de Vries, 06 12345678 ");
        form.urgentLineOffProperty().set(true);

        assertTrue(model.saveDayOff());

        assertFalse(form.openProperty().get());
        DayOff added = (DayOff) find("new-1");
        assertEquals(LocalDate.of(2027, 2, 15), added.first());
        assertEquals(LocalDate.of(2027, 2, 19), added.last());
        assertEquals("Anna de Vries, 06 12345678", added.standIn());
        assertTrue(added.urgentLineOff());
        assertEquals(List.of("xmas", "new-1"), model.daysOff().stream().map(DayOffRow::uid).toList(), "by date");
        DayOffRow row = model.daysOff().get(1);
        assertEquals("Mon 15 Feb – Fri 19 Feb 2027", row.dates());
        assertEquals("Vacation", row.reason());
        assertEquals("Sat 20 Feb 2027", row.backOn());
        assertEquals("Anna de Vries, 06 12345678 (urgent line off too)", row.standIn());
        assertEquals("new-1", model.selectedUidProperty().get());
        assertEquals("Vacation", added.summary(), "no description: the calendar says the reason");
        assertEquals("", row.description(), "and the list and form show it as no description");
        model.edit(row);
        assertEquals("", model.dayOffForm().summaryProperty().get());
    }

    @Test
    void backOnIsTheDayAfterTheLastUntilTheUserPicksOne() {
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 1));
        form.lastProperty().set(LocalDate.of(2027, 3, 5)); // a Friday
        assertEquals(LocalDate.of(2027, 3, 6), form.backOnProperty().get());
        assertTrue(form.backOnDerivedProperty().get());
        assertEquals("the day after the last day", form.backOnHintProperty().get());

        form.backOnProperty().set(LocalDate.of(2027, 3, 8)); // back on Monday: the weekend follows
        assertFalse(form.backOnDerivedProperty().get());
        form.lastProperty().set(LocalDate.of(2027, 3, 4));
        assertEquals(LocalDate.of(2027, 3, 8), form.backOnProperty().get(), "the user's own date stays");
        assertTrue(model.saveDayOff());
        assertEquals(LocalDate.of(2027, 3, 8), ((DayOff) find("new-1")).backOn());

        model.edit(model.daysOff().get(1));
        assertFalse(form.backOnDerivedProperty().get(), "an edited day off keeps its own back-on date");
        form.useDerivedBackOn();
        assertEquals(LocalDate.of(2027, 3, 5), form.backOnProperty().get());
        assertTrue(model.saveDayOff());
        assertEquals(LocalDate.of(2027, 3, 5), ((DayOff) find("new-1")).backOn());
    }

    @Test
    void anInvalidDayOffIsRefusedWithAMessageAndNothingApplied() {
        Schedule before = document.current();
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 10));
        form.lastProperty().set(LocalDate.of(2027, 3, 8));
        assertEquals("The last day (Mon 8 Mar 2027) is before the first day (Wed 10 Mar 2027).",
                form.problemProperty().get());
        assertFalse(model.saveDayOff());
        assertTrue(form.openProperty().get(), "the form stays, with what was typed");
        assertEquals(before, document.current());

        form.lastProperty().set(LocalDate.of(2027, 3, 12));
        form.backOnProperty().set(LocalDate.of(2027, 3, 12));
        assertEquals("“Back on” must be after the last day.", form.problemProperty().get());
        assertFalse(model.saveDayOff());
        assertEquals(before, document.current());
        assertFalse(document.canUndo());

        form.backOnProperty().set(LocalDate.of(2027, 3, 15));
        assertEquals("", form.problemProperty().get());
    }

    @Test
    void anOverlapIsMentionedNotRefused() {
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2026, 12, 31));
        assertEquals("Overlaps another day off: Thu 24 Dec – Fri 1 Jan 2027 (Vacation). Both will be in the schedule.",
                form.noteProperty().get());
        assertEquals("", form.problemProperty().get());
        form.firstProperty().set(LocalDate.of(2027, 1, 2));
        assertEquals("", form.noteProperty().get());
        model.edit(model.daysOff().get(0));
        assertEquals("", form.noteProperty().get(), "a day off does not overlap itself");
    }

    @Test
    void pastDaysOffFoldAwayByTheClockInTheHomeZone() {
        assertEquals(List.of("xmas"), model.daysOff().stream().map(DayOffRow::uid).toList());
        assertEquals(List.of("sick"), model.pastDaysOff().stream().map(DayOffRow::uid).toList());
        assertEquals(1, model.pastFold().countProperty().get());
        assertEquals("Show past days off (1)", model.pastFold().titleProperty().get());
        assertFalse(model.pastFold().shownProperty().get(), "folded until asked");
        assertTrue(model.pastDaysOff().get(0).past());
        model.pastFold().shownProperty().set(true);
        assertEquals("Hide past days off (1)", model.pastFold().titleProperty().get());
        model.pastFold().shownProperty().set(false);

        // a day off that ended yesterday is past; one that ends today is not
        document.external(new Schedule(AMSTERDAM, List.of(sickDay(), christmas(),
                DayOff.of("yesterday", LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25), DayOffReason.SICK),
                DayOff.of("today", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26), DayOffReason.SICK))));
        assertEquals(List.of("today", "xmas"), model.daysOff().stream().map(DayOffRow::uid).toList());
        assertEquals(List.of("yesterday", "sick"), model.pastDaysOff().stream().map(DayOffRow::uid).toList(),
                "most recent first");
        assertEquals("Show past days off (2)", model.pastFold().titleProperty().get());
    }

    @Test
    void pastExtraWindowsAndFocusBlocksFoldAwayByTheClockInTheHomeZone() {
        assertEquals(List.of("sat"), model.dated().stream().map(DatedRow::uid).toList());
        assertTrue(model.pastDated().isEmpty());
        assertEquals(0, model.pastDatedFold().countProperty().get());

        // it is 10:00: the early window has ended, the running one and the afternoon block have not
        ExtraWindow early = new ExtraWindow("early", null, new Dated(LocalDateTime.of(2026, 11, 26, 7, 0),
                LocalDateTime.of(2026, 11, 26, 9, 0)), Set.of("phone"));
        ExtraWindow running = new ExtraWindow("running", null, new Dated(LocalDateTime.of(2026, 11, 26, 9, 0),
                LocalDateTime.of(2026, 11, 26, 11, 0)), Set.of("phone"));
        FocusBlock afternoon = new FocusBlock("afternoon", null, new Dated(LocalDateTime.of(2026, 11, 26, 13, 0),
                LocalDateTime.of(2026, 11, 26, 17, 0)), Set.of());
        FocusBlock lastWeek = new FocusBlock("lastweek", null, new Dated(LocalDateTime.of(2026, 11, 19, 13, 0),
                LocalDateTime.of(2026, 11, 19, 17, 0)), Set.of());
        // ended at 9:30 in Amsterdam: by a UTC reading of the clock (9:00) it would still be running
        ExtraWindow zone = new ExtraWindow("zone", null, new Dated(LocalDateTime.of(2026, 11, 26, 8, 0),
                LocalDateTime.of(2026, 11, 26, 9, 30)), Set.of("email"));
        document.external(new Schedule(AMSTERDAM, List.of(sickDay(), christmas(), saturday(), early, running,
                afternoon, lastWeek, zone)));

        assertEquals(List.of("running", "afternoon", "sat"), model.dated().stream().map(DatedRow::uid).toList());
        assertEquals(List.of("zone", "early", "lastweek"), model.pastDated().stream().map(DatedRow::uid).toList(),
                "most recent first");
        assertTrue(model.pastDated().stream().allMatch(DatedRow::past));
        assertTrue(model.dated().stream().noneMatch(DatedRow::past));
        assertEquals(3, model.pastDatedFold().countProperty().get());
        assertFalse(model.pastDatedFold().shownProperty().get(), "folded until asked");
        assertEquals("Show earlier extra windows and focus blocks (3)", model.pastDatedFold().titleProperty().get());
        model.pastDatedFold().shownProperty().set(true);
        assertEquals("Hide earlier extra windows and focus blocks (3)", model.pastDatedFold().titleProperty().get());
        assertEquals("Show past days off (1)", model.pastFold().titleProperty().get(), "the days-off fold is its own");

        model.delete(model.pastDated().get(0));
        assertEquals(List.of("early", "lastweek"), model.pastDated().stream().map(DatedRow::uid).toList());
        assertEquals("Hide earlier extra windows and focus blocks (2)", model.pastDatedFold().titleProperty().get());
        model.edit(model.pastDated().get(1));
        assertTrue(model.datedForm().openProperty().get(), "a past one opens in the form like any other");
        assertEquals(LocalDate.of(2026, 11, 19), model.datedForm().dateProperty().get());

        assertEquals("Eerdere extra vensters en focusblokken tonen (2)", model("nl").pastDatedFold().titleProperty().get());
    }

    /** Reachable Monday to Friday, 9 to 17, on the phone. */
    static ReachableWindow workWeek(LocalDate since) {
        return new ReachableWindow("work", null, new Weekly(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                TimeRange.of("09:00", "17:00"), since), Set.of("phone"));
    }

    private void withWeek(ScheduleEntry... more) {
        List<ScheduleEntry> entries = new ArrayList<>(List.of(sickDay(), christmas(), saturday(), workWeek(null)));
        entries.addAll(List.of(more));
        document.external(new Schedule(AMSTERDAM, entries));
    }

    @Test
    void aSickFridayInAMondayToFridayWeekIsBackOnMonday() {
        withWeek();
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 5)); // a Friday
        assertEquals(LocalDate.of(2027, 3, 8), form.backOnProperty().get());
        assertTrue(form.backOnDerivedProperty().get());
        assertEquals("the first day you are reachable again", form.backOnHintProperty().get());
        form.reasonProperty().set(DayOffReason.SICK);
        assertTrue(model.saveDayOff());
        assertEquals(LocalDate.of(2027, 3, 8), ((DayOff) find("new-1")).backOn(), "passed on, not the model's Saturday");
        DayOffRow row = model.daysOff().stream().filter(r -> r.uid().equals("new-1")).findFirst().orElseThrow();
        assertEquals("Mon 8 Mar 2027", row.backOn());

        // read back (as from the file): Monday is what the page derives, so it is not the user's own
        model.edit(row);
        assertTrue(form.backOnDerivedProperty().get());
        assertEquals("the first day you are reachable again", form.backOnHintProperty().get());
        // a Wednesday day off is back on Thursday, as before
        form.firstProperty().set(LocalDate.of(2027, 3, 10));
        form.lastProperty().set(LocalDate.of(2027, 3, 10));
        assertEquals(LocalDate.of(2027, 3, 11), form.backOnProperty().get());
    }

    @Test
    void aSaturdayTheUserPickedStaysTheirOwn() {
        withWeek(new DayOff("fri", null, LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 5), DayOffReason.OTHER, "",
                LocalDate.of(2027, 3, 6), false));
        model.edit(model.daysOff().stream().filter(r -> r.uid().equals("fri")).findFirst().orElseThrow());
        DayOffFormViewModel form = model.dayOffForm();
        assertEquals(LocalDate.of(2027, 3, 6), form.backOnProperty().get());
        assertFalse(form.backOnDerivedProperty().get(), "not the day the page derives");
        assertEquals("your own date", form.backOnHintProperty().get());
        form.useDerivedBackOn();
        assertEquals(LocalDate.of(2027, 3, 8), form.backOnProperty().get());
    }

    @Test
    void aDayOffRightBeforeAnotherIsBackAfterThatOne() {
        // Monday 8 to Wednesday 10 March off already; Thursday the 11th is a working day
        withWeek(DayOff.of("course", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10), DayOffReason.OTHER));
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 3));
        form.lastProperty().set(LocalDate.of(2027, 3, 5));
        assertEquals(LocalDate.of(2027, 3, 11), form.backOnProperty().get());
        assertTrue(form.backOnDerivedProperty().get());

        // shortened to Monday only: its own old Tuesday and Wednesday do not keep it off
        model.edit(model.daysOff().stream().filter(r -> r.uid().equals("course")).findFirst().orElseThrow());
        form.lastProperty().set(LocalDate.of(2027, 3, 8));
        assertEquals(LocalDate.of(2027, 3, 9), form.backOnProperty().get(), "a day off does not push itself on");
        assertTrue(model.saveDayOff());
        assertEquals(LocalDate.of(2027, 3, 9), ((DayOff) find("course")).backOn());
    }

    @Test
    void aChangedScheduleMovesADerivedBackOnDayInAnOpenForm() {
        withWeek(DayOff.of("course", LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10), DayOffReason.OTHER));
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 5));
        assertEquals(LocalDate.of(2027, 3, 11), form.backOnProperty().get());
        withWeek();
        assertEquals(LocalDate.of(2027, 3, 8), form.backOnProperty().get());
        assertTrue(form.backOnDerivedProperty().get());
    }

    @Test
    void aWeekThatStartsLaterCountsFromItsStart() {
        // the week's windows only begin on Wednesday 10 March (Weekly.since)
        document.external(new Schedule(AMSTERDAM, List.of(workWeek(LocalDate.of(2027, 3, 10)))));
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 5));
        assertEquals(LocalDate.of(2027, 3, 10), form.backOnProperty().get());
    }

    @Test
    void withoutWindowsBackOnIsTheDayAfter() {
        document.external(new Schedule(AMSTERDAM, List.of(
                DayOff.of("course", LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 7), DayOffReason.OTHER))));
        model.addDayOff();
        DayOffFormViewModel form = model.dayOffForm();
        form.firstProperty().set(LocalDate.of(2027, 3, 5));
        assertEquals(LocalDate.of(2027, 3, 6), form.backOnProperty().get(), "no week to be reachable in");
        assertEquals("the day after the last day", form.backOnHintProperty().get());
        assertTrue(model.saveDayOff());
        assertEquals(LocalDate.of(2027, 3, 6), ((DayOff) find("new-1")).backOn());
    }

    @Test
    void anOutsideChangeUpdatesTheLists() {
        List<ScheduleEntry> theirs = new ArrayList<>(document.current().entries());
        theirs.add(DayOff.of("kingsday", LocalDate.of(2027, 4, 27), LocalDate.of(2027, 4, 27), DayOffReason.HOLIDAY));
        theirs.add(new FocusBlock("deep", null, new Dated(LocalDateTime.of(2026, 12, 2, 22, 0),
                LocalDateTime.of(2026, 12, 3, 1, 0)), Set.of()));
        document.external(new Schedule(AMSTERDAM, theirs));

        assertEquals(List.of("xmas", "kingsday"), model.daysOff().stream().map(DayOffRow::uid).toList());
        assertEquals("Public holiday", model.daysOff().get(1).reason());
        assertEquals(List.of("deep", "sat"), model.dated().stream().map(DatedRow::uid).toList());
        DatedRow focus = model.dated().get(0);
        assertEquals("22:00–1:00 (next day)", focus.times());
        assertEquals("All channels", focus.channels());
        assertEquals("Focus", focus.kind());
        assertEquals("Phone, Email", model.dated().get(1).channels());
    }

    @Test
    void undoTakesTheAddedDayOffAwayAndRedoBringsItBack() {
        assertFalse(model.undoState().canUndoProperty().get());
        model.addDayOff();
        model.dayOffForm().firstProperty().set(LocalDate.of(2026, 11, 27));
        assertTrue(model.saveDayOff());
        assertTrue(model.undoState().canUndoProperty().get());
        assertEquals("Undo: add (Ctrl+Z)", model.undoState().undoTextProperty().get());

        model.undo();
        assertEquals(List.of("xmas"), model.daysOff().stream().map(DayOffRow::uid).toList());
        assertFalse(document.current().entries().stream().anyMatch(e -> e.uid().equals("new-1")));
        assertFalse(model.undoState().canUndoProperty().get());
        assertTrue(model.undoState().canRedoProperty().get());
        model.redo();
        assertEquals(List.of("new-1", "xmas"), model.daysOff().stream().map(DayOffRow::uid).toList());
    }

    @Test
    void anEditReplacesTheEntryAndADeleteSaysUndoBringsItBack() {
        model.edit(model.daysOff().get(0));
        DayOffFormViewModel form = model.dayOffForm();
        assertEquals("Kerstvakantie", form.summaryProperty().get());
        assertEquals(LocalDate.of(2027, 1, 4), form.backOnProperty().get());
        form.standInProperty().set("Joost, 06 87654321");
        assertTrue(model.saveDayOff());
        assertEquals("Joost, 06 87654321", ((DayOff) find("xmas")).standIn());
        assertEquals(3, document.current().entries().size(), "replaced, not added");

        model.delete(model.daysOff().get(0));
        assertTrue(model.daysOff().isEmpty());
        assertEquals("Deleted: Thu 24 Dec – Fri 1 Jan 2027. Undo brings it back.", model.messageProperty().get());
        model.undo();
        assertEquals("Joost, 06 87654321", ((DayOff) find("xmas")).standIn());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void anExtraWindowNeedsAChannelAndAcceptsTimesAsPeopleTypeThem() {
        model.addExtraWindow();
        DatedFormViewModel form = model.datedForm();
        form.dateProperty().set(LocalDate.of(2026, 12, 12));
        form.fromProperty().set("9.00");
        form.toProperty().set("12");
        assertEquals("Pick at least one channel that is reachable in this window.", form.problemProperty().get());
        assertFalse(model.saveDated());

        form.toProperty().set("half een");
        assertEquals("“half een” is not a time; type it like 9:00 or 14.30.", form.problemProperty().get());
        form.toProperty().set("09:30");
        form.fromProperty().set("22:00");
        form.channels().setAll("phone");
        assertEquals("ends the next day", form.timesHintProperty().get());
        form.toProperty().set("12:30");
        form.fromProperty().set("9.00");
        assertEquals("", form.timesHintProperty().get());
        assertTrue(model.saveDated());

        ExtraWindow window = (ExtraWindow) find("new-1");
        assertEquals(new Dated(LocalDateTime.of(2026, 12, 12, 9, 0), LocalDateTime.of(2026, 12, 12, 12, 30)),
                window.when());
        assertEquals(Set.of("phone"), window.channels());
        assertEquals(List.of("sat", "new-1"), model.dated().stream().map(DatedRow::uid).toList());
    }

    @Test
    void aOneOffFocusBlockCoversAllChannelsOrTheOnesPicked() {
        model.addFocus();
        DatedFormViewModel form = model.datedForm();
        assertTrue(form.allChannelsProperty().get());
        form.fromProperty().set("13:00");
        form.toProperty().set("17:00");
        assertTrue(model.saveDated());
        FocusBlock block = (FocusBlock) find("new-1");
        assertTrue(block.coversAllChannels());
        assertEquals(new Dated(LocalDateTime.of(2026, 11, 26, 13, 0), LocalDateTime.of(2026, 11, 26, 17, 0)),
                block.when());

        model.edit(model.dated().get(0));
        form.allChannelsProperty().set(false);
        assertEquals("Pick the channels that are off, or all channels.", form.problemProperty().get());
        form.channels().setAll("email");
        assertTrue(model.saveDated());
        assertEquals(Set.of("email"), find("new-1").channels());
    }

    @Test
    void dutchDatesReadAsADutchPersonWritesThem() {
        DaysOffViewModel dutch = model("nl");
        DayOffRow row = dutch.daysOff().get(0);
        assertEquals("do 24 dec – vr 1 jan 2027", row.dates());
        assertEquals("Vakantie", row.reason());
        assertEquals("ma 4 jan 2027", row.backOn());
        assertEquals("Eerdere vrije dagen tonen (1)", dutch.pastFold().titleProperty().get());
        assertEquals("za 5 dec 2026", dutch.dated().get(0).date());
        assertEquals("Telefoon, E-mail", dutch.dated().get(0).channels());
    }

    @Test
    void typedTimesAndDates() {
        assertEquals(java.time.LocalTime.of(9, 0), org.reachable.ui.TimeText.parse("9").orElseThrow());
        assertEquals(java.time.LocalTime.of(9, 0), org.reachable.ui.TimeText.parse("09:00").orElseThrow());
        assertEquals(java.time.LocalTime.of(9, 30), org.reachable.ui.TimeText.parse("9.30").orElseThrow());
        assertEquals(java.time.LocalTime.of(14, 30), org.reachable.ui.TimeText.parse("1430").orElseThrow());
        assertTrue(org.reachable.ui.TimeText.parse("25:00").isEmpty());
        DayTexts texts = new DayTexts(Locale.forLanguageTag("nl"));
        assertEquals(LocalDate.of(2026, 12, 24), texts.parseDate("24-12-2026").orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 24), texts.parseDate("2026-12-24").orElseThrow());
        assertEquals("24-12-2026", DayTexts.typedForm(LocalDate.of(2026, 12, 24)));
    }

    private ScheduleEntry find(String uid) {
        return document.current().entries().stream().filter(e -> e.uid().equals(uid)).findFirst().orElseThrow();
    }
}
