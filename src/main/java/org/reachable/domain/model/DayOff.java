package org.reachable.domain.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Whole days, {@code first} to {@code last} inclusive, in which everything is off.
 *
 * @param standIn who clients contact meanwhile ("Anna, 06 12345678"); may be empty
 * @param backOn the day the user is back; derived as the day after {@code last} when not given
 * @param urgentLineOff the urgent line is off too, and the stand-in takes over
 */
public record DayOff(
        String uid,
        String summary,
        LocalDate first,
        LocalDate last,
        DayOffReason reason,
        String standIn,
        LocalDate backOn,
        boolean urgentLineOff) implements ScheduleEntry {

    public DayOff {
        uid = ScheduleEntry.requireUid(uid);
        Objects.requireNonNull(first, "first day");
        Objects.requireNonNull(last, "last day");
        if (last.isBefore(first)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.DAY_OFF_BACKWARDS, first, last));
        }
        reason = reason == null ? DayOffReason.OTHER : reason;
        standIn = standIn == null ? "" : standIn;
        backOn = backOn == null ? last.plusDays(1) : backOn;
        if (!backOn.isAfter(last)) {
            throw new InvalidScheduleException(Problem.of(ProblemKind.DAY_OFF_BACK_ON, first, last, backOn));
        }
        summary = ScheduleEntry.summaryOr(summary, "Day off");
    }

    /** How the UID of a day off made from a public holiday starts: "holiday-nl-2027-04-27@reachable". */
    public static final String PUBLIC_HOLIDAY_UID = "holiday-";

    /** Made from a public holiday (the Days off page's offer): texts name it, and say "not on public holidays". */
    public boolean publicHoliday() {
        return uid.startsWith(PUBLIC_HOLIDAY_UID);
    }

    /**
     * The country of the public holiday this day off was made from, as its UID names it ("nl" in
     * "holiday-nl-2027-04-27@reachable"); empty for any other day off.
     */
    public java.util.Optional<String> holidayCountry() {
        int dash = uid.indexOf('-', PUBLIC_HOLIDAY_UID.length());
        return publicHoliday() && dash > PUBLIC_HOLIDAY_UID.length()
                ? java.util.Optional.of(uid.substring(PUBLIC_HOLIDAY_UID.length(), dash))
                : java.util.Optional.empty();
    }

    public static DayOff of(String uid, LocalDate first, LocalDate last, DayOffReason reason) {
        return new DayOff(uid, null, first, last, reason, "", null, false);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.DAY_OFF;
    }

    @Override
    public Set<String> channels() {
        return Set.of();
    }
}
