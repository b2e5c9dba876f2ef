package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;

/** A broken schedule.ics is named with its line and reason in the reader's language, not only in English. */
class IcsProblemWordsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ProblemWords DUTCH = ProblemWords.in(Locale.forLanguageTag("nl-NL"));

    private static String calendar(String... event) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n" + String.join("\r\n", event)
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private static StoreException failure(String text) {
        return assertThrows(StoreException.class, () -> IcsCodec.read(text, "schedule.ics", AMSTERDAM));
    }

    @Test
    void anImpossibleMonthIsExplainedInDutchAndInEnglish() {
        StoreException e = failure(calendar("UID:focus-1", "SUMMARY:Diep werk",
                "DTSTART;TZID=Europe/Amsterdam:20261301T090000", "DTEND;TZID=Europe/Amsterdam:20261301T110000"));
        assertEquals(ProblemKind.ICS_EVENT, e.problem().kind());
        assertEquals("DTSTART", e.problem().field());
        assertEquals(7, e.line());
        assertEquals("schedule.ics regel 7: afspraak “Diep werk”: DTSTART \"20261301T090000\" is geen geldige "
                + "datum met tijd: er is geen maand 13", DUTCH.message(e));
        assertEquals("schedule.ics line 7: event \"Diep werk\": DTSTART \"20261301T090000\" is not a valid "
                + "date-time: there is no month 13", e.getMessage());
    }

    @Test
    void aDayThatIsNotInTheMonthNamesTheMonthInDutch() {
        StoreException e = failure(calendar("UID:off-1", "DTSTART;VALUE=DATE:20260230", "DTEND;VALUE=DATE:20260302"));
        assertEquals("schedule.ics regel 6: afspraak met UID \"off-1\": DTSTART \"20260230\" is geen geldige datum: "
                + "februari 2026 heeft geen dag 30", DUTCH.message(e));
        assertEquals("schedule.ics line 6: event with UID \"off-1\": DTSTART \"20260230\" is not a valid date: "
                + "February 2026 has no day 30", e.getMessage());
    }

    @Test
    void aRepeatRuleReachableCannotHoldSaysSoInDutch() {
        StoreException e = failure(calendar("UID:w-1", "DTSTART;TZID=Europe/Amsterdam:20260105T090000",
                "DTEND;TZID=Europe/Amsterdam:20260105T110000", "RRULE:FREQ=MONTHLY", "TRANSP:OPAQUE"));
        assertEquals("RRULE", e.problem().field());
        assertEquals("schedule.ics regel 8: afspraak met UID \"w-1\": de afspraak herhaalt zich elke maand (FREQ=MONTHLY); "
                + "Reachable kan alleen afspraken bewaren die zich elke week op bepaalde dagen herhalen "
                + "(RRULE:FREQ=WEEKLY;BYDAY=MO,WE) of die één keer plaatsvinden", DUTCH.message(e));
    }

    @Test
    void aLineThatIsNotICalendarSyntaxIsNamedInDutch() {
        StoreException e = failure("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis line has no colon\r\nEND:VCALENDAR\r\n");
        assertEquals(3, e.line());
        assertEquals("schedule.ics regel 3: de regel \"this line has no colon\" heeft geen \":\"; elke regel hoort "
                + "te luiden als NAAM:waarde of NAAM;PARAMETER=x:waarde", DUTCH.message(e));
    }

    @Test
    void aFileCutOffSaysSoInDutch() {
        StoreException e = failure("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n");
        assertEquals(ProblemKind.ICS_CUT_OFF_COMPONENT, e.problem().kind());
        assertEquals("schedule.ics regel 4: het bestand eindigt midden in de VEVENT die op regel 3 begint; het lijkt "
                + "afgebroken (maar voor een deel opgeslagen). Zet de reservekopie (schedule.ics.bak) terug of sla "
                + "de agenda opnieuw op", DUTCH.message(e));
    }
}
