package org.reachable.domain.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/**
 * Says who is reachable when. Precedence, strongest first: override, day off, focus block, extra
 * window, reachable window, off. An urgent-only channel stays reachable through all of them unless
 * a day off switched the urgent line off.
 *
 * <p>Status only changes at occurrence boundaries (and at the override's end), so the next change
 * is found by walking those boundaries in order, never by stepping through time.
 */
public final class StatusResolver {

    /** How far ahead "next change" and "next reachable" look before they give up. */
    public static final Duration HORIZON = Duration.ofDays(366);

    private static final int CHUNK_DAYS = 3;

    private final Occurrences occurrences;
    private final List<Channel> channels;
    private final ManualOverride override;
    private final ZoneId zone;
    /** Channel bits per entry, computed once so lookups need no locking. */
    private final Map<ScheduleEntry, Long> masks = new IdentityHashMap<>();
    private final long urgentMask;
    private final long allMask;
    /** Channels some entry (or the override) can change: the others keep their status all year. */
    private final long canChangeMask;
    /** Channels that can be reachable at all: listed in a window, urgent, or made so by the override. */
    private final long canBeReachableMask;

    public StatusResolver(Schedule schedule, List<Channel> channels, Optional<ManualOverride> override) {
        this(new Occurrences(schedule), channels, override.orElse(null));
    }

    private StatusResolver(Occurrences occurrences, List<Channel> channels, ManualOverride override) {
        if (channels.size() > 64) {
            throw new IllegalArgumentException("At most 64 channels");
        }
        this.occurrences = occurrences;
        this.zone = occurrences.zone();
        this.channels = List.copyOf(channels);
        this.override = override;
        long urgent = 0;
        for (int i = 0; i < this.channels.size(); i++) {
            if (this.channels.get(i).urgentOnly()) {
                urgent |= 1L << i;
            }
        }
        this.urgentMask = urgent;
        this.allMask = this.channels.size() == 64 ? -1L : (1L << this.channels.size()) - 1;
        for (ScheduleEntry entry : occurrences.entries()) {
            long m = 0;
            for (int i = 0; i < this.channels.size(); i++) {
                if (entry.channels().contains(this.channels.get(i).id())) {
                    m |= 1L << i;
                }
            }
            masks.put(entry, m);
        }
        long windowed = 0;
        long affected = 0;
        boolean dayOff = false;
        boolean urgentOff = false;
        for (ScheduleEntry entry : occurrences.entries()) {
            switch (entry.kind()) {
                case WINDOW, EXTRA_WINDOW -> windowed |= masks.get(entry);
                case FOCUS -> affected |= entry.channels().isEmpty() ? allMask : masks.get(entry);
                case DAY_OFF -> {
                    dayOff = true;
                    urgentOff |= ((DayOff) entry).urgentLineOff();
                }
            }
        }
        long ordinary = allMask & ~urgentMask;
        long changing = ((windowed | affected) & ordinary) | (dayOff || override != null ? ordinary : 0);
        this.canChangeMask = changing | (urgentOff ? urgentMask : 0);
        this.canBeReachableMask = windowed | urgentMask
                | (override != null && override.state() == OverrideState.AVAILABLE ? allMask : 0);
    }

    /** The same schedule and channels without the manual override: what the schedule alone says. */
    public StatusResolver scheduleOnly() {
        return override == null ? this : new StatusResolver(occurrences, channels, null);
    }

    public ZoneId zone() {
        return zone;
    }

    public List<Channel> channels() {
        return channels;
    }

    public Optional<ManualOverride> override() {
        return Optional.ofNullable(override);
    }

    public Status statusNow(Clock clock) {
        return status(clock.instant());
    }

    /** The bare status at {@code t}: state, reason and each channel, without looking ahead. */
    public Snapshot snapshotAt(Instant t) {
        return evaluate(activeAt(t));
    }

    /** The day off in force at {@code t}, if any. */
    public Optional<DayOff> dayOffAt(Instant t) {
        return Optional.ofNullable(activeAt(t).dayOff);
    }

