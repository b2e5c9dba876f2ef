package org.reachable.adapters.ics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reachable.domain.port.FeedFormat;

/**
 * availability-week.ics: the published reachable times as VAVAILABILITY (RFC 7953), one per
 * channel, bounded by the feed's range (DTSTART/DTEND) and BUSYTYPE:BUSY-UNAVAILABLE outside its
 * AVAILABLE blocks. Each weekly slot is an AVAILABLE with {@code RRULE:FREQ=WEEKLY;BYDAY=…} and an
 * EXDATE for every date that differs from the usual week; those dates' own times follow as single
 * AVAILABLE blocks. Times in the home zone with the feed's VTIMEZONE; no name or reason of any entry.
 */
final class IcsFeedWeek {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private IcsFeedWeek() {
    }

    static String write(FeedFormat.Availability a) {
        StringBuilder out = new StringBuilder(4096);
        IcsFeed.header(out, a.name(), a.zone(), LocalDate.ofInstant(a.from(), a.zone()));
        String tz = ";TZID=" + IcsText.paramValue(a.zone().getId()) + ":";
        String stamp = IcsFeed.utc(a.published());
        for (FeedFormat.Week week : a.weeks()) {
            open(out, "VAVAILABILITY", week.channelId() + "-week@reachable", stamp, tz + local(a.from(), a),
                    tz + local(a.to(), a));
            IcsFeed.text(out, "SUMMARY", week.summary());
            IcsFeed.raw(out, "BUSYTYPE:BUSY-UNAVAILABLE");
            IcsFeed.raw(out, "CLASS:PUBLIC");
            IcsFeed.text(out, "X-REACHABLE-CHANNELS", week.channelId());
            for (FeedFormat.Slot slot : week.slots()) {
                List<String> days = new ArrayList<>();
                for (DayOfWeek d : DayOfWeek.values()) {
                    if (slot.days().contains(d)) {
                        days.add(d.name().substring(0, 2));
                    }
                }
                LocalDateTime end = slot.end().equals(LocalTime.MIDNIGHT) ? slot.first().plusDays(1).atStartOfDay()
                        : slot.first().atTime(slot.end());
                open(out, "AVAILABLE", week.channelId() + "-" + String.join("-", days) + "-" + HHMM.format(slot.start())
                        + "-" + HHMM.format(slot.end()) + "@reachable", stamp,
                        tz + IcsText.dateTime(slot.first().atTime(slot.start())), tz + IcsText.dateTime(end));
                IcsFeed.raw(out, "RRULE:FREQ=WEEKLY;BYDAY=" + String.join(",", days));
                List<String> except = new ArrayList<>();
                for (LocalDate date : week.except()) {
                    if (slot.days().contains(date.getDayOfWeek()) && !date.isBefore(slot.first())) {
                        except.add(IcsText.dateTime(date.atTime(slot.start())));
                    }
                }
                if (!except.isEmpty()) {
                    IcsFeed.raw(out, "EXDATE" + tz + String.join(",", except));
                }
                IcsFeed.text(out, "SUMMARY", week.summary());
                IcsFeed.raw(out, "END:AVAILABLE");
            }
            for (FeedFormat.Stretch s : week.extra()) {
                open(out, "AVAILABLE", s.channelId() + "-" + IcsFeed.utc(s.start()) + "@reachable", stamp,
                        tz + local(s.start(), a), tz + local(s.end(), a));
                IcsFeed.text(out, "SUMMARY", s.summary());
                IcsFeed.raw(out, "END:AVAILABLE");
            }
            IcsFeed.raw(out, "END:VAVAILABILITY");
        }
        IcsFeed.raw(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A component's first lines; {@code start} and {@code end} come with their parameters. */
    private static void open(StringBuilder out, String component, String uid, String stamp, String start, String end) {
        IcsFeed.raw(out, "BEGIN:" + component);
        IcsFeed.text(out, "UID", uid);
        IcsFeed.raw(out, "DTSTAMP:" + stamp);
        IcsFeed.raw(out, "DTSTART" + start);
        IcsFeed.raw(out, "DTEND" + end);
    }

    private static String local(Instant instant, FeedFormat.Availability a) {
        return IcsText.dateTime(LocalDateTime.ofInstant(instant, a.zone()));
    }
}
