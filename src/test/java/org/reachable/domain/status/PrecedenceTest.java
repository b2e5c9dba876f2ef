package org.reachable.domain.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.domain.status.Fixtures.AMSTERDAM;
import static org.reachable.domain.status.Fixtures.EMAIL;
import static org.reachable.domain.status.Fixtures.PHONE;
import static org.reachable.domain.status.Fixtures.URGENT;
import static org.reachable.domain.status.Fixtures.WORKDAYS;
import static org.reachable.domain.status.Fixtures.at;
import static org.reachable.domain.status.Fixtures.channels;
import static org.reachable.domain.status.Fixtures.dayOff;
import static org.reachable.domain.status.Fixtures.extra;
import static org.reachable.domain.status.Fixtures.focus;
import static org.reachable.domain.status.Fixtures.focusOn;
import static org.reachable.domain.status.Fixtures.resolver;
import static org.reachable.domain.status.Fixtures.schedule;
import static org.reachable.domain.status.Fixtures.window;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExpiryKind;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.OverrideState;
import org.reachable.domain.model.Schedule;

/** One test per rule of precedence: override > day off > focus > extra window > window > off. */
class PrecedenceTest {

    // Monday 23 November 2026
    private static final Instant MONDAY_10 = at("2026-11-23T10:00");
    private final Schedule week = schedule(AMSTERDAM,
            window("w-morning", WORKDAYS, "09:00", "11:00", "phone", "email"),
            window("w-mail", WORKDAYS, "09:00", "17:00", "email"));

    @Test
    void insideAWindowItsChannelsAreReachable() {
        Status status = resolver(week, channels(PHONE, EMAIL)).status(MONDAY_10);
        assertEquals(State.AVAILABLE, status.state());
        assertEquals(Reason.WINDOW, status.reason());
        assertTrue(status.channel("phone").orElseThrow().reachable());
        assertEquals(Reason.WINDOW, status.channel("phone").orElseThrow().reason());
    }

    @Test
    void outsideEveryWindowTheUserIsOffOutsideHours() {
        Status status = resolver(week, channels(PHONE, EMAIL)).status(at("2026-11-23T20:00"));
        assertEquals(State.OFF, status.state());
        assertEquals(Reason.OUTSIDE_HOURS, status.reason());
        assertFalse(status.channel("email").orElseThrow().reachable());
    }

    @Test
    void aChannelNotListedInTheWindowIsNotReachable() {
        Status status = resolver(week, channels(PHONE, EMAIL)).status(at("2026-11-23T12:00"));
        assertEquals(State.AVAILABLE, status.state());
        assertFalse(status.channel("phone").orElseThrow().reachable());
        assertEquals(Reason.OUTSIDE_HOURS, status.channel("phone").orElseThrow().reason());
        assertTrue(status.channel("email").orElseThrow().reachable());
    }

