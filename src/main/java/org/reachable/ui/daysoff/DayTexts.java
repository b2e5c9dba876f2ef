package org.reachable.ui.daysoff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as this page writes and reads them. Plain java.time, so the view-model and its
 * tests use the same words as the screen.
 */
public final class DayTexts {

    /** "9", "9:00", "09:00", "9.00", "900", "0930": people type times all these ways. */

    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayYear;
    private final List<DateTimeFormatter> typed;

    public DayTexts(Locale locale) {
        this.locale = locale;
        day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        dayYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        // day first in Dutch and (British) English alike; ISO for people who paste dates
        typed = List.of(DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
                DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);
    }

    public Locale locale() {
        return locale;
    }

    /** "ma 21 dec 2026". */
    public String date(LocalDate date) {
        return clean(dayYear.format(date));
    }

    /**
     * "ma 21 dec – vr 1 jan 2027": the year once, at the end, unless the range crosses into another
     * year that is not obvious (then both carry it would be noisy; the end's year is enough to read).
     */
    public String range(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return date(first);
        }
        return clean(day.format(first)) + " – " + date(last);
    }

    /** "9:00", as the rest of the app writes times. */
    public static String time(LocalTime time) {
        return time.getHour() + ":" + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    /** Short forms without the CLDR dot ("dec.", "ma.") — a list reads calmer without them. */
    private static String clean(String text) {
        return text.replace(".", "");
    }

    /** A typed date ("24-12-2026", "24/12/2026", "2026-12-24"), or empty. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : typed) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** The numeric form the date fields show, so what is shown can be typed back. */
    public static String typedForm(LocalDate date) {
        return date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }
}
