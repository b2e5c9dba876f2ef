package org.reachable.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reachable.domain.text.Weeks.AMSTERDAM;
import static org.reachable.domain.text.Weeks.THURSDAY_26_NOVEMBER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientZoneTest {

    private static final Words NL = Words.dutch();
    private static final Words GB = Words.english();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final List<ClockRange> MORNING = List.of(ClockRange.of("09:00", "11:00"));
    private static final List<ClockRange> TWICE = List.of(ClockRange.of("09:00", "11:00"),
            ClockRange.of("16:00", "18:00"));

    @Test
    void aLondonClientSeesTheirOwnClockInBrackets() {
        assertEquals("9.00–11.00 uur Nederlandse tijd (8.00–10.00 uur Britse tijd)",
                NL.timesWithClientZone(MORNING, AMSTERDAM, LONDON, THURSDAY_26_NOVEMBER));
        assertEquals("9:00–11:00 Amsterdam time (8:00–10:00 London time)",
                GB.timesWithClientZone(MORNING, AMSTERDAM, LONDON, THURSDAY_26_NOVEMBER));
    }

    @Test
    void aCityWithoutACountryClockIsNamedByPlace() {
        assertEquals("9.00–11.00 en 16.00–18.00 uur Nederlandse tijd (3.00–5.00 en 10.00–12.00 uur in New York)",
                NL.timesWithClientZone(TWICE, AMSTERDAM, NEW_YORK, THURSDAY_26_NOVEMBER));
    }

    @Test
    void theGapFollowsTheDateWhenSummerTimeStartsOnOtherDays() {
        // America moves its clocks on 8 March 2026, Europe on 29 March: five hours apart between
        LocalDate midMarch = LocalDate.of(2026, 3, 16);
        assertEquals("9:00–11:00 Amsterdam time (4:00–6:00 New York time)",
                GB.timesWithClientZone(MORNING, AMSTERDAM, NEW_YORK, midMarch));
    }

    @Test
    void aTimeThatFallsOnAnotherDayForTheClientSaysSo() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertEquals("9.00–11.00 en 16.00–18.00 uur Nederlandse tijd "
                + "(21.00–23.00 uur en 4.00–6.00 uur de volgende dag in Auckland)",
                NL.timesWithClientZone(TWICE, AMSTERDAM, auckland, THURSDAY_26_NOVEMBER));
        assertEquals("16:00–18:00 Amsterdam time (0:00–2:00 the next day, Tokyo time)",
                GB.timesWithClientZone(List.of(ClockRange.of("16:00", "18:00")), AMSTERDAM,
                        ZoneId.of("Asia/Tokyo"), THURSDAY_26_NOVEMBER));
    }

    @Test
    void whenBothClocksAgreeTheBracketsAreLeftOut() {
        assertEquals("9.00–11.00 uur Nederlandse tijd",
                NL.timesWithClientZone(MORNING, AMSTERDAM, ZoneId.of("Europe/Paris"), THURSDAY_26_NOVEMBER));
    }

    @Test
    void zonesAreNamedAsEachLanguageNamesThem() {
        assertEquals("Nederlandse tijd", NL.zoneName(AMSTERDAM));
        assertEquals("Surinaamse tijd", NL.zoneName(ZoneId.of("America/Paramaribo")));
        assertEquals("in Los Angeles", NL.zoneName(ZoneId.of("America/Los_Angeles")));
        assertEquals("Amsterdam time", GB.zoneName(AMSTERDAM));
        assertEquals("Curaçao time", GB.zoneName(ZoneId.of("America/Curacao")));
        assertEquals("UTC", GB.zoneName(ZoneOffset.UTC));
        assertEquals("UTC+05:30", NL.zoneName(ZoneOffset.ofHoursMinutes(5, 30)));
    }
}
