package org.reachable.adapters.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reachable.domain.port.FeedFormat;

/**
 * The published free/busy feed (issue 17): one VEVENT per reachable stretch of a channel, free
 * time ({@code TRANSP:TRANSPARENT}) with only the channel and "reachable" as its summary, in the
 * home zone with a VTIMEZONE trimmed to the feed's dates (the schedule writer's pieces). A calendar
 * app that subscribes reads the refresh hints ({@code REFRESH-INTERVAL}, RFC 7986;
 * {@code X-PUBLISHED-TTL}, Outlook and Google) and checks again every hour.
 *
 * <p>A stretch's UID is its channel and its start, so a subscribed calendar keeps the same event
 * when the feed is made again and only a changed end moves it; DTSTAMP is the publishing moment.
 */
final class IcsFeed {

    private IcsFeed() {
    }

    static String write(FeedFormat.Feed feed) {
        StringBuilder out = new StringBuilder(2048 + feed.stretches().size() * 260);
        LocalDate first = feed.stretches().isEmpty() ? LocalDate.ofInstant(feed.published(), feed.zone())
                : LocalDate.ofInstant(feed.stretches().get(0).start(), feed.zone());
        header(out, feed.name(), feed.zone(), first);
        for (FeedFormat.Stretch s : feed.stretches()) {
            event(out, feed, s);
        }
        raw(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The calendar's head: names, refresh hints and the VTIMEZONE from {@code first}'s year on. */
    static void header(StringBuilder out, String name, ZoneId zone, LocalDate first) {
        raw(out, "BEGIN:VCALENDAR");
        raw(out, "PRODID:" + IcsWriter.PRODID);
        raw(out, "VERSION:2.0");
        raw(out, "CALSCALE:GREGORIAN");
        raw(out, "METHOD:PUBLISH");
        text(out, "NAME", name);
        text(out, "X-WR-CALNAME", name);
        text(out, "X-WR-TIMEZONE", zone.getId());
        raw(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        raw(out, "X-PUBLISHED-TTL:PT1H");
        for (String line : VTimeZones.linesFor(zone, first.withDayOfYear(1))) {
            raw(out, line);
        }
    }

    /**
     * The same events one per calendar object, by UID, for a calendar on a CalDAV server (RFC 4791
     * wants one UID per object and no METHOD); each with the VTIMEZONE from its own year on.
     */
    static Map<String, String> objects(FeedFormat.Feed feed) {
        Map<String, String> objects = new LinkedHashMap<>();
        for (FeedFormat.Stretch s : feed.stretches()) {
            StringBuilder out = new StringBuilder(2048);
            raw(out, "BEGIN:VCALENDAR");
            raw(out, "PRODID:" + IcsWriter.PRODID);
            raw(out, "VERSION:2.0");
            raw(out, "CALSCALE:GREGORIAN");
            for (String line : VTimeZones.linesFor(feed.zone(), LocalDate.ofInstant(s.start(), feed.zone())
                    .withDayOfYear(1))) {
                raw(out, line);
            }
            event(out, feed, s);
            raw(out, "END:VCALENDAR");
            objects.put(uid(s), out.toString());
        }
        return objects;
    }

    private static String uid(FeedFormat.Stretch s) {
        return s.channelId() + "-" + utc(s.start()) + "@reachable";
    }

    private static void event(StringBuilder out, FeedFormat.Feed feed, FeedFormat.Stretch s) {
        String tz = ";TZID=" + IcsText.paramValue(feed.zone().getId()) + ":";
        raw(out, "BEGIN:VEVENT");
        text(out, "UID", uid(s));
        raw(out, "DTSTAMP:" + utc(feed.published()));
        raw(out, "DTSTART" + tz + IcsText.dateTime(LocalDateTime.ofInstant(s.start(), feed.zone())));
        raw(out, "DTEND" + tz + IcsText.dateTime(LocalDateTime.ofInstant(s.end(), feed.zone())));
        text(out, "SUMMARY", s.summary());
        raw(out, "TRANSP:TRANSPARENT");
        raw(out, "CLASS:PUBLIC");
        text(out, "X-REACHABLE-CHANNELS", s.channelId());
        raw(out, "END:VEVENT");
    }

    static String utc(Instant instant) {
        return IcsText.dateTime(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + 'Z';
    }

    static void raw(StringBuilder out, String line) {
        IcsText.appendFolded(out, line);
    }

    static void text(StringBuilder out, String name, String value) {
        IcsText.appendFolded(out, name + ":" + IcsText.escape(value));
    }
}
