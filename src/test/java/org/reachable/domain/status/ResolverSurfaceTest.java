package org.reachable.domain.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.status.Fixtures.AMSTERDAM;
import static org.reachable.domain.status.Fixtures.PHONE;
import static org.reachable.domain.status.Fixtures.WORKDAYS;
import static org.reachable.domain.status.Fixtures.at;
import static org.reachable.domain.status.Fixtures.channels;
import static org.reachable.domain.status.Fixtures.dayOff;
import static org.reachable.domain.status.Fixtures.extra;
import static org.reachable.domain.status.Fixtures.focusOn;
import static org.reachable.domain.status.Fixtures.resolver;
import static org.reachable.domain.status.Fixtures.schedule;
import static org.reachable.domain.status.Fixtures.window;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Schedule;

/**
 * The parts of the status package other layers read, with values written by hand: the codes the
 * bundles and status.json are keyed by, the day off in force, the schedule without the override,
 * and the occurrences in order. Mutation testing (docs/mutation.md) found these untested.
 */
class ResolverSurfaceTest {

    private final Schedule week = schedule(AMSTERDAM,
            window("w", WORKDAYS, "09:00", "11:00", "phone"),
            dayOff("d", "2026-11-24", "2026-11-24"));

    @Test
    void reasonCodesAreTheKeysOfTheBundlesAndStatusJson() {
        assertEquals(List.of("override", "day-off", "focus", "extra-window", "window", "outside-hours", "urgent-line"),
                java.util.Arrays.stream(Reason.values()).map(Reason::code).toList());
    }

    @Test
    void windowsAreTheKindsThatMakeAChannelReachable() {
        assertTrue(StatusResolver.isWindow(EntryKind.WINDOW));
        assertTrue(StatusResolver.isWindow(EntryKind.EXTRA_WINDOW));
        assertFalse(StatusResolver.isWindow(EntryKind.FOCUS));
        assertFalse(StatusResolver.isWindow(EntryKind.DAY_OFF));
    }

    @Test
    void theDayOffInForceAndTheStatusByClock() {
        StatusResolver resolver = resolver(week, channels(PHONE));
        assertEquals("d", resolver.dayOffAt(at("2026-11-24T10:00")).orElseThrow().uid());
        assertEquals(Optional.empty(), resolver.dayOffAt(at("2026-11-23T10:00")));
        assertEquals(Optional.empty(), resolver.override());
        Status monday = resolver.statusNow(Clock.fixed(at("2026-11-23T10:00"), AMSTERDAM));
        assertEquals(State.AVAILABLE, monday.state());
        assertEquals(at("2026-11-23T11:00"), monday.until());
    }

    @Test
    void scheduleOnlyLeavesTheOverrideOut() {
        StatusResolver plain = resolver(week, channels(PHONE));
        assertSame(plain, plain.scheduleOnly(), "nothing to leave out");
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION,
                at("2026-11-23T09:30"), at("2026-11-23T10:30"));
        StatusResolver overridden = resolver(week, channels(PHONE), focus);
        assertEquals(Optional.of(focus), overridden.override());
        assertEquals(State.FOCUS, overridden.status(at("2026-11-23T10:00")).state());
        assertEquals(State.AVAILABLE, overridden.scheduleOnly().status(at("2026-11-23T10:00")).state());
        assertEquals(Optional.empty(), overridden.scheduleOnly().override());
    }

    @Test
    void equalSnapshotsHashAlikeAndSayWhatTheyAre() {
        StatusResolver resolver = resolver(week, channels(PHONE));
        Snapshot nine = resolver.snapshotAt(at("2026-11-23T09:05"));
        Snapshot ten = resolver.snapshotAt(at("2026-11-23T10:55"));
        assertEquals(nine, ten);
        assertEquals(nine.hashCode(), ten.hashCode());
        assertEquals("AVAILABLE/WINDOW 1 [WINDOW]", nine.toString());
        Snapshot off = resolver.snapshotAt(at("2026-11-23T12:00"));
        assertNotEquals(nine, off);
        assertNotEquals(nine.hashCode(), off.hashCode(), "these differ in state, reason and channels");
    }

    @Test
    void occurrencesStartingInARangeComeInOrderOfStart() {
        Schedule mixed = schedule(AMSTERDAM,
                extra("x", "2026-11-28T10:00", "2026-11-28T12:00", "phone"),
                window("w", WORKDAYS, "09:00", "11:00", "phone"),
                focusOn("f", "2026-11-23T08:00", "2026-11-23T08:30"),
                dayOff("d", "2026-11-24", "2026-11-24"));
        Occurrences occurrences = new Occurrences(mixed);
        List<String> order = occurrences.startingBetween(at("2026-11-23T00:00"), at("2026-11-29T00:00")).stream()
                .map(o -> o.entry().uid() + "@" + o.start()).toList();
        assertEquals(List.of("f@2026-11-23T07:00:00Z", "w@2026-11-23T08:00:00Z", "d@2026-11-23T23:00:00Z",
                "w@2026-11-24T08:00:00Z", "w@2026-11-25T08:00:00Z", "w@2026-11-26T08:00:00Z",
                "w@2026-11-27T08:00:00Z", "x@2026-11-28T09:00:00Z"), order);
        assertEquals(List.of(), occurrences.startingBetween(at("2026-11-24T00:00"), at("2026-11-24T00:00")),
                "an empty range");
        assertEquals(4, occurrences.entries().size());
        assertEquals(AMSTERDAM, occurrences.zone());
        assertEquals(List.of("f", "d", "x"), occurrences.dated().stream().map(o -> o.entry().uid()).toList());
    }
}
