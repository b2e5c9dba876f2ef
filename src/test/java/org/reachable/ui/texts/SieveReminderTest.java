package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.MemorySettingsStore;

/**
 * The Texts page reminds the user to copy and upload the Sieve script again once the schedule has
 * changed since it was copied (issue 11), and not because time passed: plain JUnit over the app's
 * real text wiring, a clock that only moves when the test moves it.
 */
class SieveReminderTest {

    /** Monday 23 November 2026, 10:00 in Amsterdam, moved only by the test. */
    private final FakeTime clock = new FakeTime(Instant.parse("2026-11-23T09:00:00Z"), SnippetWeek.AMSTERDAM);
    private final MemorySettingsStore store = new MemorySettingsStore(SnippetWeek.settings("nl"));
    private volatile Workspace.Loaded data = new Workspace.Loaded(store.settings, SnippetWeek.schedule(),
            Optional.empty());
    private TextTemplates templates;

    private TextsViewModel page(String screen) {
        templates = new TextTemplates(new MustacheRenderer(), () -> data, store, clock, saved -> {
            data = new Workspace.Loaded(saved, data.schedule(), data.override());
            templates.reloaded();
        }, Locale.forLanguageTag(screen));
        TextsViewModel page = new TextsViewModel(TextsView.bundle(Locale.forLanguageTag(screen)), templates, "nl",
                templates, null, clock);
        page.targetProperty().set(Target.AUTOREPLY);
        page.formatProperty().set(Format.SIEVE);
        return page;
    }

    @Test
    void aScheduleChangeAfterTheCopyAsksForANewCopyButTimePassingDoesNot() {
        TextsViewModel page = page("nl");
        assertEquals("", page.validityProperty().get(), "never copied: nothing to remind");
        assertNotNull(page.copy());
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), store.settings.preferences().sieveCopied().at(),
                "remembered in settings.json");
        assertEquals("nl", store.settings.preferences().sieveCopied().language());
        assertEquals("", page.validityProperty().get());

        clock.advance(Duration.ofDays(10)); // the year ahead moved on: a script made now differs
        page.refresh();
        assertEquals("", page.validityProperty().get(), "the copy on the server is still right");

        data = new Workspace.Loaded(data.settings(), withDayOff(data.schedule(), LocalDate.of(2026, 12, 18)),
                data.override());
        page.refresh();
        assertEquals("Je schema is veranderd sinds je het Sieve-script op maandag 23 november 2026 kopieerde: de "
                + "mailserver stuurt nog de oude antwoorden. Kopieer het script opnieuw en upload het.",
                page.validityProperty().get());
        page.formatProperty().set(Format.TEXT);
        assertTrue(page.validityProperty().get().startsWith("Je schema is veranderd"), "said beside the text too");
        page.languageProperty().set("en");
        assertEquals("", page.validityProperty().get(), "the English script was never copied");

        page.languageProperty().set("nl");
        page.formatProperty().set(Format.SIEVE);
        page.copy();
        assertEquals("", page.validityProperty().get(), "copied again: right again");
        assertEquals(Instant.parse("2026-12-03T09:00:00Z"), store.settings.preferences().sieveCopied().at());
    }

    @Test
    void theScriptToCompareIsMadeOffThePagesThreadAndThePageAsksAgainWhenItIsReady() {
        TextsViewModel page = page("nl");
        page.copy();
        List<Runnable> work = new ArrayList<>();
        templates.makeScriptsOn(work::add, page::refresh);
        data = new Workspace.Loaded(data.settings(), withDayOff(data.schedule(), LocalDate.of(2026, 12, 18)),
                data.override());
        page.refresh();
        assertEquals("", page.validityProperty().get(), "not made yet: nothing said, nothing waited for");
        assertEquals(1, work.size(), "one script to make");
        page.refresh();
        assertEquals(1, work.size(), "asked again while it is being made: not made twice");
        work.remove(0).run();
        assertTrue(page.validityProperty().get().startsWith("Je schema is veranderd"), page.validityProperty().get());
        assertEquals(List.of(), work, "made once, then kept");
    }

    @Test
    void theReminderSpeaksTheScreensLanguage() {
        TextsViewModel page = page("en");
        page.copy();
        data = new Workspace.Loaded(data.settings(), withDayOff(data.schedule(), LocalDate.of(2026, 12, 18)),
                data.override());
        page.refresh();
        assertEquals("Your schedule changed since you copied the Sieve script on Monday 23 November 2026: the mail "
                + "server still sends the old replies. Copy the script again and upload it.",
                page.validityProperty().get());
    }

    @Test
    void aChangeTheScriptDoesNotShowAsksForNothing() {
        TextsViewModel page = page("nl");
        page.copy();
        // a day off long after the year the script covers changes the schedule, not the script
        data = new Workspace.Loaded(data.settings(), withDayOff(data.schedule(), LocalDate.of(2028, 6, 1)),
                data.override());
        page.refresh();
        assertEquals("", page.validityProperty().get());
    }

    private static Schedule withDayOff(Schedule schedule, LocalDate day) {
        List<ScheduleEntry> entries = new ArrayList<>(schedule.entries());
        entries.add(new DayOff("dayoff-" + day + "@test", "Vrij", day, day, DayOffReason.OTHER, "", null, false));
        return new Schedule(schedule.zone(), entries);
    }
}
