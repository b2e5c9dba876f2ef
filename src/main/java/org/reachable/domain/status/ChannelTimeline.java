package org.reachable.domain.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each channel is reachable from one instant to another, as the status engine says it: the
 * reachability at the start and every instant it flips. The published page and the free/busy feed
 * are made from this, so they cannot disagree with {@code reachable status --at}.
 *
 * @param reachableAtStart whether the channel is reachable at {@code from}
 * @param flips the instants in (from, to] at which it becomes reachable or stops being so, in order
 */
public record ChannelTimeline(String channelId, Instant from, Instant to, boolean reachableAtStart,
        List<Instant> flips) {

    public ChannelTimeline {
        flips = List.copyOf(flips);
    }

    /** One timeline per channel of the resolver, in its order, walking its changes from {@code from} to {@code to}. */
    public static List<ChannelTimeline> of(StatusResolver resolver, Instant from, Instant to) {
        int n = resolver.channels().size();
        Snapshot start = resolver.snapshotAt(from);
        List<List<Instant>> flips = new ArrayList<>();
        boolean[] reachable = new boolean[n];
        for (int i = 0; i < n; i++) {
            flips.add(new ArrayList<>());
            reachable[i] = start.reachable(i);
        }
        Instant t = from;
        while (true) {
            Optional<Instant> next = resolver.nextChange(t);
            if (next.isEmpty() || next.get().isAfter(to)) {
                break;
            }
            t = next.get();
            Snapshot s = resolver.snapshotAt(t);
            for (int i = 0; i < n; i++) {
                if (s.reachable(i) != reachable[i]) {
                    reachable[i] = s.reachable(i);
                    flips.get(i).add(t);
                }
            }
        }
        List<ChannelTimeline> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(new ChannelTimeline(resolver.channels().get(i).id(), from, to, start.reachable(i), flips.get(i)));
        }
        return list;
    }

    /** The reachable stretches [start, end) that start in [from, to); a stretch still open at {@code to} ends there. */
    public List<Instant[]> stretches() {
        List<Instant[]> list = new ArrayList<>();
        boolean on = reachableAtStart;
        Instant since = from;
        for (Instant flip : flips) {
            if (on) {
                list.add(new Instant[] {since, flip});
            }
            on = !on;
            since = flip;
        }
        if (on && since.isBefore(to)) {
            list.add(new Instant[] {since, to});
        }
        return list;
    }
}
