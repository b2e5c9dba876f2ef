package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.service.CalendarImporter;

/** The Import… dialog's model, without a toolkit: preview, import as one undo step, errors in the screen's words. */
class ImportViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);
    private static final String TEAM = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:xmas@example.com", "SUMMARY:Christmas", "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261227", "END:VEVENT", "BEGIN:VEVENT", "UID:review@example.com",
            "SUMMARY:Design review", "DTSTART;TZID=Europe/Amsterdam:20261210T140000",
            "DTEND;TZID=Europe/Amsterdam:20261210T160000", "END:VEVENT", "END:VCALENDAR", "");

    private final Map<String, String> files = new HashMap<>();
    private final CalendarSource source = given -> {
        String text = files.get(given);
        if (text == null) {
            throw new StoreException(Problem.of(ProblemKind.IMPORT_NOT_FOUND, given));
        }
        return new CalendarSource.Fetched(text.getBytes(StandardCharsets.UTF_8), given, given, true);
    };
    private final ScheduleDocument document = new ScheduleDocument(Schedule.empty(AMSTERDAM));

    private ImportViewModel model(Locale locale) {
        ResourceBundle bundle = DaysOffView.bundle(locale);
        return new ImportViewModel(bundle, document, new CalendarImporter(source, new IcsImport()), List::of, CLOCK,
                Runnable::run, Runnable::run);
    }

    @Test
    void thePreviewSaysWhatWouldBeAddedAndChangesNothing() {
        files.put("https://example.com/team.ics", TEAM);
        ImportViewModel vm = model(Locale.ENGLISH);
        vm.sourceProperty().set("https://example.com/team.ics");
        vm.preview();
        assertEquals("2 to add, 0 to change, 0 to remove, 0 unchanged.", vm.summaryProperty().get());
        assertTrue(vm.lines().contains("+ Day off · Thu 24 Dec 2026 – Sat 26 Dec 2026 · Christmas"), vm.lines().toString());
        assertTrue(vm.lines().contains("+ Focus block · Thu 10 Dec 2026 14:00–16:00 · Design review"),
                vm.lines().toString());
        assertTrue(vm.canImportProperty().get());
        assertTrue(document.current().entries().isEmpty(), "a preview writes nothing");
    }

    @Test
    void importingIsOneEditThatUndoTakesBack() {
        files.put("https://example.com/team.ics", TEAM);
        ImportViewModel vm = model(Locale.ENGLISH);
        vm.sourceProperty().set("https://example.com/team.ics");
        vm.preview();
        java.util.List<String> remembered = new java.util.ArrayList<>();
        vm.rememberWith((plan, as) -> remembered.add(plan.source() + " " + as));
        assertTrue(vm.importNow());
        assertEquals(2, document.current().entries().size());
        assertFalse(vm.canImportProperty().get());
        assertEquals(java.util.List.of("https://example.com/team.ics DAYS_OFF_AND_FOCUS"), remembered,
                "an address is kept as a subscription, for the tray to refresh");

        vm.preview();
        assertEquals("0 to add, 0 to change, 0 to remove, 2 unchanged.", vm.summaryProperty().get());
        assertFalse(vm.canImportProperty().get(), "nothing to import the second time");

        assertTrue(document.undo());
        assertTrue(document.current().entries().isEmpty());
    }

    @Test
    void aFailureIsSaidInTheScreensLanguage() {
        ImportViewModel vm = model(Locale.forLanguageTag("nl"));
        vm.sourceProperty().set("https://example.com/gone.ics");
        vm.preview();
        assertTrue(vm.errorProperty().get().contains("staat niet op de server (404)"), vm.errorProperty().get());
        assertFalse(vm.canImportProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void noSourceAsksForOne() {
        ImportViewModel vm = model(Locale.ENGLISH);
        vm.preview();
        assertEquals("Choose a file or type an address first.", vm.errorProperty().get());
    }

    @Test
    void typingAnotherAddressDropsThePreview() {
        files.put("https://example.com/team.ics", TEAM);
        ImportViewModel vm = model(Locale.ENGLISH);
        vm.sourceProperty().set("https://example.com/team.ics");
        vm.preview();
        vm.sourceProperty().set("https://example.com/other.ics");
        assertFalse(vm.canImportProperty().get());
        assertTrue(vm.lines().isEmpty());
    }
}
