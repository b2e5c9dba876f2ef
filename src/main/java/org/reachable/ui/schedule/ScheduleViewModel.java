package org.reachable.ui.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.Merge;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.StaleEditException;
import org.reachable.domain.edit.WeekEdits;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EntryKind;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.TimeRange;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Presets;
import org.reachable.domain.text.Words;
import org.reachable.ui.TimeText;
import org.reachable.ui.UndoState;

/**
 * The week editor's state: the blocks the grid draws and the rows the table lists (both from the
 * one {@link ScheduleDocument}), what the toolbar makes, undo and redo, warnings, the week's
 * summary, and conflicts with outside edits waiting for the user. Every edit is a
 * {@link ScheduleEdit}; an edit the model refuses changes nothing and says why in {@link #problemProperty()}.
 */
public final class ScheduleViewModel {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Words words;
    private final WeekTexts texts;
    private final ScheduleDocument document;
    private final Clock clock;
    private final WeekEdits edits;
    private final UndoState undoState;
    private final Supplier<String> newUid;
    private final DayOfWeek firstDay;

    private final ObservableList<WeekBlock> blocks = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Channel> channelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<EntryKind> newKind = new SimpleObjectProperty<>(EntryKind.WINDOW);
    /** The channel ids a new window gets (a new focus block: none = every channel). */
    private final ObservableList<String> newChannels = FXCollections.observableArrayList();
    private final ObjectProperty<BlockKey> selected = new SimpleObjectProperty<>();
    private final ProblemLine problem;
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summaryTitle = new ReadOnlyStringWrapper("");
    private final OutsideChanges outside;
    private final WeekNavigation navigation;
    private final Page page;
    private final BlockEdits blockEdits;
    private final TableEdits tableEdits;
    private final WeekPresets presets;
    private final EntryForms forms;
    private Optional<ManualOverride> override = Optional.empty();

