package org.reachable.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.ui.TimeText;

/**
 * The form behind a block: exact times, the weekdays (several at once), kind and channels, a first
 * and a last date ("until 31 March"), each with its own message while it is wrong. It edits the
 * whole entry, every day of it — where the week view's drag changes one day; opened on a block of a
 * dated week, a change of its times alone may be for that week only (the page asks).
 */
public final class EntryFormViewModel {

    private final ResourceBundle bundle;
    private final List<Channel> channelChoices;
    private final Optional<ScheduleEntry> existing;
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.WINDOW);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper daysError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channelsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The first date (empty: since ever) and the last (empty: no end) the entry takes place. */
    private final ObjectProperty<LocalDate> firstDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lastDate = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper datesError = new ReadOnlyStringWrapper("");
    /** Every week (1) or every other week (2; RRULE INTERVAL), counted from the week of the first date. */
    private final IntegerProperty weeks = new SimpleIntegerProperty(1);
    /** For every other week: the next dates it takes place, so the user sees which weeks. */
    private final ReadOnlyStringWrapper repeatHint = new ReadOnlyStringWrapper("");
    private final Locale locale;
    /** The week the page shows (or today's), where "every other week" starts when no first date is set. */
    private LocalDate shownWeek;
    private LocalDate today;
    /** The block the form was opened on, in a dated week; null from the table, the pattern or New. */
    private DayOfWeek openedOn;

    /** A form for an existing weekly entry. */
    EntryFormViewModel(ResourceBundle bundle, Locale locale, List<Channel> channelChoices,
            ScheduleEntry entry) {
        this(bundle, locale, channelChoices, Optional.of(entry), entry.kind(), WeekEdits.weekly(entry).days(),
                WeekEdits.weekly(entry).times(), entry.channels(), entry.summary());
    }

    /** A form for a new entry, filled with what the toolbar or the clicked place suggests. */
    EntryFormViewModel(ResourceBundle bundle, Locale locale, List<Channel> channelChoices, EntryKind kind,
            Set<DayOfWeek> days, TimeRange times, Set<String> channels) {
        this(bundle, locale, channelChoices, Optional.empty(), kind, days, times, channels, "");
    }

    private EntryFormViewModel(ResourceBundle bundle, Locale locale, List<Channel> channelChoices,
            Optional<ScheduleEntry> existing,
            EntryKind kind, Set<DayOfWeek> days, TimeRange times, Set<String> channels, String summary) {
        this.bundle = bundle;
        this.locale = locale;
        this.channelChoices = List.copyOf(channelChoices);
        this.existing = existing;
        for (DayOfWeek day : DayOfWeek.values()) {
            this.days.put(day, new SimpleBooleanProperty(days.contains(day)));
        }
        this.kind.set(kind);
        start.set(TimeText.field(times.start(), locale));
        end.set(TimeText.field(times.end(), locale));
        this.summary.set(summary);
        this.channels.setAll(new TreeSet<>(channels));
        existing.map(WeekEdits::weekly).ifPresent(when -> {
            // a start in the week of Weekly.EPOCH is "no first date": the app's own entries have none
            firstDate.set(when.weekOfSince().equals(Weekly.EPOCH) ? null : when.since());
            lastDate.set(when.series().until());
            weeks.set(when.series().weeks());
        });
        weeks.addListener((o, was, now) -> startEveryOtherWeek());
        Observable[] inputs = new Observable[this.days.size() + 7];
        int i = 0;
        for (BooleanProperty day : this.days.values()) {
            inputs[i++] = day;
        }
        inputs[i++] = this.kind;
        inputs[i++] = start;
        inputs[i++] = end;
        inputs[i++] = firstDate;
        inputs[i++] = lastDate;
        inputs[i++] = weeks;
        inputs[i] = this.channels;
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        validate();
    }

    private void validate() {
        Optional<LocalTime> from = TimeText.parse(start.get());
        Optional<LocalTime> to = TimeText.parse(end.get());
        if (from.isEmpty() || to.isEmpty()) {
            timesError.set(bundle.getString("form.error.time"));
        } else if (from.get().equals(to.get())) {
            timesError.set(bundle.getString("form.error.sameTimes"));
        } else {
            timesError.set("");
        }
        daysError.set(chosenDays().isEmpty() ? bundle.getString("form.error.days") : "");
        channelsError.set(kind.get() == EntryKind.WINDOW && channels.isEmpty()
                ? bundle.getString("form.error.channels") : "");
        datesError.set(datesProblem());
        valid.set(timesError.get().isEmpty() && daysError.get().isEmpty() && channelsError.get().isEmpty()
                && datesError.get().isEmpty());
        repeatHint.set(repeatHintText());
    }

    /**
     * Every other week counts from the week of the first date; without one, from the week the page
     * shows, so "om de week" takes place in the week the user is looking at (and the form says which
     * dates follow).
     */
    private void startEveryOtherWeek() {
        if (weeks.get() > 1 && firstDate.get() == null && shownWeek != null) {
            LocalDate from = shownWeek;
            for (int d = 0; d < 7 && !chosenDays().isEmpty() && !chosenDays().contains(from.getDayOfWeek()); d++) {
                from = from.plusDays(1);
            }
            firstDate.set(from);
        }
    }

    /** "Eerstvolgende keren: di 1 december, di 15 december, di 29 december"; empty for every week. */
    private String repeatHintText() {
        if (weeks.get() == 1 || !valid.get() || today == null) {
            return "";
        }
        Weekly when = WeekEdits.weekly(build("-"));
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("EEE d MMMM", locale);
        List<String> next = new java.util.ArrayList<>();
        for (LocalDate d = when.since().isAfter(today) ? when.since() : today; next.size() < 3
                && d.isBefore(today.plusYears(2)); d = d.plusDays(1)) {
            if (when.occursOn(d)) {
                next.add(format.format(d));
            }
        }
        return next.isEmpty() ? "" : java.text.MessageFormat.format(bundle.getString("form.repeat.next"),
                String.join(", ", next));
    }

    /** The week shown on the page (its first day) and today: where every other week starts, and the hint's first date. */
    void setWeek(LocalDate shownWeekStart, LocalDate todayDate) {
        shownWeek = shownWeekStart;
        today = todayDate;
        validate();
    }

    /** An end before the start, or dates between which none of the chosen days falls. */
    private String datesProblem() {
        LocalDate first = firstDate.get();
        LocalDate last = lastDate.get();
        if (last == null || chosenDays().isEmpty()) {
            return "";
        }
        if (first != null && last.isBefore(first)) {
            return bundle.getString("form.error.endBeforeStart");
        }
        LocalDate from = first == null ? Weekly.EPOCH : first;
        for (LocalDate d = last; !d.isBefore(from) && d.isAfter(last.minusDays(7)); d = d.minusDays(1)) {
            if (chosenDays().contains(d.getDayOfWeek())) {
                return "";
            }
        }
        return bundle.getString("form.error.noDayBetween");
    }

    public Set<DayOfWeek> chosenDays() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, on) -> {
            if (on.get()) {
                chosen.add(day);
            }
        });
        return chosen;
    }

    /** The entry the form describes; only when {@link #validProperty()} holds. */
    ScheduleEntry build(String newUid) {
        if (!valid.get()) {
            throw new InvalidScheduleException("The form is not complete");
        }
        TimeRange times = new TimeRange(TimeText.parse(start.get()).orElseThrow(),
                TimeText.parse(end.get()).orElseThrow());
        LocalDate since = firstDate.get();
        // what a calendar app or a dated week made of the series (skipped, moved weeks) stays
        Series series = existing.map(e -> WeekEdits.weekly(e).series()).orElse(Series.EVERY_WEEK)
                .withUntil(lastDate.get()).withWeeks(weeks.get());
        // a user who switches a window to focus keeps the same entry (and its place in the file); a
        // series with a zone of its own keeps it: the form shows its times in that zone
        String uid = existing.map(ScheduleEntry::uid).orElse(newUid);
        String text = summary.get().isBlank() ? bundle.getString("kind." + code(kind.get())) : summary.get().trim();
        return WeekEdits.build(kind.get(), uid, text, new Weekly(chosenDays(), times, since, series,
                existing.map(e -> WeekEdits.weekly(e).zone()).orElse(null)),
                new TreeSet<>(channels));
    }

    static String code(EntryKind kind) {
        return kind == EntryKind.FOCUS ? "focus" : "window";
    }

    /**
     * True when, of an existing entry, only the times changed: what a single week can hold (the file's
     * RECURRENCE-ID moves an occurrence; it does not give it other days, channels or words).
     */
    boolean onlyTimesChanged() {
        if (existing.isEmpty() || !valid.get()) {
            return false;
        }
        ScheduleEntry was = existing.get();
        ScheduleEntry now = build(was.uid());
        Weekly before = WeekEdits.weekly(was);
        Weekly after = WeekEdits.weekly(now);
        return !after.times().equals(before.times()) && now.equals(WeekEdits.with(was, was.uid(),
                before.with(before.days(), after.times())));
    }

    /** The times the form says, as minutes of the block's day (the end past 1440 when it crosses midnight). */
    int[] minutes() {
        TimeRange times = WeekEdits.weekly(build(existing.map(ScheduleEntry::uid).orElse("-"))).times();
        int start = TimeText.minuteOf(times.start());
        return new int[] {start, start + (int) times.length().toMinutes()};
    }

    void openedOn(DayOfWeek day) {
        openedOn = day;
    }

    /** The day of the dated week's block the form was opened on; empty from the table, the pattern or New. */
    Optional<DayOfWeek> openedOn() {
        return Optional.ofNullable(openedOn);
    }

    public boolean isNew() {
        return existing.isEmpty();
    }

    public Optional<ScheduleEntry> existing() {
        return existing;
    }

    public List<Channel> channelChoices() {
        return channelChoices;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The checked channel ids; for a focus block none means every channel. */
    public ObservableList<String> channels() {
        return channels;
    }

    public ReadOnlyStringProperty timesErrorProperty() {
        return timesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty daysErrorProperty() {
        return daysError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelsErrorProperty() {
        return channelsError.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> firstDateProperty() {
        return firstDate;
    }

    public ObjectProperty<LocalDate> lastDateProperty() {
        return lastDate;
    }

    public ReadOnlyStringProperty datesErrorProperty() {
        return datesError.getReadOnlyProperty();
    }

    /** 1: every week; 2: every other week (a calendar app's 3 or more is kept as it is). */
    public IntegerProperty weeksProperty() {
        return weeks;
    }

    public ReadOnlyStringProperty repeatHintProperty() {
        return repeatHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
