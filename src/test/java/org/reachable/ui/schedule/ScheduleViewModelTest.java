package org.reachable.ui.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/** The week editor's state without a toolkit: what the grid and the table would show after each edit. */
class ScheduleViewModelTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), AMSTERDAM);
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    static Schedule week() {
        return new Schedule(AMSTERDAM, List.of(
                new ReachableWindow("m", "Bereikbaar", Weekly.of(EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY,
                        FRIDAY), TimeRange.of("09:00", "11:00")), Set.of("phone", "email")),
                new FocusBlock("f", "Focus", Weekly.of(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00")),
                        Set.of())));
    }

    private int uids;
    private final ScheduleDocument document = new ScheduleDocument(week());
    private final ScheduleViewModel model = model(DUTCH);

    private ScheduleViewModel model(Locale locale) {
        ScheduleViewModel vm = new ScheduleViewModel(ResourceBundle.getBundle("org.reachable.ui.schedule.ScheduleView",
                locale), locale, document, CLOCK, () -> "new-" + ++uids);
        vm.setChannels(Settings.defaultChannels(locale.getLanguage()));
        return vm;
    }

    private WeekBlock block(String uid, java.time.DayOfWeek day) {
        return model.page().blocks().stream().filter(b -> b.uid().equals(uid) && b.day() == day).findFirst().orElseThrow();
    }

    @Test
    void eachDayOfAWeeklyEntryIsABlockAndEachEntryARow() {
        assertEquals(6, model.page().blocks().size());
        WeekBlock monday = block("m", MONDAY);
        assertEquals(540, monday.startMinute());
        assertEquals(660, monday.endMinute());
        assertEquals("Bereikbaar", monday.label());
        assertEquals("T · E", monday.channels(), "initials in the user's channel order");
        assertEquals("Bereikbaar, maandag 9.00–11.00 uur: Telefoon en E-mail", monday.description());
        assertEquals("Alles", block("f", WEDNESDAY).channels());
        assertEquals(2, model.page().rows().size());
        assertEquals("ma t/m vr", model.page().rows().get(0).daysText());
        assertEquals("alle kanalen", model.page().rows().get(1).channelsText());
    }

    @Test
    void theTableSaysTheRuleOfASeriesACalendarAppChangedAndUndoTakesItBack() {
        document.apply(org.reachable.domain.edit.OnceEdits.everyWeeks(document.current(), "f", 2));
        document.apply(org.reachable.domain.edit.OnceEdits.skip(document.current(), "f",
                java.time.LocalDate.of(2026, 12, 2)));
        assertEquals("om de week op woensdag; 1 keer overgeslagen", model.page().rows().get(1).daysText());
        document.undo();
        document.undo();
        assertEquals("wo", model.page().rows().get(1).daysText());
    }

    @Test
    void drawingCreatesAWindowWithTheToolbarsChannelsAndSelectsIt() {
        model.page().newChannels().setAll("whatsapp");
        model.create(SUNDAY, 22 * 60, 26 * 60); // dragged past midnight
        WeekBlock created = block("new-1", SUNDAY);
        assertEquals(1320, created.startMinute());
        assertEquals(1560, created.endMinute(), "crosses into Monday");
        assertEquals("W", created.channels());
        assertEquals(new BlockKey("new-1", SUNDAY), model.page().selectedProperty().get());
        assertEquals(TimeRange.of("22:00", "02:00"),
                WeekEdits.weekly(WeekEdits.find(document.current(), "new-1")).times());
    }

    @Test
    void aFocusBlockDrawnHasNoChannelsAWindowWithoutChannelsIsRefused() {
        model.page().newChannels().clear();
        model.create(TUESDAY, 600, 720);
        assertEquals("Kies eerst in de werkbalk minstens één kanaal voor nieuwe vensters.",
                model.problemProperty().get());
        assertEquals(6, model.page().blocks().size(), "nothing drawn");
        model.page().newKindProperty().set(EntryKind.FOCUS);
        model.create(TUESDAY, 600, 720);
        assertEquals(Set.of(), WeekEdits.find(document.current(), "new-1").channels());
        assertEquals("", model.problemProperty().get());
    }

    @Test
    void movingToAnotherDayResizingAndUndoingAllShowInTheBlocks() {
        model.move("m", MONDAY, SUNDAY, 600);
        assertTrue(model.page().blocks().stream().noneMatch(b -> b.uid().equals("m") && b.day() == MONDAY));
        WeekBlock sunday = model.page().blocks().stream().filter(b -> b.day() == SUNDAY).findFirst().orElseThrow();
        assertEquals(600, sunday.startMinute());
        assertEquals(720, sunday.endMinute(), "the length stays two hours");
        model.resize("f", WEDNESDAY, 13 * 60, 18 * 60);
        assertEquals(1080, block("f", WEDNESDAY).endMinute());
        assertTrue(model.undoState().canUndoProperty().get());
        assertEquals("Ongedaan maken: tijd aanpassen (Ctrl+Z)", model.undoState().undoTextProperty().get());

        model.undo();
        assertEquals(1020, block("f", WEDNESDAY).endMinute());
        model.undo();
        assertEquals(540, block("m", MONDAY).startMinute());
        assertFalse(model.undoState().canUndoProperty().get());
        assertEquals("Opnieuw: verplaatsen (Ctrl+Shift+Z)", model.undoState().redoTextProperty().get());
        model.redo();
        assertTrue(model.page().blocks().stream().anyMatch(b -> b.day() == SUNDAY));
    }

    @Test
    void theFormEditsEveryDayOfTheEntryAndSaysWhatIsWrong() {
        EntryFormViewModel form = model.edit("m");
        assertEquals("09:00", form.startProperty().get());
        assertTrue(form.dayProperty(FRIDAY).get());
        form.startProperty().set("negen");
        assertEquals("Schrijf een tijd als 9:00 of 13.30", form.timesErrorProperty().get());
        assertFalse(model.commit(form), "nothing saved while wrong");
        form.startProperty().set("8.30");
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            form.dayProperty(day).set(false);
        }
        assertEquals("Kies minstens één dag.", form.daysErrorProperty().get());
        form.dayProperty(MONDAY).set(true);
        form.dayProperty(THURSDAY).set(true);
        form.channels().clear();
        assertEquals("Kies minstens één kanaal: een venster zonder kanaal maakt je nergens bereikbaar.",
                form.channelsErrorProperty().get());
        form.kindProperty().set(EntryKind.FOCUS);
        assertEquals("", form.channelsErrorProperty().get(), "a focus block without channels turns everything off");
        form.kindProperty().set(EntryKind.WINDOW);
        form.channels().setAll("sms");
        assertTrue(model.commit(form));
        ReachableWindow changed = (ReachableWindow) WeekEdits.find(document.current(), "m");
        assertEquals(EnumSet.of(MONDAY, THURSDAY), changed.when().days());
        assertEquals(TimeRange.of("08:30", "11:00"), changed.when().times());
        assertEquals(Set.of("sms"), changed.channels());
    }

    @Test
    void aNewEntryWithNothingChosenStartsToday() {
        assertEquals(EnumSet.of(THURSDAY), model.newEntry().chosenDays(), "26 November 2026 is a Thursday");
    }

    @Test
    void aNewEntryFromTheFormStartsOnTheSelectedDay() {
        model.page().selectedProperty().set(new BlockKey("f", WEDNESDAY));
        model.page().newKindProperty().set(EntryKind.FOCUS);
        EntryFormViewModel form = model.newEntry();
        assertEquals(EnumSet.of(WEDNESDAY), form.chosenDays());
        form.startProperty().set("20:00");
        form.endProperty().set("24:00");
        assertTrue(model.commit(form));
        assertEquals(TimeRange.of("20:00", "00:00"), WeekEdits.weekly(WeekEdits.find(document.current(), "new-1")).times());
    }

    @Test
    void tableCellsChangeTimesAndDescriptionWithAMessageForWrongInput() {
        assertFalse(model.changeTimes("f", "13:00", "13:00"));
        assertEquals("Begin en eind zijn gelijk; een blok duurt minstens een kwartier.", model.problemProperty().get());
        assertTrue(model.changeTimes("f", "12", "1630"));
        assertEquals(TimeRange.of("12:00", "16:30"), WeekEdits.weekly(WeekEdits.find(document.current(), "f")).times());
        assertTrue(model.rename("f", "Schrijven"));
        assertEquals("Schrijven", model.page().rows().get(1).summary());
    }

    @Test
    void deletingOneDayOrTheWholeEntryAndCopyingToOtherDays() {
        model.duplicate("f", EnumSet.of(FRIDAY));
        assertEquals(7, model.page().blocks().size());
        model.deleteDay("f", WEDNESDAY);
        assertEquals(6, model.page().blocks().size());
        model.delete("m");
        assertEquals(1, model.page().blocks().size());
        assertEquals(FRIDAY, model.page().blocks().get(0).day());
    }

    @Test
    void anOutsideChangeShowsAtOnceAndAClashWaitsForTheUser() {
        Schedule base = document.current();
        model.resize("f", WEDNESDAY, 13 * 60, 18 * 60); // not saved yet
        Schedule theirs = new WeekEdits(() -> "x").resize(base, "f", WEDNESDAY, TimeRange.of("14:00", "17:00"))
                .applyTo(base);
        model.external(theirs);
        assertEquals(1, model.conflicts().size());
        assertEquals("Focus, wo 14.00–17.00 uur: alle kanalen", model.describe(model.conflicts().get(0).theirs()));
        assertEquals(1080, block("f", WEDNESDAY).endMinute(), "mine until the user chooses");
        model.resolve(model.conflicts().get(0), true);
        assertEquals(840, block("f", WEDNESDAY).startMinute());
        assertTrue(model.conflicts().isEmpty());
    }

    @Test
    void englishUsersInTheUsSeeTheirOwnWords() {
        ScheduleViewModel english = model(Locale.US);
        assertEquals(SUNDAY, english.firstDay());
        WeekBlock monday = english.page().blocks().get(0);
        assertEquals("Reachable", monday.label());
        assertEquals("P · E", monday.channels());
        assertTrue(monday.description().startsWith("Reachable, Monday 9–11 am"), monday.description());
    }

    @Test
    void theSummarySaysThisWeeksHoursAndTheNextChange() {
        // Thursday 26 November 10:00 in Amsterdam, inside the morning window
        assertEquals(List.of("Bereikbaar: Telefoon 10 uur · E-mail 10 uur · WhatsApp Business niet bereikbaar"
                + " · Sms niet bereikbaar", "Focus: 4 uur", "Volgende wissel: vandaag 11.00 uur"), model.page().summary());
        model.resize("f", WEDNESDAY, 13 * 60, 17 * 60 + 30);
        assertEquals("Focus: 4 uur 30 min", model.page().summary().get(1));
    }

    @Test
    void warningsNameAWindowAFocusBlockSwallowsAndMarkItsBlock() {
        assertEquals(List.of("WhatsApp Business zit in geen enkel venster: klanten weten niet wanneer ze je zo"
                + " kunnen bereiken.", "Sms zit in geen enkel venster: klanten weten niet wanneer ze je zo kunnen"
                + " bereiken."), model.page().warnings());
        model.resize("f", WEDNESDAY, 8 * 60, 17 * 60);
        assertEquals("Het venster 9.00–11.00 uur op wo valt helemaal in een focusblok: dan ben je dus nooit"
                + " bereikbaar.", model.page().warnings().get(0));
        assertTrue(block("m", WEDNESDAY).warning());
        assertFalse(block("m", MONDAY).warning());
        assertTrue(block("m", WEDNESDAY).description().endsWith("nooit bereikbaar: een focusblok valt eroverheen"));
    }

    @Test
    void aPresetReplacesTheWeekInOneEditThatUndoes() {
        model.applyPreset(org.reachable.domain.service.Presets.Preset.MORNINGS);
        assertEquals(2, model.page().rows().size());
        assertEquals("9.00–12.00 uur", model.page().rows().get(0).timesText());
        assertEquals("Ongedaan maken: voorbeeldweek (Ctrl+Z)", model.undoState().undoTextProperty().get());
        model.undo();
        assertEquals(week(), document.current());
        List<List<org.reachable.domain.model.Channel>> added = new java.util.ArrayList<>();
        model.setAddChannels(added::add);
        model.applyPreset(org.reachable.domain.service.Presets.Preset.URGENT_PHONE);
        assertEquals("Spoedlijn", added.get(0).get(0).name("nl"));
        assertEquals("Kanaal Spoedlijn toegevoegd; vul het nummer in bij Kanalen.", model.problemProperty().get());
    }

    @Test
    void aBrokenFileIsNamedOnThePageUntilItReadsAgain() {
        model.fileProblem("schedule.ics line 4: the file ends in the middle of a VEVENT.");
        assertTrue(model.fileProblemProperty().get().startsWith("Het schemabestand is niet te lezen: schedule.ics"
                + " line 4"), model.fileProblemProperty().get());
        assertTrue(model.fileProblemProperty().get().contains("schedule.ics.broken-"));
        model.fileProblem(null);
        assertEquals("", model.fileProblemProperty().get());
    }

    @Test
    void aQuestionOvertakenByANewerOutsideChangeIsDroppedNotAnsweredWrongly() {
        Schedule base = document.current();
        model.resize("f", WEDNESDAY, 13 * 60, 18 * 60); // mine, not saved yet
        WeekEdits other = new WeekEdits(() -> "x");
        model.external(other.resize(base, "f", WEDNESDAY, TimeRange.of("14:00", "17:00")).applyTo(base));
        assertEquals(1, model.conflicts().size());
        Merge.Conflict asked = model.conflicts().get(0);
        document.saved(document.current()); // the auto-save writes mine meanwhile
        Schedule saved = document.current();
        model.external(other.resize(saved, "f", WEDNESDAY, TimeRange.of("07:00", "11:00")).applyTo(saved));
        assertTrue(model.conflicts().isEmpty(), "the waiting question no longer describes the file");
        model.resolve(asked, true); // the open dialog is answered anyway
        assertEquals(TimeRange.of("07:00", "11:00"), WeekEdits.weekly(WeekEdits.find(document.current(), "f")).times(),
                "the newest version stands");
    }
}
