package org.reachable.domain.service;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/**
 * The starter week a newcomer sees (the article's advice): reachable by phone and e-mail two hours
 * at the start and two at the end of the day, WhatsApp 9:00–17:00, focus on Wednesday afternoon.
 */
public final class ExampleWeek {

    private ExampleWeek() {
    }

    public static Schedule create(ZoneId zone, LocalDate today) {
        return create(zone, today, "en");
    }

    /**
     * The example week with its descriptions in {@code language} ("nl" or "en"): they become the
     * user's own data, shown in the editor and in any calendar the schedule is exported to.
     */
    public static Schedule create(ZoneId zone, LocalDate today, String language) {
        boolean dutch = "nl".equals(language);
        String phoneAndEmail = dutch ? "Bereikbaar via telefoon en e-mail" : "Reachable by phone and e-mail";
        LocalDate since = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Set<DayOfWeek> workdays = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
        return new Schedule(zone, List.of(
                new ReachableWindow(uid(), phoneAndEmail,
                        new Weekly(workdays, TimeRange.of("09:00", "11:00"), since), Set.of("phone", "email")),
                new ReachableWindow(uid(), phoneAndEmail,
                        new Weekly(workdays, TimeRange.of("16:00", "18:00"), since), Set.of("phone", "email")),
                new ReachableWindow(uid(), "WhatsApp Business",
                        new Weekly(workdays, TimeRange.of("09:00", "17:00"), since), Set.of("whatsapp")),
                new FocusBlock(uid(), "Focus",
                        new Weekly(EnumSet.of(WEDNESDAY), TimeRange.of("13:00", "17:00"), since), Set.of())));
    }

    static String uid() {
        return UUID.randomUUID() + "@reachable";
    }
}
