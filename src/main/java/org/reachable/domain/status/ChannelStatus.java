package org.reachable.domain.status;

import java.time.Instant;
import org.reachable.domain.model.Channel;

/**
 * One channel at an instant.
 *
 * @param until when this channel's reachability or reason next changes; null if not within a year
 * @param nextReachable the first instant at or after now it is reachable; null if not within a year
 */
public record ChannelStatus(Channel channel, boolean reachable, Reason reason, Instant until, Instant nextReachable) {
}
