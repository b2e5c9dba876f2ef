package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.ScheduleEntry;

class ExampleWeekTest {

    private static List<String> summaries(String language) {
        return ExampleWeek.create(ZoneId.of("Europe/Amsterdam"), LocalDate.of(2026, 11, 26), language).entries()
                .stream().map(ScheduleEntry::summary).toList();
    }

    @Test
    void aDutchUsersExampleWeekIsDescribedInDutch() {
        assertEquals(List.of("Bereikbaar via telefoon en e-mail", "Bereikbaar via telefoon en e-mail",
                "WhatsApp Business", "Focus"), summaries("nl"));
        assertEquals(List.of("Reachable by phone and e-mail", "Reachable by phone and e-mail", "WhatsApp Business",
                "Focus"), summaries("en"));
    }
}
