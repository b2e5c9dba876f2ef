package org.reachable.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * RFC 5545 §3.3.5's reading of a wall-clock time with a TZID, worked out by hand from the zone's
 * transition rules, as an oracle for tests: written without {@code ZonedDateTime.of}, which the app
 * itself uses, so that the two agreeing means something.
 */
public final class Rfc5545 {

    private Rfc5545() {
    }

    /**
     * The instant {@code local} means in {@code zone}: a time the clock skips (a DST gap) "MUST be
     * interpreted using the UTC offset before the gap", so it moves forward by the gap's length; a
     * time the clock shows twice (an overlap) is the first of the two, the earlier instant.
     */
    public static Instant wallClock(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return local.toInstant(gap.getOffsetBefore());
        }
        Instant first = local.toInstant(offsets.get(0));
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (candidate.isBefore(first)) {
                first = candidate;
            }
        }
        return first;
    }
}
