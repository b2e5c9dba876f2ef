package org.reachable.domain.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.Occurrences;
import org.reachable.domain.status.Reason;
import org.reachable.domain.status.Snapshot;
import org.reachable.domain.status.State;
import org.reachable.domain.status.StatusResolver;

/**
 * What the schedule gives this week, for the line under the weekly editor ("reachable 20 h,
 * focus 20 h, next change 11:00"). Hours count real time, so a week with a clock change has 167
 * or 169 hours, and a window 1:00–4:00 on the autumn Sunday is four hours.
 *
 * <p>The hours are what the schedule says, without the manual override: the user edits the
 * schedule and wants to see its effect, not that of a "focus for an hour" that ends soon. The next
 * change does include the override, so it is the same instant the tray shows.
 *
 * @param firstDay the date the week starts on
 * @param start the first midnight of the week, in the schedule's zone
 * @param end the first midnight of the next week
 * @param reachable per ordinary channel, in the order of the channel list, the time it is
 *     reachable this week; urgent-only channels are left out, their hours say nothing about the
 *     week (they are reachable around the clock)
 * @param reachableAtAll the time at least one ordinary channel is reachable (not the sum)
 * @param focus the time some focus block silences a channel, each minute counted once; days off
 *     win over focus blocks, so focus inside a day off does not count
 * @param nextChange when the status next changes after {@code now}, override included; empty when
 *     not within a year
 */
public record WeekSummary(LocalDate firstDay, Instant start, Instant end, Map<String, Duration> reachable,
        Duration reachableAtAll, Duration focus, Optional<Instant> nextChange) {

    public WeekSummary {
        reachable = Collections.unmodifiableMap(new LinkedHashMap<>(reachable));
    }

    /** The week containing {@code now} in the schedule's zone, starting on {@code weekStartsOn}. */
    public static WeekSummary of(Schedule schedule, List<Channel> channels, Optional<ManualOverride> override,
            Instant now, DayOfWeek weekStartsOn) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(weekStartsOn, "weekStartsOn");
        return ofWeek(schedule, channels, override, now, LocalDate.ofInstant(now, schedule.zone())
                .with(TemporalAdjusters.previousOrSame(weekStartsOn)));
    }

    /**
     * The week of seven days from {@code firstDay} (the week the editor shows, which need not hold
     * {@code now}); the next change is still the one after {@code now}.
     */
    public static WeekSummary ofWeek(Schedule schedule, List<Channel> channels, Optional<ManualOverride> override,
            Instant now, LocalDate firstDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        StatusResolver withOverride = new StatusResolver(schedule, channels, override);
        StatusResolver scheduleOnly = withOverride.scheduleOnly();
        // the resolver keeps its occurrences to itself; a second copy gives the boundaries, with the
        // same DST rules, while precedence stays with the resolver
        Occurrences occurrences = new Occurrences(schedule);
        Instant start = occurrences.startOfDay(firstDay);
        Instant end = occurrences.startOfDay(firstDay.plusDays(7));

        List<Channel> list = scheduleOnly.channels();
        long[] reachableSeconds = new long[list.size()];
        long atAllSeconds = 0;
        long focusSeconds = 0;
        // the status only changes where an occurrence starts or ends, so it is constant between
        // consecutive boundaries: one snapshot per stretch gives exact totals
        List<Instant> boundaries = boundaries(occurrences, firstDay, start, end);
        for (int b = 0; b + 1 < boundaries.size(); b++) {
            Instant from = boundaries.get(b);
            long seconds = Duration.between(from, boundaries.get(b + 1)).getSeconds();
            Snapshot snapshot = scheduleOnly.snapshotAt(from);
            boolean someoneReachable = false;
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).urgentOnly() && snapshot.reachable(i)) {
                    reachableSeconds[i] += seconds;
                    someoneReachable = true;
                }
            }
            if (someoneReachable) {
                atAllSeconds += seconds;
            }
            if (inFocus(snapshot)) {
                focusSeconds += seconds;
            }
        }
        Map<String, Duration> reachable = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).urgentOnly()) {
                reachable.put(list.get(i).id(), Duration.ofSeconds(reachableSeconds[i]));
            }
        }
        return new WeekSummary(firstDay, start, end, reachable, Duration.ofSeconds(atAllSeconds),
                Duration.ofSeconds(focusSeconds), withOverride.nextChange(now));
    }

    /** The total time a channel is reachable this week; zero for a channel not in the summary. */
    public Duration reachable(String channelId) {
        return reachable.getOrDefault(channelId, Duration.ZERO);
    }

    private static boolean inFocus(Snapshot snapshot) {
        // with some channels still reachable the overall state is AVAILABLE, yet a focus block
        // for the others is in force; without any channel the state alone tells
        if (snapshot.state() == State.FOCUS) {
            return true;
        }
        for (Reason reason : snapshot.channelReasons()) {
            if (reason == Reason.FOCUS) {
                return true;
            }
        }
        return false;
    }

    /** The week's start and end and every occurrence start or end in between, sorted. */
    private static List<Instant> boundaries(Occurrences occurrences, LocalDate firstDay, Instant start,
            Instant end) {
        TreeSet<Instant> set = new TreeSet<>();
        set.add(start);
        set.add(end);
        // a weekly occurrence lasts at most a day, so one that started the day before the week can
        // still reach into it (Sunday 22:00–02:00 before a Monday week)
        for (LocalDate day = firstDay.minusDays(1); day.isBefore(firstDay.plusDays(7)); day = day.plusDays(1)) {
            for (Occurrence o : occurrences.weeklyOn(day)) {
                addInside(set, o, start, end);
            }
        }
        for (Occurrence o : occurrences.datedNear(start, end)) {
            addInside(set, o, start, end);
        }
        return new ArrayList<>(set);
    }

    private static void addInside(TreeSet<Instant> set, Occurrence o, Instant start, Instant end) {
        if (o.start().isAfter(start) && o.start().isBefore(end)) {
            set.add(o.start());
        }
        if (o.end().isAfter(start) && o.end().isBefore(end)) {
            set.add(o.end());
        }
    }
}
