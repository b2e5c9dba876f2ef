package org.reachable.domain.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reachable.domain.model.DayOff;

/**
 * The full status at an instant: overall state and reason, when it next changes (null when not
 * within a year), each channel, and the day off in force if any (texts name its stand-in).
 */
public record Status(Instant at, State state, Reason reason, Instant until, List<ChannelStatus> channels,
        Optional<DayOff> dayOff) {

    public Status {
        channels = List.copyOf(channels);
    }

    /**
     * This status as it reads at {@code later}, an instant in the span it holds for
     * ({@link StatusResolver#holdsUntil}): the same but for its instant, which is also when a channel
     * reachable now is next reachable.
     */
    public Status heldAt(Instant later) {
        List<ChannelStatus> held = channels.stream().map(c -> c.reachable()
                ? new ChannelStatus(c.channel(), true, c.reason(), c.until(), later) : c).toList();
        return new Status(later, state, reason, until, held, dayOff);
    }

    public Optional<ChannelStatus> channel(String id) {
        return channels.stream().filter(c -> c.channel().id().equals(id)).findFirst();
    }
}
