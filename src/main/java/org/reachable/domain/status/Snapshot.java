package org.reachable.domain.status;

import java.util.Arrays;

/**
 * The bare status at an instant, cheap to compute and compare: what changes when a boundary is
 * crossed. Channel {@code i} is reachable when bit {@code i} of {@code reachable} is set.
 */
public record Snapshot(State state, Reason reason, long reachable, Reason[] channelReasons) {

    public boolean reachable(int channelIndex) {
        return (reachable & (1L << channelIndex)) != 0;
    }

    public boolean sameChannel(Snapshot other, int channelIndex) {
        return reachable(channelIndex) == other.reachable(channelIndex)
                && channelReasons[channelIndex] == other.channelReasons[channelIndex];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && state == s.state && reason == s.reason && reachable == s.reachable
                && Arrays.equals(channelReasons, s.channelReasons);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * state.hashCode() + reason.hashCode()) + Long.hashCode(reachable);
    }

    @Override
    public String toString() {
        return state + "/" + reason + " " + Long.toBinaryString(reachable) + " " + Arrays.toString(channelReasons);
    }
}
