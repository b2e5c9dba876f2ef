package org.reachable.domain.edit;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.reachable.domain.edit.ScheduleEdit.Action;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * The edits the week view makes, as {@link ScheduleEdit}s. A weekly entry can cover several days
 * ("Mon–Fri 9:00–11:00") but the week view shows one block per day, so dragging one block changes
 * that day only: the day is split off into an entry of its own — unless only the day changes and
 * the times stay, in which case the entry simply moves from one day to the other. New day sets
 * keep the week the entry started in ({@link Weekly#weekOfSince()}), so adding a Monday to an
 * entry that started on a Tuesday does not push its start a week on.
 */
public final class WeekEdits {

    private final Supplier<String> newUid;

    public WeekEdits(Supplier<String> newUid) {
        this.newUid = newUid;
    }

    /** A new window (with channels) or focus block (channels empty: all of them). */
    public ScheduleEdit create(EntryKind kind, Set<DayOfWeek> days, TimeRange times, Set<String> channels,
            String summary) {
        return ScheduleEdit.add(Action.CREATE, List.of(build(kind, newUid.get(), summary, Weekly.of(days, times),
                channels)));
    }

    /** Builds a weekly entry of the given kind; the model's own checks apply (a window needs a channel). */
    public static ScheduleEntry build(EntryKind kind, String uid, String summary, Weekly when, Set<String> channels) {
        if (kind == EntryKind.WINDOW) {
            return new ReachableWindow(uid, summary, when, channels);
        }
        if (kind == EntryKind.FOCUS) {
            return new FocusBlock(uid, summary, when, channels);
        }
        throw new IllegalArgumentException("The week view holds windows and focus blocks, not " + kind);
    }

    /** Moves one day's block to {@code to} at {@code times} (same length or not). */
    public ScheduleEdit move(Schedule schedule, String uid, DayOfWeek from, DayOfWeek to, TimeRange times) {
        return retime(schedule, uid, from, to, times, Action.MOVE);
    }

    public ScheduleEdit resize(Schedule schedule, String uid, DayOfWeek day, TimeRange times) {
        return retime(schedule, uid, day, day, times, Action.RESIZE);
    }

    private ScheduleEdit retime(Schedule schedule, String uid, DayOfWeek from, DayOfWeek to, TimeRange times,
            Action action) {
        ScheduleEntry entry = find(schedule, uid);
        Weekly when = weekly(entry);
        requireDay(when, from, uid);
        if (times.equals(when.times())) {
            if (from != to && when.days().contains(to)) {
                // the entry is on that day already, at these times: moving there would only lose a day
                return ScheduleEdit.replace(action, entry, entry);
            }
            // only the day changes: the entry keeps its UID and moves to the new day
            Set<DayOfWeek> days = EnumSet.copyOf(when.days());
            days.remove(from);
            days.add(to);
            return ScheduleEdit.replace(action, entry, with(entry, uid, when.with(days, times)));
        }
        Set<DayOfWeek> rest = EnumSet.copyOf(when.days());
        rest.remove(from);
        Optional<ScheduleEntry> twin = twin(schedule, entry, times, when);
        if (twin.isPresent()) {
            // the day joins an entry that is the same but for its days, so a day dragged away and
            // back ends where it began: one entry, not two
            Weekly theirs = weekly(twin.get());
            if (theirs.days().contains(to)) {
                return ScheduleEdit.replace(action, entry, entry); // already there: nothing to move
            }
            Set<DayOfWeek> days = EnumSet.copyOf(theirs.days());
            days.add(to);
            ScheduleEntry joined = with(twin.get(), twin.get().uid(), theirs.with(days, times));
            List<ScheduleEntry> after = rest.isEmpty() ? List.of(joined)
                    : List.of(with(entry, uid, when.with(rest, when.times())), joined);
            return new ScheduleEdit(action, List.of(entry, twin.get()), after);
        }
        if (rest.isEmpty()) {
            return ScheduleEdit.replace(action, entry, with(entry, uid, when.with(EnumSet.of(to), times)));
        }
        ScheduleEntry kept = with(entry, uid, when.with(rest, when.times()));
        ScheduleEntry split = with(entry, newUid.get(), when.with(EnumSet.of(to), times));
        return new ScheduleEdit(action, List.of(entry), List.of(kept, split));
    }

    /**
     * Another weekly entry of the same kind, description, channels and times, starting the same
     * week (Weekly moves its start to its first day, so the days' own dates differ).
     */
    private static Optional<ScheduleEntry> twin(Schedule schedule, ScheduleEntry entry, TimeRange times,
            Weekly when) {
        for (ScheduleEntry other : schedule.entries()) {
            if (!other.uid().equals(entry.uid()) && isWeekly(other) && other.kind() == entry.kind()
                    && other.summary().equals(entry.summary()) && other.channels().equals(entry.channels())
                    && weekly(other).times().equals(times)
                    && weekly(other).weekOfSince().equals(when.weekOfSince())) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** Copies one day's block to other days: they join the same entry, so later edits in the form cover all. */
    public ScheduleEdit duplicate(Schedule schedule, String uid, Set<DayOfWeek> toDays) {
        ScheduleEntry entry = find(schedule, uid);
        Weekly when = weekly(entry);
        Set<DayOfWeek> days = EnumSet.copyOf(when.days());
        days.addAll(toDays);
        return ScheduleEdit.replace(Action.DUPLICATE, entry, with(entry, uid, when.with(days, when.times())));
    }

    /** Deletes one day's block; the entry goes when it was its last day. */
    public ScheduleEdit deleteDay(Schedule schedule, String uid, DayOfWeek day) {
        ScheduleEntry entry = find(schedule, uid);
        Weekly when = weekly(entry);
        requireDay(when, day, uid);
        if (when.days().size() == 1) {
            return ScheduleEdit.remove(Action.DELETE, List.of(entry));
        }
        Set<DayOfWeek> rest = EnumSet.copyOf(when.days());
        rest.remove(day);
        return ScheduleEdit.replace(Action.DELETE, entry, with(entry, uid, when.with(rest, when.times())));
    }

    /** Deletes a whole entry, every day of it. */
    public ScheduleEdit delete(Schedule schedule, String uid) {
        return ScheduleEdit.remove(Action.DELETE, List.of(find(schedule, uid)));
    }

    /** Replaces an entry by what the form made of it. */
    public ScheduleEdit change(Schedule schedule, String uid, ScheduleEntry replacement) {
        return ScheduleEdit.replace(Action.CHANGE, find(schedule, uid), replacement);
    }

    /**
     * The entry with {@code uid}, as the screens show and edit it: a series that keeps a zone of its
     * own at its usual home times ({@link HomeWeek#usual}), so an edit in the app makes it a home-zone
     * entry. {@link ScheduleDocument#apply} takes an edit's "before" from the document itself, so undo
     * brings back the series with its zone.
     */
    public static ScheduleEntry find(Schedule schedule, String uid) {
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry.uid().equals(uid)) {
                return HomeWeek.usual(entry, schedule.zone());
            }
        }
        throw new InvalidScheduleException(Problem.of(ProblemKind.ENTRY_GONE, uid));
    }

    /** The weekly recurrence of a window or weekly focus block. */
    public static Weekly weekly(ScheduleEntry entry) {
        if (entry instanceof ReachableWindow window) {
            return window.when();
        }
        if (entry instanceof FocusBlock focus && focus.when() instanceof Weekly weekly) {
            return weekly;
        }
        throw new IllegalArgumentException("Not a weekly entry: " + entry.uid());
    }

    /** True for the entries the week view shows: windows and weekly focus blocks. */
    public static boolean isWeekly(ScheduleEntry entry) {
        return entry instanceof ReachableWindow
                || entry instanceof FocusBlock focus && focus.when() instanceof Weekly;
    }

    /** The same entry (kind, summary, channels) with another UID and recurrence. */
    public static ScheduleEntry with(ScheduleEntry entry, String uid, Weekly when) {
        return build(entry.kind(), uid, entry.summary(), when, entry.channels());
    }

    private static void requireDay(Weekly when, DayOfWeek day, String uid) {
        if (!when.days().contains(day)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.ENTRY_NOT_ON_DAY, uid, day));
        }
    }
}
