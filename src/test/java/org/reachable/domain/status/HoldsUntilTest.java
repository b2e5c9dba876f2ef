package org.reachable.domain.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.status.Fixtures.AMSTERDAM;
import static org.reachable.domain.status.Fixtures.EMAIL;
import static org.reachable.domain.status.Fixtures.PHONE;
import static org.reachable.domain.status.Fixtures.WORKDAYS;
import static org.reachable.domain.status.Fixtures.at;
import static org.reachable.domain.status.Fixtures.channels;
import static org.reachable.domain.status.Fixtures.extra;
import static org.reachable.domain.status.Fixtures.resolver;
import static org.reachable.domain.status.Fixtures.schedule;
import static org.reachable.domain.status.Fixtures.window;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;

/**
 * {@code reachable status} answers from a status kept earlier only within the span
 * {@link StatusResolver#holdsUntil} gives: in that span, the status read from the schedule must be
 * the kept one to the last field but its instant, or the command would say something else than
 * reading the files says.
 */
class HoldsUntilTest {

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x401D_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withinTheSpanTheStatusIsTheKeptOneButForItsInstant(long seed) {
        RandomSchedules gen = new RandomSchedules(seed);
        if (seed % 2 == 0) {
            gen.withExceptions();
        }
        StatusResolver resolver = new StatusResolver(gen.schedule(), gen.channels(), Optional.ofNullable(gen.overrideOrNull()));
        Random random = new Random(seed);
        for (int i = 0; i < 6; i++) {
            Instant t = gen.instant().plusMillis(random.nextInt(60_000));
            Status kept = resolver.status(t);
            Instant end = resolver.holdsUntil(t);
            assertTrue(end.isAfter(t), "seed " + seed + ": an empty span from " + t);
            long span = Duration.between(t, end).toSeconds();
            List<Instant> later = new java.util.ArrayList<>(List.of(t, t.plusNanos(1), end.minusNanos(1)));
            for (int k = 0; k < 12; k++) {
                later.add(t.plusSeconds(span <= 1 ? 0 : Math.floorMod(random.nextLong(), span)));
            }
            for (Instant m : later) {
                assertEquals(resolver.status(m), kept.heldAt(m), "seed " + seed + ": kept at " + t + ", asked at " + m
                        + " (holds until " + end + ")");
            }
        }
    }

    @Test
    void aDayOffFollowedByAnotherEndsTheSpanThoughTheStateStaysTheSame() {
        // two days off back to back: off all along, for the same reason, but the text names another
        // day off and stand-in from midnight, which nextChange does not see
        DayOff first = new DayOff("d1", "Conference", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23),
                DayOffReason.OTHER, "Anna", null, false);
        DayOff second = new DayOff("d2", "Sick", LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24),
                DayOffReason.SICK, "Bob", null, false);
        StatusResolver resolver = resolver(schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "17:00", "phone"), first, second),
                channels(PHONE, EMAIL));
        Instant t = at("2026-11-23T20:00");
        Instant midnight = at("2026-11-24T00:00");
        assertEquals(Optional.of(first), resolver.status(t).dayOff());
        assertEquals(Optional.of(second), resolver.status(midnight).dayOff());
        assertTrue(resolver.status(t).until().isAfter(midnight), "the state goes on past midnight");
        assertEquals(midnight, resolver.holdsUntil(t));
        assertNotEquals(resolver.status(midnight), resolver.status(t).heldAt(midnight));
    }

    @Test
    void anOverrideThatExpiresEndsTheSpan() {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION, at("2026-11-23T10:00"),
                at("2026-11-23T10:45"));
        StatusResolver resolver = resolver(schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "17:00", "phone")),
                channels(PHONE), focus);
        assertEquals(at("2026-11-23T10:45"), resolver.holdsUntil(at("2026-11-23T10:05")));
        assertEquals(at("2026-11-23T10:00"), resolver.holdsUntil(at("2026-11-23T09:30")), "nor may it reach into the override");
    }

    @Test
    void aChangeBeyondTheYearEndsTheSpanWhereItComesIntoView() {
        // nothing changes within the year: "until" is null now, and names the extra window once it is
        // within a year of the instant asked
        Instant t = at("2026-11-23T10:00");
        StatusResolver resolver = resolver(schedule(AMSTERDAM, extra("x", "2027-12-01T09:00", "2027-12-01T12:00", "phone")),
                channels(PHONE));
        assertNull(resolver.status(t).until());
        Instant intoView = at("2027-12-01T09:00").minus(StatusResolver.HORIZON);
        assertEquals(intoView, resolver.holdsUntil(t));
        assertNotEquals(resolver.status(intoView.plusSeconds(1)), resolver.status(t).heldAt(intoView.plusSeconds(1)));
    }

    @Test
    void anEmptyWeekHoldsForTheYearItLooksAhead() {
        Instant t = at("2026-11-23T10:00");
        StatusResolver resolver = resolver(schedule(AMSTERDAM), channels(PHONE));
        assertEquals(t.plus(StatusResolver.HORIZON).minusNanos(1), resolver.holdsUntil(t));
    }
}
