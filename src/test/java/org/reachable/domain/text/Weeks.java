package org.reachable.domain.text;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.ExampleWeek;

/** The weeks the text tests read, built so each test shows the week it is about. */
final class Weeks {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Thursday 26 November 2026. */
    static final LocalDate THURSDAY_26_NOVEMBER = LocalDate.of(2026, 11, 26);
    static final Set<DayOfWeek> WORKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private static final AtomicInteger UIDS = new AtomicInteger();

    private Weeks() {
    }

    /** Phone and e-mail Mon–Fri 9–11 and 16–18, WhatsApp 9–17, focus (all channels) Wed 13–17. */
    static Schedule example() {
        return ExampleWeek.create(AMSTERDAM, THURSDAY_26_NOVEMBER);
    }

    static Schedule schedule(ScheduleEntry... entries) {
        return new Schedule(AMSTERDAM, List.of(entries));
    }

    static ReachableWindow window(Set<DayOfWeek> days, String from, String to, String... channels) {
        return new ReachableWindow(uid(), null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    static FocusBlock focus(Set<DayOfWeek> days, String from, String to, String... channels) {
        return new FocusBlock(uid(), null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    static FocusBlock focusOnce(String from, String to, String... channels) {
        return new FocusBlock(uid(), null, new Dated(LocalDateTime.parse(from), LocalDateTime.parse(to)),
                Set.of(channels));
    }

    static Set<DayOfWeek> days(DayOfWeek... days) {
        return EnumSet.of(days[0], days);
    }

    private static String uid() {
        return "test-" + UIDS.incrementAndGet();
    }
}
