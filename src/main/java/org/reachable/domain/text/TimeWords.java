package org.reachable.domain.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Says when something happens the way people say it, relative to now: "11:00" today,
 * "tomorrow 09:00", "Monday 09:00" within a week, "Monday 4 January 09:00" later. The one word
 * a language needs besides its day and month names ("tomorrow", "morgen") comes from the caller's
 * resource bundle.
 */
public final class TimeWords {

    private final Locale locale;
    private final String tomorrow;
    private final DateTimeFormatter time;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter date;

    public TimeWords(Locale locale, String tomorrow) {
        this.locale = locale;
        this.tomorrow = tomorrow;
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.weekday = DateTimeFormatter.ofPattern("EEEE HH:mm", locale);
        this.date = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale);
    }

    public String when(Instant instant, Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(instant, zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        var local = instant.atZone(zone);
        if (day.equals(today)) {
            return time.format(local);
        }
        if (day.equals(today.plusDays(1))) {
            return tomorrow + " " + time.format(local);
        }
        return day.isAfter(today) && day.isBefore(today.plusDays(7)) ? weekday.format(local) : date.format(local);
    }

    public Locale locale() {
        return locale;
    }
}