    public ScheduleViewModel(ResourceBundle bundle, Locale locale, ScheduleDocument document, Clock clock,
            Supplier<String> newUid) {
        this.bundle = bundle;
        this.problem = new ProblemLine(bundle);
        this.locale = locale;
        this.words = Words.forLocale(locale);
        this.document = document;
        this.clock = clock;
        this.newUid = newUid;
        this.edits = new WeekEdits(newUid);
        this.undoState = new UndoState(document, bundle, a -> bundle.getString("action." + a.name()));
        this.firstDay = WeekFields.of(locale).getFirstDayOfWeek();
        this.texts = new WeekTexts(bundle, locale, words, channelChoices);
        this.outside = new OutsideChanges(document, problem::refused);
        this.navigation = new WeekNavigation(bundle, locale, clock, firstDay);
        this.blockEdits = new BlockEdits(bundle, texts, document, edits, navigation, problem, newUid);
        this.tableEdits = new TableEdits(bundle, document, edits, texts, problem);
        this.forms = new EntryForms(bundle, locale, channelChoices, document, clock, navigation);
        this.presets = new WeekPresets(bundle, locale, words, document, clock, newUid, channelChoices, problem);
        this.page = new Page(blocks, rows, warnings, summary, channelChoices, newKind, newChannels, selected,
                navigation);
        navigation.weekStartProperty().addListener((o, was, week) -> refresh());
        document.addListener((schedule, origin) -> refresh());
        channelChoices.addListener((ListChangeListener<Channel>) c -> refresh());
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
                texts.kind(newKind.get())), Optional.of(day));
    }

    /**
     * A block dragged; in a dated week the user is asked first (see {@link BlockEdits}). The key names
     * the block: an occurrence moved onto a day the entry also has as usual is a block of its own.
     */
    public void move(BlockKey block, DayOfWeek to, int newStartMinute) {
        blockEdits.move(block, to, newStartMinute).ifPresent(edit -> run(edit, Optional.of(to)));
    }

    public void resize(BlockKey block, int newStartMinute, int newEndMinute) {
        blockEdits.resize(block, newStartMinute, newEndMinute).ifPresent(edit -> run(edit, Optional.of(block.day())));
    }

    public void deleteDay(BlockKey block) {
        blockEdits.deleteDay(block).ifPresent(edit -> run(edit, Optional.empty()));
    }

    /** "Restore this week": a skipped or moved occurrence in the dated week shown back as the pattern has it. */
    public void restore(BlockKey block) {
        blockEdits.restore(block).ifPresent(edit -> run(edit, Optional.of(block.day())));
    }

    public void move(String uid, DayOfWeek from, DayOfWeek to, int newStartMinute) {
        move(new BlockKey(uid, from), to, newStartMinute);
    }

    public void resize(String uid, DayOfWeek day, int newStartMinute, int newEndMinute) {
        resize(new BlockKey(uid, day), newStartMinute, newEndMinute);
    }

    public void deleteDay(String uid, DayOfWeek day) {
        deleteDay(new BlockKey(uid, day));
    }

    /** Who answers "Only this week or every week?" (the page's dialog); empty: Cancel. */
    public void setAsk(Function<BlockEdits.Question, Optional<BlockEdits.Scope>> ask) {
        blockEdits.setAsk(ask);
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
        return tableEdits.changeTimes(uid, start, end).map(edit -> run(edit, Optional.empty())).orElse(false);
    }

    /** The table's description cell. */
    public boolean rename(String uid, String summary) {
        return run(tableEdits.rename(uid, summary), Optional.empty());
    }

    /** A form for an entry (the table). */
    public EntryFormViewModel edit(String uid) {
        return forms.edit(uid, null);
    }

    /** A form for the block on {@code day} (double-click, Enter, the context menu): in a dated week, new times may be for that week only. */
    public EntryFormViewModel edit(String uid, DayOfWeek day) {
        return forms.edit(uid, day);
    }

    /** A form for a new entry (the toolbar's New, Ctrl+N): on the selected block's day or today, 9:00–11:00. */
    public EntryFormViewModel newEntry() {
        return forms.newEntry(selected.get() == null ? null : selected.get().day(), newKind.get(), newChannels);
    }

    /** Makes what the form says; false (and nothing changed) while the form is not valid. */
    public boolean commit(EntryFormViewModel form) {
        if (!form.validProperty().get()) {
            return false;
        }
        Supplier<ScheduleEdit> wholeEntry = () -> {
            ScheduleEntry entry = form.build(newUid.get());
            return form.isNew() ? ScheduleEdit.add(ScheduleEdit.Action.CREATE, List.of(entry))
                    : edits.change(document.current(), entry.uid(), entry);
        };
        Optional<DayOfWeek> day = form.openedOn();
        if (day.isPresent() && form.onlyTimesChanged()) {
            int[] minutes = form.minutes();
            return blockEdits.formTimes(form.existing().orElseThrow().uid(), day.get(), minutes[0], minutes[1],
                    wholeEntry).map(edit -> run(edit, day)).orElse(false);
        }
        return run(wholeEntry, form.chosenDays().stream().findFirst());
    }

    public void undo() {
        step(document::undo);
    }

    public void redo() {
        step(document::redo);
    }

    private void step(BooleanSupplier step) {
        try {
            step.getAsBoolean();
            problem.set("");
        } catch (StaleEditException e) {
            problem.set(bundle.getString("problem.stale"));
        }
    }

    /** Makes an edit; a refusal of the model (a window without channels, a day it is not on) is shown, not thrown. */
    private boolean run(Supplier<ScheduleEdit> maker, Optional<DayOfWeek> selectDay) {
        try {
            ScheduleEdit edit = maker.get();
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
            problem.refused(ProblemWords.in(locale).message(e));
            return false;
        }
    }

    /**
     * The schedule file does not read (reason, with its line), or null once it does again. The
     * editor then shows what the app runs on; the page says so, since the user may be about to
     * edit a week that is not the one in the file.
     */
    public void fileProblem(String reason) {
        problem.fileProblem(reason);
    }

    public ReadOnlyStringProperty fileProblemProperty() {
        return problem.fileProblemProperty();
    }

    /** What the auto-save reports: the reason a save failed, or null once a save worked. */
    public void saveProblem(String reason) {
        problem.saveProblem(reason);
    }

    // ---------------------------------------------------------------- outside changes

    /**
     * The schedule file changed outside while the editor is open: merged in; conflicts wait in
     * {@link #conflicts()} for the user.
     */
    public void external(Schedule theirs) {
        outside.external(theirs);
    }

    public void resolve(Merge.Conflict conflict, boolean takeTheirs) {
        outside.resolve(conflict, takeTheirs);
    }

    /** A sentence naming an entry for the conflict question: "Focus, wo 13.00–17.00 uur". */
    public String describe(Optional<ScheduleEntry> entry) {
        return texts.describe(entry);
    }

    // ---------------------------------------------------------------- what is shown

    private void refresh() {
        Schedule schedule = document.current();
        LocalDate today = LocalDate.ofInstant(clock.instant(), document.zone());
        // a series that keeps a zone of its own shows at the home times most weeks have (as edits
        // and texts take it), and a dated week at that week's (DESIGN.md, Time)
        Schedule usual = HomeWeek.usual(schedule);
        WeekTexts.Warnings found = texts.warnings(usual);
        // only the lists that changed: a list set again makes the page redraw all it shows (ShownLists)
        ShownLists.replace(warnings, found.lines());
        WeekTexts.Shown shown = texts.shown(usual, schedule, found.marked(), today);
        LocalDate week = navigation.weekStartProperty().get();
        ShownLists.replace(blocks, week == null ? shown.blocks()
                : DatedBlocks.of(HomeWeek.inWeekOf(schedule, week), week, shown.blocks(), texts::worded, texts.once()));
        ShownLists.replace(rows, shown.rows());
        BlockKey chosen = selected.get();
        if (chosen != null && blocks.stream()
                .noneMatch(b -> b.uid().equals(chosen.uid()) && b.day() == chosen.day())) {
            selected.set(null);
        }
        ShownLists.replace(summary, texts.summary(schedule, override, clock.instant(), firstDay, week));
        summaryTitle.set(texts.summaryTitle(week, LocalDate.ofInstant(clock.instant(), document.zone())));
    }

    /**
     * Puts a preset in place of the weekly windows and focus blocks (days off stay), as one edit
     * that can be undone (see {@link WeekPresets}).
     */
    public void applyPreset(Presets.Preset preset) {
        presets.apply(preset);
    }

    /** Where channels a preset adds go (the app writes them to settings.json). */
    public void setAddChannels(Consumer<List<Channel>> sink) {
        presets.setAddChannels(sink);
    }

    static TimeRange range(int startMinute, int endMinute) {
        return new TimeRange(TimeText.ofMinute(startMinute), TimeText.ofMinute(endMinute));
    }

    /** A time as this user's locale writes it in a field or cell ("09:00", "9:00 AM"). */
    public String fieldTime(LocalTime time) {
        return TimeText.field(time, locale);
    }

    // ---------------------------------------------------------------- properties

    /**
     * What the page binds to: the grid's blocks, the table's rows, the footer's warnings and
     * summary (worked out afresh after each change), the toolbar's channels and what a drag
     * makes, the selection the grid and the table share, and which week shows. One value rather
     * than a getter each: the view takes what it needs from it.
     */
    public record Page(ObservableList<WeekBlock> blocks, ObservableList<EntryRow> rows,
            ObservableList<String> warnings, ObservableList<String> summary, ObservableList<Channel> channelChoices,
            ObjectProperty<EntryKind> newKindProperty, ObservableList<String> newChannels,
            ObjectProperty<BlockKey> selectedProperty, WeekNavigation navigation) {
    }

    public Page page() {
        return page;
    }

    /** Whether there is something to undo or redo, and what: for the toolbar's buttons. */
    public UndoState undoState() {
        return undoState;
    }

    /** The footer's title: "Deze week", or which week the summary under it describes. */
    public ReadOnlyStringProperty summaryTitleProperty() {
        return summaryTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.problemProperty();
    }

    public ObservableList<Merge.Conflict> conflicts() {
        return outside.conflicts();
    }

    public ScheduleDocument document() {
        return document;
    }
}
