package org.reachable.ui.schedule;

import org.reachable.ui.TimeText;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.service.Presets;
import org.reachable.domain.service.ScheduleWarnings;
import org.reachable.domain.service.WeekSummary;
import org.reachable.domain.text.ClockRange;
import org.reachable.domain.text.DayStyle;
import org.reachable.domain.text.Words;

/**
 * The week editor's state: the blocks the grid draws and the rows the table lists (both from the
 * one {@link ScheduleDocument}), what the toolbar makes, undo and redo, warnings, the week's
 * summary, and conflicts with outside edits waiting for the user. Every edit is a
 * {@link ScheduleEdit}; an edit the model refuses changes nothing and says why in {@link #problemProperty()}.
 */
public final class ScheduleViewModel {

    private static final int DAY = 24 * 60;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    private final ScheduleDocument document;
    private final Clock clock;
    private final WeekEdits edits;
    private final org.reachable.ui.UndoState undoState;
    private final Supplier<String> newUid;
    private final DayOfWeek firstDay;

    private final ObservableList<WeekBlock> blocks = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Channel> channelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<EntryKind> newKind = new SimpleObjectProperty<>(EntryKind.WINDOW);
    /** The channel ids a new window gets (a new focus block: none = every channel). */
    private final ObservableList<String> newChannels = FXCollections.observableArrayList();
    private final ObjectProperty<BlockKey> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ObservableList<Merge.Conflict> conflicts = FXCollections.observableArrayList();
    private Optional<ManualOverride> override = Optional.empty();
    /** The problem line shows a failed save (cleared by the next good one, not by other edits). */
    private boolean savingFailed;
    private java.util.function.Consumer<List<Channel>> addChannels = added -> { };
    /** Uids and days the warnings mark as never reachable. */
    private Set<BlockKey> neverReachable = Set.of();

    public ScheduleViewModel(ResourceBundle bundle, Locale locale, ScheduleDocument document, Clock clock,
            Supplier<String> newUid) {
        this.bundle = bundle;
        this.locale = locale;
        this.words = Words.forLocale(locale);
        this.document = document;
        this.clock = clock;
        this.newUid = newUid;
        this.edits = new WeekEdits(newUid);
        this.undoState = new org.reachable.ui.UndoState(document, bundle, a -> bundle.getString("action." + a.name()));
        this.firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        document.addListener((schedule, origin) -> refresh());
        channelChoices.addListener((javafx.collections.ListChangeListener<Channel>) c -> refresh());
        refresh();
    }

    /** The user's channels, from settings.json; the app calls this again when they change. */
    public void setChannels(List<Channel> channels) {
        List<String> known = channels.stream().map(Channel::id).toList();
        // the toolbar's ticks first: the channel list's listeners show them at once
        newChannels.retainAll(known);
        if (newChannels.isEmpty()) {
            // a newcomer draws windows for every channel that is not an urgent line
            newChannels.setAll(channels.stream().filter(c -> !c.urgentOnly()).map(Channel::id).toList());
        }
        channelChoices.setAll(channels);
    }

    /**
     * The running override, so the summary's next change is the one the tray shows. Called again
     * as time passes (a status change, the window opening): the summary is worked out afresh.
     */
    public void setOverride(Optional<ManualOverride> running) {
        override = running;
        refresh();
    }

    public DayOfWeek firstDay() {
        return firstDay;
    }

    // ---------------------------------------------------------------- edits from the grid

    public void create(DayOfWeek day, int startMinute, int endMinute) {
        Set<String> channels = newKind.get() == EntryKind.WINDOW ? new TreeSet<>(newChannels) : Set.of();
        if (newKind.get() == EntryKind.WINDOW && channels.isEmpty()) {
            problem.set(bundle.getString("problem.noChannels"));
            return;
        }
        run(() -> edits.create(newKind.get(), EnumSet.of(day), range(startMinute, endMinute), channels,
                bundle.getString("kind." + EntryFormViewModel.code(newKind.get()))), Optional.of(day));
    }

