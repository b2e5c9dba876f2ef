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

    public Optional<ChannelStatus> channel(String id) {
        return channels.stream().filter(c -> c.channel().id().equals(id)).findFirst();
    }
}
