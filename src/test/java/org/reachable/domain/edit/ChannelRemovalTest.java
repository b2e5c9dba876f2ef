package org.reachable.domain.edit;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

class ChannelRemovalTest {

    private final Schedule schedule = new Schedule(WeekEditsTest.AMSTERDAM, List.of(
            WeekEditsTest.mornings(), // phone and e-mail
            new ReachableWindow("w", "WhatsApp", Weekly.of(EnumSet.of(MONDAY), TimeRange.of("12:00", "13:00")),
                    Set.of("whatsapp")),
            new FocusBlock("p", "Geen telefoon", Weekly.of(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00")),
                    Set.of("phone")),
            new FocusBlock("all", "Focus", Weekly.of(EnumSet.of(WEDNESDAY), TimeRange.of("08:00", "09:00")),
                    Set.of())));

    @Test
    void anEntryLosesTheChannelAndOneThatHadOnlyItGoes() {
        assertEquals(2, ChannelRemoval.usage(schedule, "phone"));
        Schedule after = ChannelRemoval.edit(schedule, "phone").applyTo(schedule);
        assertEquals(Set.of("email"), WeekEdits.find(after, "m").channels());
        assertEquals(List.of("m", "w", "all"), after.entries().stream().map(ScheduleEntry::uid).toList(),
                "a focus block for the phone alone must not become a block for every channel");
        Schedule noWhatsApp = ChannelRemoval.edit(schedule, "whatsapp").applyTo(schedule);
        assertEquals(3, noWhatsApp.entries().size());
        assertEquals(0, ChannelRemoval.usage(schedule, "sms"));
        assertEquals(schedule, ChannelRemoval.edit(schedule, "sms").applyTo(schedule));
    }
}
