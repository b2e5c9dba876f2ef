package org.reachable.domain.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every time a client text names, on the user's clock and, when the profile has a clients' zone
 * whose clock differs, on the client's clock too (issue 11, item 5). Written: "9.00 uur
 * Nederlandse tijd (8.00 uur Britse tijd)"; a week with room for one clock (the signature) and
 * the voicemail, which a caller hears once, take {@link OneClock}. Without a clients' zone, or with one that keeps the same time, it is the home time
 * alone and unnamed, as a text for clients next door reads.
 *
 * <p>One place for this, so the website, the signature, the voicemail, Facebook and the
 * auto-reply cannot name the clocks differently. A week's hours are converted on a given date
 * ({@code on}): the gap between two zones changes in the weeks their summer times differ.
 */
public final class ClockWords {

    private final Words words;
    private final ZoneId home;
    /** Null: only the home clock is named. */
    private final ZoneId client;

    private ClockWords(Words words, ZoneId home, ZoneId client) {
        this.words = words;
        this.home = home;
        this.client = client == null || client.getRules().equals(home.getRules()) ? null : client;
    }

    /** {@code client} null: no clients' zone. */
    public static ClockWords of(Words words, ZoneId home, ZoneId client) {
        return new ClockWords(words, home, client);
    }

    /** Whether texts name two clocks. */
    public boolean twoClocks() {
        return client != null;
    }

    /** "9.00 uur Nederlandse tijd (8.00 uur Britse tijd)"; "9.00 uur" with one clock. */
    public String time(Instant at) {
        ZonedDateTime here = at.atZone(home);
        String homePart = words.time(here.toLocalTime());
        if (client == null) {
            return homePart;
        }
        ZonedDateTime there = at.atZone(client);
        if (there.toLocalTime().equals(here.toLocalTime()) && there.toLocalDate().equals(here.toLocalDate())) {
            return homePart;
        }
        String label = words.zoneName(client);
        int days = days(here, there);
        String shift = days == 0 ? "" : " " + words.dayShift(days) + (label.startsWith("in ") ? "" : ",");
        return homePart + " " + words.zoneName(home) + " (" + words.time(there.toLocalTime()) + shift + " "
                + label + ")";
    }

    /**
     * For an auto-reply: "maandag 30 november vanaf 9.00 uur Nederlandse tijd (8.00 uur Britse
     * tijd)". The day is the user's; the client's clock follows the time.
     */
    public String answerFrom(Instant at, Instant now) {
        ZonedDateTime local = at.atZone(home);
        return words.onDay(local.toLocalDate(), LocalDate.ofInstant(now, home)) + " " + fromTime() + " " + time(at);
    }

    /**
     * When a reply comes, for a client: "morgen na 9.00 uur Nederlandse tijd (8.00 uur Britse
     * tijd)"; "na", as a reply comes once, after the time. The day is the user's; the client's
     * clock follows the time.
     */
    public String answerAfter(Instant at, Instant now) {
        ZonedDateTime local = at.atZone(home);
        return words.onDay(local.toLocalDate(), LocalDate.ofInstant(now, home)) + " " + words.afterTime() + " "
                + time(at);
    }

    /**
     * {@link Words#replyAfter} with the clients' clock after the time: "morgen na 9.00 uur
     * Nederlandse tijd (8.00 uur Britse tijd)". For the auto-reply and its Sieve script.
     */
    public String replyAfter(Instant at, Instant now, boolean dated) {
        String reply = words.replyAfter(at, home, now, dated);
        String homeTime = words.time(at.atZone(home).toLocalTime());
        return client == null || !reply.endsWith(homeTime) ? reply
                : reply.substring(0, reply.length() - homeTime.length()) + time(at);
    }

    /**
     * A week's hours that stand on their own: "ma t/m vr 9.00–17.00 uur Nederlandse tijd
     * (8.00–16.00 uur Britse tijd)", lines joined by "; ", where the gap to the client's clock stays
     * the same all year; where it changes (New York moves its clocks on other Sundays), the home
     * clock with the usual gap once: "ma t/m vr 9.00–17.00 uur (Nederlandse tijd, in New York meestal
     * 6 uur vroeger)". A New York time beside each line would be wrong about three weeks a year.
     */
    public String summary(List<HoursLine> lines, DayStyle style, LocalDate on) {
        if (client == null) {
            return words.summary(lines, style);
        }
        if (!hoursNote(on).isEmpty()) {
            OneClock home = oneClock(lines, style, on);
            return home.hours() + " (" + home.zone() + ")";
        }
        return String.join("; ", lines.stream().map(l -> words.days(l.days(), style) + " "
                + ClientZone.phrase(words, l.ranges(), home, client, on)).toList());
    }

    /**
     * The sentences a text that lists the week per channel puts once above the hours, where the
     * client's clock keeps no steady gap to the home clock: "Alle tijden zijn Nederlandse tijd. In
     * New York is het meestal zes uur vroeger." Empty otherwise (see {@link OneClock#note}).
     */
    public String hoursNote(LocalDate on) {
        return client == null ? "" : OneClock.note(words, home, client, on);
    }

    /**
     * A week's hours under {@link #hoursNote}: on the home clock alone when there is a note, which
     * names it; else as {@link #summary}.
     */
    public String summaryUnderNote(List<HoursLine> lines, DayStyle style, LocalDate on) {
        return hoursNote(on).isEmpty() ? summary(lines, style, on) : words.summary(lines, style);
    }

    /**
     * The week on one clock, named once: the client's where it is true all year, else the home
     * clock with the usual gap (see {@link OneClock}); without a clients' zone the plain summary.
     */
    public OneClock oneClock(List<HoursLine> lines, DayStyle style, LocalDate on) {
        return OneClock.of(words, home, client, lines, style, on);
    }

    /**
     * The week read aloud on one clock, named once, for the voicemail (see {@link OneClock#spoken});
     * without a clients' zone the plain spoken week.
     */
    public OneClock.Spoken spokenOneClock(List<HoursLine> lines, LocalDate on) {
        return OneClock.spoken(words, home, client, lines, on);
    }

    /** "vanaf", "from": before the time one is reachable from. */
    private String fromTime() {
        return words.fromTime();
    }

    private static int days(ZonedDateTime here, ZonedDateTime there) {
        return (int) ChronoUnit.DAYS.between(here.toLocalDate(), there.toLocalDate());
    }
}
