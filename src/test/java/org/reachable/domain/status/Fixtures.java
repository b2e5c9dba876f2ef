package org.reachable.domain.status;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;

/** Small builders so each test reads as the week it sets up. */
final class Fixtures {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Set<DayOfWeek> WORKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    static final Channel PHONE = Channel.of("phone", ChannelType.PHONE, "Phone");
    static final Channel EMAIL = Channel.of("email", ChannelType.EMAIL, "E-mail");
    static final Channel URGENT = Channel.of("urgent", ChannelType.PHONE, "Emergency line")
            .withUrgentOnly("only for travellers stuck abroad");

    private Fixtures() {
    }

    static ReachableWindow window(String uid, Set<DayOfWeek> days, String from, String to, String... channels) {
        return new ReachableWindow(uid, null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    static FocusBlock focus(String uid, Set<DayOfWeek> days, String from, String to, String... channels) {
        return new FocusBlock(uid, null, Weekly.of(days, TimeRange.of(from, to)), Set.of(channels));
    }

    static FocusBlock focusOn(String uid, String from, String to, String... channels) {
        return new FocusBlock(uid, null, new Dated(LocalDateTime.parse(from), LocalDateTime.parse(to)),
                Set.of(channels));
    }

    static ExtraWindow extra(String uid, String from, String to, String... channels) {
        return new ExtraWindow(uid, null, new Dated(LocalDateTime.parse(from), LocalDateTime.parse(to)),
                Set.of(channels));
    }

    static DayOff dayOff(String uid, String first, String last) {
        return DayOff.of(uid, LocalDate.parse(first), LocalDate.parse(last), DayOffReason.VACATION);
    }

    static Schedule schedule(ZoneId zone, ScheduleEntry... entries) {
        return new Schedule(zone, List.of(entries));
    }

    static StatusResolver resolver(Schedule schedule, List<Channel> channels) {
        return new StatusResolver(schedule, channels, Optional.empty());
    }

    static StatusResolver resolver(Schedule schedule, List<Channel> channels, ManualOverride override) {
        return new StatusResolver(schedule, channels, Optional.of(override));
    }

    /** An instant given as wall-clock time in a zone, e.g. at("2026-11-23T10:00", AMSTERDAM). */
    static Instant at(String localDateTime, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    static Instant at(String localDateTime) {
        return at(localDateTime, AMSTERDAM);
    }

    static List<Channel> channels(Channel... channels) {
        return new ArrayList<>(List.of(channels));
    }
}
