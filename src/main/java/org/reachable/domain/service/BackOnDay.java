package org.reachable.domain.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.StatusResolver;

/**
 * The day someone is back after a day off, as the form proposes it. "The day after the last day"
 * reads wrong for a sick Friday in a Monday-to-Friday week ("back on Saturday"), so the proposal is
 * the first later day on which the week has a reachable window and no other day off runs.
 */
public final class BackOnDay {

    /**
     * How far to look: a window that only starts (Weekly.since) a few years ahead is not a week
     * anyone plans around now, and the search must end even then.
     */
    private static final int LOOK_AHEAD_DAYS = 3 * 366;

    private BackOnDay() {
    }

    /**
     * The day a client can really reach the user again after a day off: a day off on Friday
     * derives "back on Saturday", but the first day an ordinary channel (not the urgent line)
     * opens is the one to name. The day off's own back-on day when no channel opens again.
     */
    public static LocalDate firstDayBack(DayOff off, StatusResolver resolver, List<Channel> channels, ZoneId zone) {
        Instant from = off.backOn().atStartOfDay(zone).toInstant();
        return channels.stream().filter(c -> !c.urgentOnly())
                .map(c -> resolver.nextReachable(c.id(), from)).flatMap(Optional::stream)
                .min(Instant::compareTo).map(i -> LocalDate.ofInstant(i, zone)).orElse(off.backOn());
    }

    /**
     * @param except the day off being edited: its own old dates must not push the answer on
     * @return empty when the week has no window in reach; the caller then takes the day after
     */
    public static Optional<LocalDate> firstReachableAfter(Schedule schedule, LocalDate last, String except) {
        List<Weekly> weeks = new ArrayList<>();
        List<DayOff> others = new ArrayList<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof ReachableWindow window) {
                // any channel: a client can reach the user again that day; a window kept in another
                // zone counts on the home dates its usual home times fall on
                weeks.add(HomeWeek.usual(window.when(), schedule.zone()));
            } else if (entry instanceof DayOff off && !off.uid().equals(except)) {
                others.add(off);
            }
        }
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = last.plusDays(1);
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++, day = day.plusDays(1)) {
            LocalDate candidate = day;
            boolean off = others.stream().anyMatch(o -> !candidate.isBefore(o.first()) && !candidate.isAfter(o.last()));
            if (!off && weeks.stream().anyMatch(w -> w.occursOn(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
