package org.reachable.ui.schedule;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which week the week page shows: a dated week (this week at first; previous, next, the week of a
 * date) or the pattern, the plain weekly template (null). The week starts on the locale's first
 * day; dates come from the calendar, so a year end or a clock change needs no care of its own.
 */
public final class WeekNavigation {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DayOfWeek firstDay;
    /** The first day of the week shown; null: the pattern. */
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>();
    /** Today's date, moved on from outside as time passes. */
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();

    WeekNavigation(ResourceBundle bundle, Locale locale, Clock clock, DayOfWeek firstDay) {
        this.bundle = bundle;
        this.locale = locale;
        this.firstDay = firstDay;
        today.set(LocalDate.now(clock));
        weekStart.set(startOf(today.get()));
    }

    /** The first day of the week that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    public void thisWeek() {
        weekStart.set(startOf(today.get()));
    }

    /** The day to mark as today: in the pattern always, in a dated week only when it holds today. */
    public DayOfWeek highlighted() {
        LocalDate start = weekStart.get();
        LocalDate now = today.get();
        boolean shown = start == null || !now.isBefore(start) && now.isBefore(start.plusDays(7));
        return shown ? now.getDayOfWeek() : null;
    }

    public void previous() {
        weekStart.set(startOf(shownOrToday()).minusWeeks(1));
    }

    public void next() {
        weekStart.set(startOf(shownOrToday()).plusWeeks(1));
    }

    /** Shows the week that holds {@code date}. */
    public void jumpTo(LocalDate date) {
        if (date != null) {
            weekStart.set(startOf(date));
        }
    }

    /** The plain weekly template, no dates. */
    public void pattern() {
        weekStart.set(null);
    }

    public boolean isPattern() {
        return weekStart.get() == null;
    }

    private LocalDate shownOrToday() {
        return weekStart.get() == null ? today.get() : weekStart.get();
    }

    /** "Week 48 · 23 nov. 2026 – 29 nov. 2026", or what the pattern is; follows {@link #weekStartProperty}. */
    public String title() {
        LocalDate start = weekStart.get();
        if (start == null) {
            return bundle.getString("week.pattern.title");
        }
        LocalDate end = start.plusDays(6);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        int number = start.get(WeekFields.of(locale).weekOfWeekBasedYear());
        return MessageFormat.format(bundle.getString("week.dated.title"), String.valueOf(number), date.format(start),
                date.format(end));
    }

    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }
}
