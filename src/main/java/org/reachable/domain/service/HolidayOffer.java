package org.reachable.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.PublicHolidays;
import org.reachable.domain.port.PublicHolidays.Holiday;

/**
 * The public holidays of the coming year offered as days off: the days off by law ticked, the
 * others (observances, Bevrijdingsdag outside a lustrum year) offered unticked, and the ones the
 * schedule already has shown as taken.
 *
 * <p>A holiday becomes a day off with the UID {@code holiday-<country>-<date>@reachable} and
 * the holiday's name as its summary in the user's main language, reason HOLIDAY. The UID makes
 * offering again idempotent, through schedule.ics and calendar apps alike; the name is what the
 * Days off list, the week and the auto-reply show.
 */
public final class HolidayOffer {

    /** A year ahead: from today up to the day before today's date next year. */
    public static final int YEARS_AHEAD = 1;

    /**
     * One holiday as offered.
     *
     * @param taken the schedule already has it (this holiday's day off, or any day off on that date)
     * @param ticked chosen by default: a day off by law that is not taken yet
     */
    public record Offered(Holiday holiday, boolean taken, boolean ticked) {
    }

    private final PublicHolidays holidays;

    public HolidayOffer(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean knows(String country) {
        return holidays.knows(country);
    }

    /** The countries whose holidays can be offered, ISO 3166 alpha-2. */
    public Set<String> countries() {
        return holidays.countries();
    }

    /** The coming year's holidays of {@code country} from {@code today}, named in {@code language}. */
    public List<Offered> offer(String country, Schedule schedule, LocalDate today, String language) {
        List<Offered> out = new ArrayList<>();
        for (Holiday h : holidays.between(country, today, today.plusYears(YEARS_AHEAD).minusDays(1), language)) {
            boolean taken = taken(schedule, country, h);
            out.add(new Offered(h, taken, !taken && h.dayOffByLaw()));
        }
        return out;
    }

    /** Days off for the {@code chosen} holidays the schedule does not have yet, as one undoable edit. */
    public ScheduleEdit edit(String country, List<Holiday> chosen, Schedule schedule) {
        List<ScheduleEntry> added = new ArrayList<>();
        for (Holiday h : chosen) {
            if (!taken(schedule, country, h) && added.stream().noneMatch(e -> e.uid().equals(uid(country, h)))) {
                added.add(dayOff(country, h));
            }
        }
        return ScheduleEdit.add(ScheduleEdit.Action.HOLIDAYS, added);
    }

    public static DayOff dayOff(String country, Holiday h) {
        return new DayOff(uid(country, h), h.name(), h.date(), h.date(), DayOffReason.HOLIDAY, "", null, false);
    }

    public static String uid(String country, Holiday h) {
        return DayOff.PUBLIC_HOLIDAY_UID + country.toLowerCase(Locale.ROOT) + "-" + h.date() + "@reachable";
    }

    private static boolean taken(Schedule schedule, String country, Holiday h) {
        String uid = uid(country, h);
        for (ScheduleEntry e : schedule.entries()) {
            if (e.uid().equals(uid)) {
                return true;
            }
            if (e instanceof DayOff d && !h.date().isBefore(d.first()) && !h.date().isAfter(d.last())) {
                return true;
            }
        }
        return false;
    }
}
