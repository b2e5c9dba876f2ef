package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Subscription;

/** Days off says, per calendar imported from an address, when the tray last refreshed it, how often, and what it kept. */
class SubscriptionLinesTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T11:00:00Z"), AMSTERDAM);
    static final String URL = "https://example.com/holidays.ics";

    private final DayOff xmas = DayOff.of("import-1a2b3c4d-xmas", LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26),
            org.reachable.domain.model.DayOffReason.HOLIDAY);
    private final DayOff nye = DayOff.of("import-1a2b3c4d-nye", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31),
            org.reachable.domain.model.DayOffReason.HOLIDAY);

    private String line(String language, Subscription s, Schedule schedule) {
        SubscriptionLines lines = new SubscriptionLines(DaysOffView.bundle(Locale.forLanguageTag(language)), CLOCK);
        lines.show(List.of(s), schedule);
        return lines.textProperty().get();
    }

    @Test
    void itSaysWhenItWasLastRefreshedHowOftenAndWhatTheUserKept() {
        DayOff renamed = new DayOff(xmas.uid(), "Kerst bij oma", xmas.first(), xmas.last(), xmas.reason(), "", null, false);
        Subscription s = new Subscription(URL, "DAYS_OFF", List.of(), Instant.parse("2026-12-07T09:00:00Z"), 7200, 0,
                "", Map.of(xmas.uid(), Subscription.fingerprint(xmas), nye.uid(), Subscription.fingerprint(nye)));
        Schedule schedule = new Schedule(AMSTERDAM, List.of(renamed, nye));
        assertEquals("Geabonneerd op " + URL + ": laatst ververst op 7 december om 10.00 uur; Reachable importeert hem"
                + " elke 2 uur opnieuw zolang de app draait. 1 onderdeel dat je hier wijzigde blijft zoals jij het maakte.",
                line("nl", s, schedule));
        assertEquals("Subscribed to " + URL + ": last refreshed 7 December at 10:00; Reachable imports it again every"
                + " 2 hours while the app runs. 1 entry you changed here stays as you made it.", line("en", s, schedule));
    }

    @Test
    void failuresAndTheDefaultIntervalAreSaidAndNoSubscriptionsSayNothing() {
        Subscription s = new Subscription(URL, "DAYS_OFF", List.of(), Instant.parse("2026-12-07T09:00:00Z"), 0, 2,
                "404", Map.of(nye.uid(), Subscription.fingerprint(nye)));
        Schedule schedule = new Schedule(AMSTERDAM, List.of(nye));
        assertEquals("Geabonneerd op " + URL + ": laatst ververst op 7 december om 10.00 uur; Reachable importeert hem"
                + " elke 6 uur opnieuw zolang de app draait. De laatste 2 pogingen mislukten; Reachable probeert het straks"
                + " opnieuw.", line("nl", s, schedule));
        assertEquals("Subscribed to " + URL + ": last refreshed 7 December at 10:00; Reachable imports it again every"
                + " 6 hours while the app runs. The last 2 tries failed; Reachable tries again in a while.",
                line("en", s, schedule));
        SubscriptionLines none = new SubscriptionLines(DaysOffView.bundle(Locale.ENGLISH), CLOCK);
        none.show(List.of(), schedule);
        assertEquals("", none.textProperty().get());
    }
}