    /** The first instant after {@code t} at which the status differs from the status at {@code t}. */
    public Optional<Instant> nextChange(Instant t) {
        Snapshot now = snapshotAt(t);
        Instant[] found = new Instant[1];
        sweep(t, (b, s) -> {
            if (!s.equals(now)) {
                found[0] = b;
                return false;
            }
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /** The first instant at or after {@code t} at which the channel is reachable. */
    public Optional<Instant> nextReachable(String channelId, Instant t) {
        int index = indexOf(channelId);
        if (index < 0) {
            return Optional.empty();
        }
        if (snapshotAt(t).reachable(index)) {
            return Optional.of(t);
        }
        Instant[] found = new Instant[1];
        sweep(t, (b, s) -> {
            if (s.reachable(index)) {
                found[0] = b;
                return false;
            }
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * The first instant after {@code t} at which some ordinary channel becomes reachable that was
     * not: where the next window opens. This is where "focus until the next window" ends.
     */
    public Optional<Instant> nextWindowStart(Instant t) {
        long[] previous = {snapshotAt(t).reachable()};
        Instant[] found = new Instant[1];
        sweep(t, (b, s) -> {
            if ((s.reachable() & ~previous[0] & ~urgentMask) != 0) {
                found[0] = b;
                return false;
            }
            previous[0] = s.reachable();
            return true;
        });
        return Optional.ofNullable(found[0]);
    }

    /** The full status at {@code t}: with the next change overall and per channel. */
    public Status status(Instant t) {
        Active active = activeAt(t);
        Snapshot now = evaluate(active);
        int n = channels.size();
        Instant[] channelUntil = new Instant[n];
        Instant[] nextReachable = new Instant[n];
        Instant[] until = new Instant[1];
        // channels that never change, or can never be reachable, need no looking ahead: without this
        // a channel in no window made every status sweep the whole year (measured: 1 ms a call)
        boolean[] waitUntil = new boolean[n];
        boolean[] waitReachable = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (now.reachable(i)) {
                nextReachable[i] = t;
            }
            waitUntil[i] = (canChangeMask & (1L << i)) != 0;
            waitReachable[i] = nextReachable[i] == null && (canBeReachableMask & (1L << i)) != 0;
        }
        sweep(t, (b, s) -> {
            boolean done = true;
            if (until[0] == null) {
                if (!s.equals(now)) {
                    until[0] = b;
                } else {
                    done = false;
                }
            }
            for (int i = 0; i < n; i++) {
                if (waitUntil[i] && channelUntil[i] == null) {
                    if (!s.sameChannel(now, i)) {
                        channelUntil[i] = b;
                    } else {
                        done = false;
                    }
                }
                if (waitReachable[i] && nextReachable[i] == null) {
                    if (s.reachable(i)) {
                        nextReachable[i] = b;
                    } else {
                        done = false;
                    }
                }
            }
            return !done;
        });
        List<ChannelStatus> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new ChannelStatus(channels.get(i), now.reachable(i), now.channelReasons()[i], channelUntil[i],
                    nextReachable[i]));
        }
        return new Status(t, now.state(), now.reason(), until[0], list, Optional.ofNullable(active.dayOff));
    }

    /**
     * The end of the span from {@code t} in which {@link #status} stays what it is at {@code t} but for
     * the instant it is for (its {@code at}, and the {@code nextReachable} of a channel reachable now,
     * which is that instant): what {@code reachable status} may answer from without reading the files.
     * That is the first boundary after {@code t} (nothing is in force or ends between boundaries, so
     * neither does the day off in force change, which {@link #nextChange} does not look at); and, since
     * the status looks a year ahead, no later than where a year from then would bring a boundary past
     * the year from {@code t} into view (an "until" that is now beyond the year would appear).
     */
    public Instant holdsUntil(Instant t) {
        Instant nearest = firstBoundaryAfter(t).orElse(t.plus(HORIZON));
        // the first boundary at or after t + HORIZON, which the look from t did not see
        Instant beyondYear = t.plus(HORIZON).minusNanos(1);
        Instant intoView = firstBoundaryAfter(beyondYear).orElse(beyondYear.plus(HORIZON)).minus(HORIZON);
        return nearest.isBefore(intoView) ? nearest : intoView;
    }

    private Optional<Instant> firstBoundaryAfter(Instant t) {
        Instant[] found = new Instant[1];
        sweep(t, (b, s) -> {
            found[0] = b;
            return false;
        });
        return Optional.ofNullable(found[0]);
    }

    /** Every occurrence whose start lies in [from, to), sorted by start. */
    public List<Occurrence> agenda(Instant from, Instant to) {
        return occurrences.startingBetween(from, to);
    }

    private int indexOf(String channelId) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).id().equals(channelId)) {
                return i;
            }
        }
        return -1;
    }

    /** What is in force at one instant, before precedence is applied. */
    private static final class Active {
        boolean override;
        DayOff dayOff;
        boolean focus;
        long focusMask;
        long windowMask;
        long extraMask;
    }

    private Active activeAt(Instant t) {
        Active a = new Active();
        a.override = override != null && override.activeAt(t);
        LocalDate day = LocalDate.ofInstant(t, zone);
        for (int offset = -1; offset <= 1; offset++) {
            for (Occurrence o : occurrences.weeklyOn(day.plusDays(offset))) {
                if (o.contains(t)) {
                    add(a, o.entry());
                }
            }
        }
        for (Occurrence o : occurrences.datedNear(t, t)) {
            if (o.contains(t)) {
                add(a, o.entry());
            }
        }
        return a;
    }

    private void add(Active a, ScheduleEntry entry) {
        switch (entry.kind()) {
            case DAY_OFF -> {
                DayOff off = (DayOff) entry;
                // of two days off at once, the one that switches the urgent line off wins: the user
                // said so for that day, and its stand-in takes over
                if (a.dayOff == null || off.urgentLineOff() && !a.dayOff.urgentLineOff()) {
                    a.dayOff = off;
                }
            }
            case FOCUS -> {
                a.focus = true;
                a.focusMask |= entry.channels().isEmpty() ? allMask : mask(entry);
            }
            case EXTRA_WINDOW -> a.extraMask |= mask(entry);
            case WINDOW -> a.windowMask |= mask(entry);
        }
    }

    private long mask(ScheduleEntry entry) {
        return masks.get(entry);
    }

    private Snapshot evaluate(Active a) {
        int n = channels.size();
        Reason[] reasons = new Reason[n];
        long reachable = 0;
        boolean overrideAvailable = a.override && override.state() == OverrideState.AVAILABLE;
        for (int i = 0; i < n; i++) {
            long bit = 1L << i;
            Reason reason;
            boolean on;
            if ((urgentMask & bit) != 0) {
                on = a.dayOff == null || !a.dayOff.urgentLineOff();
                reason = on ? Reason.URGENT_LINE : Reason.DAY_OFF;
            } else if (a.override) {
                on = overrideAvailable;
                reason = Reason.OVERRIDE;
            } else if (a.dayOff != null) {
                on = false;
                reason = Reason.DAY_OFF;
            } else if ((a.focusMask & bit) != 0) {
                on = false;
                reason = Reason.FOCUS;
            } else if ((a.extraMask & bit) != 0) {
                on = true;
                reason = Reason.EXTRA_WINDOW;
            } else if ((a.windowMask & bit) != 0) {
                on = true;
                reason = Reason.WINDOW;
            } else {
                on = false;
                reason = Reason.OUTSIDE_HOURS;
            }
            reasons[i] = reason;
            if (on) {
                reachable |= bit;
            }
        }
        State state;
        Reason reason;
        long ordinary = reachable & ~urgentMask;
        if (a.override) {
            state = overrideAvailable ? State.AVAILABLE : State.FOCUS;
            reason = Reason.OVERRIDE;
        } else if (ordinary != 0) {
            state = State.AVAILABLE;
            reason = (ordinary & a.extraMask) != 0 && (ordinary & a.windowMask & ~a.extraMask) == 0
                    ? Reason.EXTRA_WINDOW : Reason.WINDOW;
        } else if (a.dayOff != null) {
            state = State.OFF;
            reason = Reason.DAY_OFF;
        } else if (a.focus) {
            state = State.FOCUS;
            reason = Reason.FOCUS;
        } else {
            state = State.OFF;
            reason = Reason.OUTSIDE_HOURS;
        }
        return new Snapshot(state, reason, reachable, reasons);
    }

    /** Called for each boundary in time order with the status there; returns false to stop. */
    private interface BoundaryVisitor {
        boolean visit(Instant boundary, Snapshot status);
    }

    /**
     * Visits every instant after {@code t} (up to the horizon) at which some occurrence or the
     * override starts or ends, in order. Works in chunks of days: every boundary in
     * [lower, limit) comes from occurrences starting on the chunk's days or the day before.
     */
    private void sweep(Instant t, BoundaryVisitor visitor) {
        Instant horizon = t.plus(HORIZON);
        LocalDate chunkStart = LocalDate.ofInstant(t, zone);
        Instant lower = t;
        List<Instant> boundaries = new ArrayList<>();
        while (lower.isBefore(horizon)) {
            LocalDate chunkEnd = chunkStart.plusDays(CHUNK_DAYS);
            Instant limit = occurrences.startOfDay(chunkEnd);
            if (limit.isAfter(horizon)) {
                limit = horizon;
            }
            boundaries.clear();
            for (LocalDate d = chunkStart.minusDays(1); !d.isAfter(chunkEnd); d = d.plusDays(1)) {
                for (Occurrence o : occurrences.weeklyOn(d)) {
                    collect(boundaries, o.start(), t, lower, limit);
                    collect(boundaries, o.end(), t, lower, limit);
                }
            }
            for (Occurrence o : occurrences.datedNear(lower, limit)) {
                collect(boundaries, o.start(), t, lower, limit);
                collect(boundaries, o.end(), t, lower, limit);
            }
            if (override != null) {
                collect(boundaries, override.setAt(), t, lower, limit);
                if (override.until() != null) {
                    collect(boundaries, override.until(), t, lower, limit);
                }
            }
            boundaries.sort(null);
            Instant previous = null;
            for (Instant b : boundaries) {
                if (!b.equals(previous) && !visitor.visit(b, snapshotAt(b))) {
                    return;
                }
                previous = b;
            }
            lower = limit;
            chunkStart = chunkEnd;
        }
    }

    private static void collect(List<Instant> into, Instant b, Instant t, Instant lower, Instant limit) {
        if (b.isAfter(t) && !b.isBefore(lower) && b.isBefore(limit)) {
            into.add(b);
        }
    }

    /** Kinds that make a channel reachable, for callers that list windows. */
    public static boolean isWindow(EntryKind kind) {
        return kind == EntryKind.WINDOW || kind == EntryKind.EXTRA_WINDOW;
    }
}