    @Test
    void focusBlockWinsOverWindow() {
        Schedule s = schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "17:00", "phone"),
                focus("f", EnumSet.of(DayOfWeek.MONDAY), "09:30", "11:00"));
        Status status = resolver(s, channels(PHONE)).status(MONDAY_10);
        assertEquals(State.FOCUS, status.state());
        assertEquals(Reason.FOCUS, status.channel("phone").orElseThrow().reason());
        assertEquals(at("2026-11-23T11:00"), status.until());
    }

    @Test
    void focusBlockListingOneChannelLeavesTheOthersReachable() {
        Schedule s = schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "17:00", "phone", "email"),
                focus("f", WORKDAYS, "09:00", "12:00", "phone"));
        Status status = resolver(s, channels(PHONE, EMAIL)).status(MONDAY_10);
        assertEquals(State.AVAILABLE, status.state());
        assertFalse(status.channel("phone").orElseThrow().reachable());
        assertTrue(status.channel("email").orElseThrow().reachable());
    }

    @Test
    void extraWindowAddsToTheWeek() {
        Schedule s = schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "11:00", "phone"),
                extra("x", "2026-11-28T10:00", "2026-11-28T12:00", "phone"));
        Status status = resolver(s, channels(PHONE)).status(at("2026-11-28T10:30"));
        assertEquals(State.AVAILABLE, status.state());
        assertEquals(Reason.EXTRA_WINDOW, status.reason());
    }

    @Test
    void focusBlockWinsOverExtraWindow() {
        Schedule s = schedule(AMSTERDAM, extra("x", "2026-11-28T10:00", "2026-11-28T12:00", "phone"),
                focusOn("f", "2026-11-28T11:00", "2026-11-28T13:00"));
        assertEquals(State.FOCUS, resolver(s, channels(PHONE)).status(at("2026-11-28T11:30")).state());
    }

    @Test
    void dayOffWinsOverFocusAndWindows() {
        Schedule s = schedule(AMSTERDAM, window("w", WORKDAYS, "09:00", "17:00", "phone"),
                focus("f", WORKDAYS, "09:00", "10:30"), dayOff("d", "2026-11-23", "2026-11-24"));
        Status status = resolver(s, channels(PHONE)).status(MONDAY_10);
        assertEquals(State.OFF, status.state());
        assertEquals(Reason.DAY_OFF, status.reason());
        assertEquals(Reason.DAY_OFF, status.channel("phone").orElseThrow().reason());
        // Wednesday: the focus block until 10:30 is skipped too
        assertEquals(at("2026-11-25T10:30"), status.channel("phone").orElseThrow().nextReachable());
        assertEquals("d", status.dayOff().orElseThrow().uid());
    }

    @Test
    void overrideWinsOverDayOff() {
        Schedule s = schedule(AMSTERDAM, dayOff("d", "2026-11-23", "2026-11-23"));
        ManualOverride available = new ManualOverride(OverrideState.AVAILABLE, ExpiryKind.DURATION,
                at("2026-11-23T09:55"), at("2026-11-23T11:00"));
        Status status = resolver(s, channels(PHONE), available).status(MONDAY_10);
        assertEquals(State.AVAILABLE, status.state());
        assertEquals(Reason.OVERRIDE, status.reason());
        assertTrue(status.channel("phone").orElseThrow().reachable());
        assertEquals(at("2026-11-23T11:00"), status.until());
    }

    @Test
    void focusOverrideSwitchesEveryChannelOffUntilItEnds() {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION,
                at("2026-11-23T09:30"), at("2026-11-23T10:30"));
        StatusResolver resolver = resolver(week, channels(PHONE, EMAIL), focus);
        Status status = resolver.status(MONDAY_10);
        assertEquals(State.FOCUS, status.state());
        assertFalse(status.channel("email").orElseThrow().reachable());
        assertEquals(at("2026-11-23T10:30"), status.until());
        assertEquals(State.AVAILABLE, resolver.status(at("2026-11-23T10:30")).state());
    }

    @Test
    void overrideUntilClearedHasNoNextChange() {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.UNTIL_CLEARED,
                at("2026-11-23T09:30"), null);
        Status status = resolver(week, channels(PHONE), focus).status(MONDAY_10);
        assertEquals(State.FOCUS, status.state());
        assertEquals(null, status.until());
        assertEquals(null, status.channel("phone").orElseThrow().nextReachable());
    }

    @Test
    void urgentLineStaysReachableThroughFocusOverrideAndDayOff() {
        Schedule s = schedule(AMSTERDAM, focus("f", WORKDAYS, "09:00", "12:00"),
                dayOff("d", "2026-11-24", "2026-11-24"));
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION,
                at("2026-11-23T13:00"), at("2026-11-23T14:00"));
        StatusResolver resolver = resolver(s, channels(PHONE, URGENT), focus);
        for (Instant t : new Instant[] {MONDAY_10, at("2026-11-23T13:30"), at("2026-11-24T10:00"),
                at("2026-11-23T22:00")}) {
            ChannelStatus urgent = resolver.status(t).channel("urgent").orElseThrow();
            assertTrue(urgent.reachable(), "urgent line at " + t);
            assertEquals(Reason.URGENT_LINE, urgent.reason());
        }
    }

    @Test
    void urgentLineAloneDoesNotMakeTheUserAvailable() {
        Schedule s = schedule(AMSTERDAM, focus("f", WORKDAYS, "09:00", "12:00"));
        assertEquals(State.FOCUS, resolver(s, channels(PHONE, URGENT)).status(MONDAY_10).state());
    }

    @Test
    void dayOffWithUrgentLineOffSwitchesTheUrgentLineOffToo() {
        DayOff off = new DayOff("d", "Holiday", java.time.LocalDate.parse("2026-11-23"),
                java.time.LocalDate.parse("2026-11-23"), DayOffReason.HOLIDAY, "Anna, 06 12345678", null, true);
        Status status = resolver(schedule(AMSTERDAM, off), channels(URGENT)).status(MONDAY_10);
        ChannelStatus urgent = status.channel("urgent").orElseThrow();
        assertFalse(urgent.reachable());
        assertEquals(Reason.DAY_OFF, urgent.reason());
        assertEquals(at("2026-11-24T00:00"), urgent.nextReachable());
        assertEquals("Anna, 06 12345678", status.dayOff().orElseThrow().standIn());
    }

    /**
     * Found by StatusPropertiesTest's independent oracle: with two days off at once, the urgent line
     * followed whichever started first. A day the user switched the urgent line off for keeps it off,
     * also inside a longer day off that leaves it on.
     */
    @Test
    void aDayWithTheUrgentLineOffInsideALongerDayOffSwitchesItOff() {
        DayOff week = new DayOff("week", "Holiday", java.time.LocalDate.parse("2026-11-23"),
                java.time.LocalDate.parse("2026-11-27"), DayOffReason.VACATION, "", null, false);
        DayOff tuesday = new DayOff("tue", "Wedding", java.time.LocalDate.parse("2026-11-24"),
                java.time.LocalDate.parse("2026-11-24"), DayOffReason.OTHER, "Anna, 06 12345678", null, true);
        for (Schedule s : List.of(schedule(AMSTERDAM, week, tuesday), schedule(AMSTERDAM, tuesday, week))) {
            StatusResolver resolver = resolver(s, channels(URGENT));
            assertTrue(resolver.status(MONDAY_10).channel("urgent").orElseThrow().reachable(), "Monday: on");
            Status tue = resolver.status(at("2026-11-24T10:00"));
            assertEquals(Reason.DAY_OFF, tue.channel("urgent").orElseThrow().reason(), "Tuesday: off");
            assertEquals("Anna, 06 12345678", tue.dayOff().orElseThrow().standIn(), "Tuesday's stand-in takes over");
            assertTrue(resolver.status(at("2026-11-25T10:00")).channel("urgent").orElseThrow().reachable(),
                    "Wednesday: on again");
        }
    }

    @Test
    void overrideDoesNotApplyBeforeItWasSet() {
        ManualOverride focus = new ManualOverride(OverrideState.FOCUS, ExpiryKind.DURATION,
                at("2026-11-23T10:30"), at("2026-11-23T11:30"));
        StatusResolver resolver = resolver(week, channels(PHONE), focus);
        assertEquals(State.AVAILABLE, resolver.status(MONDAY_10).state());
        assertEquals(at("2026-11-23T10:30"), resolver.status(MONDAY_10).until());
    }
}
