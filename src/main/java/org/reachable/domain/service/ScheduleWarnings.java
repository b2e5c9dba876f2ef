package org.reachable.domain.service;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;

/**
 * Mistakes in the weekly pattern a user would not spot in the editor: a window that focus blocks
 * swallow, a channel clients can never use, a week without a reachable minute.
 *
 * <p>The check looks at the pattern, not at dates: the week is circular minutes from Monday 0:00,
 * so an entry crossing midnight spills into the next day, and Sunday night into Monday. Clock
 * changes and {@code since} dates are ignored; they do not make a pattern right or wrong.
 */
public final class ScheduleWarnings {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

    /** Most serious first, which is also the order the list is in. */
    public enum Kind {
        /**
         * No ordinary channel is reachable in any minute of the week: no windows, or focus blocks
         * swallow them all. Reported alone (no uid, channel or days), instead of one
         * {@link #NEVER_REACHABLE} per window, which would only repeat it.
         */
        NO_REACHABLE_TIME,
        /** A window that, on {@code days}, lies wholly in focus blocks that silence all its channels. */
        NEVER_REACHABLE,
        /**
         * An ordinary channel in no window and no extra window. Not reported when the schedule has
         * no window of any kind: {@link #NO_REACHABLE_TIME} already says that, once.
         */
        CHANNEL_WITHOUT_WINDOW
    }

    /**
     * One finding; the UI turns it into a sentence.
     *
     * @param uid the window concerned, or "" when the warning is not about one entry
     * @param channelId the channel concerned, or ""
     * @param days the days concerned (the days a window starts on), or empty
     */
    public record Warning(Kind kind, String uid, String channelId, Set<DayOfWeek> days) {

        public Warning {
            Objects.requireNonNull(kind, "kind");
            uid = uid == null ? "" : uid;
            channelId = channelId == null ? "" : channelId;
            days = days == null || days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
        }
    }

    private static final Comparator<Warning> ORDER = Comparator.comparing(Warning::kind)
            .thenComparingInt(ScheduleWarnings::firstDay)
            .thenComparing(Warning::uid);

    private ScheduleWarnings() {
    }

    /**
     * Every warning for the schedule, ordered by kind, then first day, then window uid; channel
     * warnings keep the order of {@code channels}, as the user sees them.
     */
    public static List<Warning> check(Schedule schedule, List<Channel> channels) {
        List<ReachableWindow> windows = new ArrayList<>();
        List<FocusBlock> weeklyFocus = new ArrayList<>();
        Set<String> channelsWithWindow = new HashSet<>();
        boolean anyWindow = false;
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof ReachableWindow window) {
                windows.add(window);
                channelsWithWindow.addAll(window.channels());
                anyWindow = true;
            } else if (entry instanceof ExtraWindow extra) {
                channelsWithWindow.addAll(extra.channels());
                anyWindow = true;
            } else if (entry instanceof FocusBlock focus && focus.when() instanceof Weekly) {
                weeklyFocus.add(focus);
            }
        }
        FocusCover cover = new FocusCover(weeklyFocus);
        List<Warning> warnings = new ArrayList<>();
        if (!anyOrdinaryChannelReachable(windows, channels, cover)) {
            warnings.add(new Warning(Kind.NO_REACHABLE_TIME, "", "", Set.of()));
        } else {
            for (ReachableWindow window : windows) {
                Set<DayOfWeek> swallowed = swallowedDays(window, cover);
                if (!swallowed.isEmpty()) {
                    warnings.add(new Warning(Kind.NEVER_REACHABLE, window.uid(), "", swallowed));
                }
            }
        }
        if (anyWindow) {
            for (Channel channel : channels) {
                if (!channel.urgentOnly() && !channelsWithWindow.contains(channel.id())) {
                    warnings.add(new Warning(Kind.CHANNEL_WITHOUT_WINDOW, "", channel.id(), Set.of()));
                }
            }
        }
        warnings.sort(ORDER);
        return List.copyOf(warnings);
    }

    private static int firstDay(Warning warning) {
        return warning.days().isEmpty() ? 0 : warning.days().iterator().next().getValue();
    }

    private static boolean anyOrdinaryChannelReachable(List<ReachableWindow> windows, List<Channel> channels,
            FocusCover cover) {
        for (ReachableWindow window : windows) {
            for (Channel channel : channels) {
                if (channel.urgentOnly() || !window.channels().contains(channel.id())) {
                    continue;
                }
                BitSet free = minutes(window.when());
                free.andNot(cover.of(channel.id()));
                if (!free.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<DayOfWeek> swallowedDays(ReachableWindow window, FocusCover cover) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : window.when().days()) {
            if (allSwallowed(day, window, cover)) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean allSwallowed(DayOfWeek day, ReachableWindow window, FocusCover cover) {
        BitSet minutes = minutes(day, window.when());
        for (String channelId : window.channels()) {
            BitSet free = (BitSet) minutes.clone();
            free.andNot(cover.of(channelId));
            if (!free.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The minutes of the week a weekly entry takes, on all its days. */
    static BitSet minutes(Weekly weekly) {
        BitSet all = new BitSet(MINUTES_PER_WEEK);
        for (DayOfWeek day : weekly.days()) {
            all.or(minutes(day, weekly));
        }
        return all;
    }

    /** The minutes of the week a weekly entry takes when it starts on {@code day}, wrapping past Sunday. */
    static BitSet minutes(DayOfWeek day, Weekly weekly) {
        int start = (day.getValue() - 1) * MINUTES_PER_DAY + weekly.times().start().toSecondOfDay() / 60;
        int length = (int) weekly.times().length().toMinutes();
        BitSet bits = new BitSet(MINUTES_PER_WEEK);
        int end = start + length;
        if (end <= MINUTES_PER_WEEK) {
            bits.set(start, end);
        } else {
            bits.set(start, MINUTES_PER_WEEK);
            bits.set(0, end - MINUTES_PER_WEEK);
        }
        return bits;
    }

    /** Per channel, the minutes of the week in which some weekly focus block silences it. */
    private static final class FocusCover {
        private final BitSet everyChannel = new BitSet(MINUTES_PER_WEEK);
        private final Map<String, BitSet> byChannel = new HashMap<>();

        FocusCover(List<FocusBlock> blocks) {
            for (FocusBlock block : blocks) {
                BitSet minutes = minutes((Weekly) block.when());
                if (block.coversAllChannels()) {
                    everyChannel.or(minutes);
                } else {
                    for (String channelId : block.channels()) {
                        byChannel.computeIfAbsent(channelId, id -> new BitSet(MINUTES_PER_WEEK)).or(minutes);
                    }
                }
            }
        }

        BitSet of(String channelId) {
            BitSet own = byChannel.get(channelId);
            if (own == null) {
                return everyChannel;
            }
            BitSet both = (BitSet) own.clone();
            both.or(everyChannel);
            return both;
        }
    }
}