    public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
        run(() -> {
            TimeRange times = WeekEdits.weekly(WeekEdits.find(document.current(), uid)).times();
            int length = (int) times.length().toMinutes();
            return edits.move(document.current(), uid, from, to, range(newStartMinute, newStartMinute + length));
        }, Optional.of(to));
    }

    public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
        run(() -> edits.resize(document.current(), uid, day, range(newStartMinute, newEndMinute)), Optional.of(day));
    }

    public void deleteDay(String uid, DayOfWeek day) {
        run(() -> edits.deleteDay(document.current(), uid, day), Optional.empty());
    }

    /** Deletes the whole entry, every day (the table's Delete). */
    public void delete(String uid) {
        run(() -> edits.delete(document.current(), uid), Optional.empty());
    }

    public void duplicate(String uid, Set<DayOfWeek> toDays) {
        if (toDays.isEmpty()) {
            return;
        }
        run(() -> edits.duplicate(document.current(), uid, toDays), Optional.empty());
    }

    /** The table's time cells: "9:00" and "11:30"; a wrong time is refused with a message. */
    public boolean changeTimes(String uid, String start, String end) {
        Optional<LocalTime> from = TimeText.parse(start);
        Optional<LocalTime> to = TimeText.parse(end);
        if (from.isEmpty() || to.isEmpty()) {
            problem.set(bundle.getString("form.error.time"));
            return false;
        }
        if (from.get().equals(to.get())) {
            problem.set(bundle.getString("form.error.sameTimes"));
            return false;
        }
        return run(() -> {
            ScheduleEntry entry = WeekEdits.find(document.current(), uid);
            Weekly when = WeekEdits.weekly(entry);
            return edits.change(document.current(), uid, WeekEdits.with(entry, uid,
                    new Weekly(when.days(), new TimeRange(from.get(), to.get()), when.since())));
        }, Optional.empty());
    }

    /** The table's description cell. */
    public boolean rename(String uid, String summary) {
        return run(() -> {
            ScheduleEntry entry = WeekEdits.find(document.current(), uid);
            String text = summary == null || summary.isBlank()
                    ? bundle.getString("kind." + EntryFormViewModel.code(entry.kind())) : summary.trim();
            return edits.change(document.current(), uid, WeekEdits.build(entry.kind(), uid, text,
                    WeekEdits.weekly(entry), entry.channels()));
        }, Optional.empty());
    }

    /** A form for a block (double-click, Enter, the table, the context menu). */
    public EntryFormViewModel edit(String uid) {
        return new EntryFormViewModel(bundle, locale, channelChoices, WeekEdits.find(document.current(), uid));
    }

    /** A form for a new entry (the toolbar's New, Ctrl+N): on the selected block's day or today, 9:00–11:00. */
    public EntryFormViewModel newEntry() {
        DayOfWeek day = selected.get() != null ? selected.get().day()
                : clock.instant().atZone(document.zone()).getDayOfWeek(); // nothing chosen: today
        return new EntryFormViewModel(bundle, locale, channelChoices, newKind.get(), EnumSet.of(day),
                TimeRange.of("09:00", "11:00"), newKind.get() == EntryKind.WINDOW ? new TreeSet<>(newChannels) : Set.of());
    }

    /** Makes what the form says; false (and nothing changed) while the form is not valid. */
    public boolean commit(EntryFormViewModel form) {
        if (!form.validProperty().get()) {
            return false;
        }
        return run(() -> {
            ScheduleEntry entry = form.build(newUid.get());
            return form.isNew() ? ScheduleEdit.add(ScheduleEdit.Action.CREATE, List.of(entry))
                    : edits.change(document.current(), entry.uid(), entry);
        }, form.chosenDays().stream().findFirst());
    }

    public void undo() {
        step(document::undo);
    }

    public void redo() {
        step(document::redo);
    }

    private void step(java.util.function.BooleanSupplier step) {
        try {
            step.getAsBoolean();
            problem.set("");
        } catch (org.reachable.domain.edit.StaleEditException e) {
            problem.set(bundle.getString("problem.stale"));
        }
    }

    private interface EditMaker {
        ScheduleEdit make();
    }

    /** Makes an edit; a refusal of the model (a window without channels, a day it is not on) is shown, not thrown. */
    private boolean run(EditMaker maker, Optional<DayOfWeek> selectDay) {
        try {
            ScheduleEdit edit = maker.make();
            boolean changed = document.apply(edit);
            problem.set("");
            if (changed && selectDay.isPresent() && !edit.after().isEmpty()) {
                ScheduleEntry last = edit.after().get(edit.after().size() - 1);
                if (WeekEdits.isWeekly(last) && WeekEdits.weekly(last).days().contains(selectDay.get())) {
                    selected.set(new BlockKey(last.uid(), selectDay.get()));
                }
            }
            return changed;
        } catch (IllegalArgumentException e) {
            problem.set(MessageFormat.format(bundle.getString("problem.edit"), e.getMessage()));
            return false;
        }
    }

    /**
     * The schedule file does not read (reason, with its line), or null once it does again. The
     * editor then shows what the app runs on; the page says so, since the user may be about to
     * edit a week that is not the one in the file.
     */
    public void fileProblem(String reason) {
        fileProblem.set(reason == null ? "" : MessageFormat.format(bundle.getString("problem.file"), reason));
    }

    public ReadOnlyStringProperty fileProblemProperty() {
        return fileProblem.getReadOnlyProperty();
    }

    /** What the auto-save reports: the reason a save failed, or null once a save worked. */
    public void saveProblem(String reason) {
        String saveText = reason == null ? "" : MessageFormat.format(bundle.getString("problem.save"), reason);
        if (reason != null) {
            savingFailed = true;
            problem.set(saveText);
        } else if (savingFailed) {
            savingFailed = false;
            problem.set("");
        }
    }

    // ---------------------------------------------------------------- outside changes

    /**
     * The schedule file changed outside while the editor is open: merged in; conflicts wait in
     * {@link #conflicts()} for the user.
     */
    public void external(Schedule theirs) {
        Merge.Result result = document.external(theirs);
        conflicts.addAll(result.conflicts());
        // a question still waiting whose "mine" is no longer what the editor holds (saved and
        // changed outside again since) would now answer something else: it is dropped
        conflicts.removeIf(this::stale);
    }

    private boolean stale(Merge.Conflict conflict) {
        Optional<ScheduleEntry> now = document.current().entries().stream()
                .filter(e -> e.uid().equals(conflict.uid())).findFirst();
        return !now.equals(conflict.mine());
    }

    public void resolve(Merge.Conflict conflict, boolean takeTheirs) {
        boolean stale = stale(conflict);
        conflicts.remove(conflict);
        if (stale) {
            return; // the entry moved on since the question was asked; the newer version stands
        }
        try {
            document.resolve(conflict, takeTheirs);
        } catch (InvalidScheduleException e) {
            problem.set(MessageFormat.format(bundle.getString("problem.edit"), e.getMessage()));
        }
    }

    /** A sentence naming an entry for the conflict question: "Focus, wo 13.00–17.00 uur". */
    public String describe(Optional<ScheduleEntry> entry) {
        if (entry.isEmpty()) {
            return bundle.getString("conflict.deleted");
        }
        ScheduleEntry e = entry.get();
        String kind = bundle.getString("kind." + EntryFormViewModel.code(e.kind()));
        if (!WeekEdits.isWeekly(e)) {
            return kind + " — " + e.summary();
        }
        Weekly when = WeekEdits.weekly(e);
        return kind + ", " + words.days(when.days(), DayStyle.SHORT) + " "
                + words.times(List.of(ClockRange.of(when.times().start(), when.times().end())))
                + channelNames(e);
    }

    // ---------------------------------------------------------------- what is shown

    private void refresh() {
        Schedule schedule = document.current();
        computeWarnings(schedule);
        Map<String, String> initials = initials();
        List<WeekBlock> newBlocks = new ArrayList<>();
        List<EntryRow> newRows = new ArrayList<>();
        for (ScheduleEntry entry : schedule.entries()) {
            if (!WeekEdits.isWeekly(entry)) {
                continue; // dated entries live on the days-off page
            }
            Weekly when = WeekEdits.weekly(entry);
            int start = TimeText.minuteOf(when.times().start());
            int end = start + (int) when.times().length().toMinutes();
            String kindText = bundle.getString("kind." + EntryFormViewModel.code(entry.kind()));
            String channels = channelInitials(entry, initials);
            String timesText = words.times(List.of(ClockRange.of(when.times().start(), when.times().end())));
            boolean anyWarning = false;
            for (DayOfWeek day : when.days()) {
                boolean warning = neverReachable.contains(new BlockKey(entry.uid(), day));
                anyWarning |= warning;
                String description = kindText + ", " + words.days(Set.of(day), DayStyle.LONG) + " " + timesText
                        + channelNames(entry) + (entry.summary().equals(kindText) ? "" : " — " + entry.summary())
                        + (warning ? " — " + bundle.getString("warning.neverReachable.short") : "");
                newBlocks.add(new WeekBlock(entry.uid(), day, start, end, entry.kind(), kindText, channels,
                        description, warning));
            }
            newRows.add(new EntryRow(entry.uid(), entry.kind(), kindText, when.days(),
                    words.days(when.days(), DayStyle.SHORT), when.times().start(), when.times().end(), timesText,
                    channelNamesOnly(entry), entry.summary(), anyWarning));
        }
        blocks.setAll(newBlocks);
        rows.setAll(newRows);
        BlockKey chosen = selected.get();
        if (chosen != null && newBlocks.stream().noneMatch(b -> b.uid().equals(chosen.uid()) && b.day() == chosen.day())) {
            selected.set(null);
        }
        computeSummary(schedule);
    }

    /** The warnings as sentences, and the blocks they mark. */
    private void computeWarnings(Schedule schedule) {
        Set<BlockKey> marked = new java.util.HashSet<>();
        List<String> lines = new ArrayList<>();
        for (ScheduleWarnings.Warning warning : ScheduleWarnings.check(schedule, channelChoices)) {
            switch (warning.kind()) {
                case NO_REACHABLE_TIME -> lines.add(bundle.getString("warning.noReachableTime"));
                case CHANNEL_WITHOUT_WINDOW -> lines.add(MessageFormat.format(
                        bundle.getString("warning.channelWithoutWindow"), channelName(warning.channelId())));
                case NEVER_REACHABLE -> {
                    ScheduleEntry window = WeekEdits.find(schedule, warning.uid());
                    Weekly when = WeekEdits.weekly(window);
                    for (DayOfWeek day : warning.days()) {
                        marked.add(new BlockKey(warning.uid(), day));
                    }
                    lines.add(MessageFormat.format(bundle.getString("warning.neverReachable"),
                            words.times(List.of(ClockRange.of(when.times().start(), when.times().end()))),
                            words.days(warning.days(), DayStyle.SHORT)));
                }
                default -> throw new IllegalStateException("Unhandled warning " + warning.kind());
            }
        }
        neverReachable = Set.copyOf(marked);
        warnings.setAll(lines);
    }

    /** This week in numbers: hours per channel, hours of focus, and when the status next changes. */
    private void computeSummary(Schedule schedule) {
        WeekSummary week = WeekSummary.of(schedule, channelChoices, override, clock.instant(), firstDay);
        List<String> perChannel = new ArrayList<>();
        for (Channel channel : channelChoices) {
            if (!channel.urgentOnly()) {
                java.time.Duration hours = week.reachable(channel.id());
                perChannel.add(channel.name() + " " + (hours.isZero() ? bundle.getString("summary.none")
                        : hours(hours)));
            }
        }
        List<String> lines = new ArrayList<>();
        if (!perChannel.isEmpty()) {
            lines.add(MessageFormat.format(bundle.getString("summary.reachable"), String.join(" · ", perChannel)));
        }
        lines.add(MessageFormat.format(bundle.getString("summary.focus"), hours(week.focus())));
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), schedule.zone());
        lines.add(week.nextChange().map(at -> {
            java.time.ZonedDateTime local = at.atZone(schedule.zone());
            return MessageFormat.format(bundle.getString("summary.next"),
                    words.day(local.toLocalDate(), today) + " " + words.time(local.toLocalTime()));
        }).orElse(bundle.getString("summary.noNext")));
        summary.setAll(lines);
    }

    private String hours(java.time.Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? MessageFormat.format(bundle.getString("summary.hours"), minutes / 60)
                : MessageFormat.format(bundle.getString("summary.hoursMinutes"), minutes / 60, minutes % 60);
    }

    private String channelName(String id) {
        return channelChoices.stream().filter(c -> c.id().equals(id)).map(Channel::name).findFirst().orElse(id);
    }

    // ---------------------------------------------------------------- presets

    /**
     * Puts a preset in place of the weekly windows and focus blocks (days off stay), as one edit
     * that can be undone. Channels a preset brings (the urgent line) go to {@code addChannels}.
     */
    public void applyPreset(Presets.Preset preset) {
        try {
            java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), document.zone());
            Presets.Result result = Presets.apply(preset, channelChoices, locale.getLanguage(), today, newUid);
            List<ScheduleEntry> before = result.replacesWeek()
                    ? document.current().entries().stream().filter(WeekEdits::isWeekly).toList() : List.of();
            document.apply(new ScheduleEdit(ScheduleEdit.Action.PRESET, before, result.entries()));
            if (!result.addedChannels().isEmpty()) {
                addChannels.accept(result.addedChannels());
                problem.set(MessageFormat.format(bundle.getString("preset.channelsAdded"),
                        words.list(result.addedChannels().stream().map(Channel::name).toList())));
            } else {
                problem.set("");
            }
        } catch (IllegalArgumentException e) {
            problem.set(MessageFormat.format(bundle.getString("problem.edit"), e.getMessage()));
        }
    }

    /** Where channels a preset adds go (the app writes them to settings.json). */
    public void setAddChannels(java.util.function.Consumer<List<Channel>> sink) {
        addChannels = sink;
    }

    /** One or two letters per channel, unique among the user's channels: T, E, W, S. */
    private Map<String, String> initials() {
        Map<String, String> result = new HashMap<>();
        Set<String> taken = new LinkedHashSet<>();
        for (Channel channel : channelChoices) {
            String name = channel.name().strip();
            String one = name.isEmpty() ? "?" : name.substring(0, 1).toUpperCase(locale);
            String two = name.length() < 2 ? one : one + name.substring(1, 2).toLowerCase(locale);
            String pick = taken.contains(one) ? two : one;
            taken.add(pick);
            result.put(channel.id(), pick);
        }
        return result;
    }

    private String channelInitials(ScheduleEntry entry, Map<String, String> initials) {
        if (entry.channels().isEmpty()) {
            return bundle.getString("channels.all");
        }
        List<String> parts = new ArrayList<>();
        for (Channel channel : channelChoices) { // in the user's order, not alphabetical
            if (entry.channels().contains(channel.id())) {
                parts.add(initials.get(channel.id()));
            }
        }
        for (String id : entry.channels()) {
            if (!initials.containsKey(id)) {
                parts.add(id); // a channel settings.json no longer has: show its id, do not hide it
            }
        }
        return String.join(" · ", parts);
    }

    private String channelNamesOnly(ScheduleEntry entry) {
        if (entry.channels().isEmpty()) {
            return bundle.getString("channels.allLong");
        }
        List<String> names = new ArrayList<>();
        for (Channel channel : channelChoices) {
            if (entry.channels().contains(channel.id())) {
                names.add(channel.name());
            }
        }
        for (String id : entry.channels()) {
            if (channelChoices.stream().noneMatch(c -> c.id().equals(id))) {
                names.add(id);
            }
        }
        return words.list(names);
    }

    private String channelNames(ScheduleEntry entry) {
        return ": " + channelNamesOnly(entry);
    }

    static TimeRange range(int startMinute, int endMinute) {
        return new TimeRange(TimeText.ofMinute(startMinute), TimeText.ofMinute(endMinute));
    }

    /** A time as this user's locale writes it in a field or cell ("09:00", "9:00 AM"). */
    public String fieldTime(LocalTime time) {
        return TimeText.field(time, locale);
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<WeekBlock> blocks() {
        return blocks;
    }

    public ObservableList<EntryRow> rows() {
        return rows;
    }

    public ObservableList<Channel> channelChoices() {
        return channelChoices;
    }

    public ObjectProperty<EntryKind> newKindProperty() {
        return newKind;
    }

    public ObservableList<String> newChannels() {
        return newChannels;
    }

    public ObjectProperty<BlockKey> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undoState.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undoState.canRedoProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoState.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return undoState.redoTextProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public ObservableList<Merge.Conflict> conflicts() {
        return conflicts;
    }

    public ScheduleDocument document() {
        return document;
    }
}
