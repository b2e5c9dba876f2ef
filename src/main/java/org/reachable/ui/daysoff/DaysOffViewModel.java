package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit.Action;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.StaleEditException;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.InvalidScheduleException;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.service.BackOnDay;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.UndoState;
import org.reachable.domain.problem.ProblemWords;

/**
 * The "Days off and extra windows" page: the dated part of the schedule. It reads from and edits
 * the shared {@link ScheduleDocument}, so the week editor's undo history and this page's are one,
 * and every change — ours, an undo there, a calendar app writing the file — redraws the lists.
 * Nothing reaches the document while a form is invalid; the form says why instead.
 */
public final class DaysOffViewModel {

    private final ResourceBundle bundle;
    private final ScheduleDocument document;
    private final UndoState undoState;
    private final Supplier<List<Channel>> channels;
    private final Supplier<String> newUid;
    private final Clock clock;
    private final DayTexts texts;
    private final RowTexts rows;

    private final ObservableList<DayOffRow> daysOff = FXCollections.observableArrayList();
    private final ObservableList<DayOffRow> pastDaysOff = FXCollections.observableArrayList();
    private final ObservableList<DatedRow> dated = FXCollections.observableArrayList();
    private final ObservableList<DatedRow> pastDated = FXCollections.observableArrayList();
    private final PastFold pastFold;
    private final PastFold pastDatedFold;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The entry the lists should select after a save, so the user sees where it went. */
    private final ReadOnlyStringWrapper selectedUid = new ReadOnlyStringWrapper(this, "selectedUid");
    private final DayOffFormViewModel dayOffForm;
    private final DatedFormViewModel datedForm;

    public DaysOffViewModel(ResourceBundle bundle, ScheduleDocument document, Supplier<List<Channel>> channels,
            Supplier<String> newUid, Clock clock) {
        this.bundle = bundle;
        this.document = document;
        this.undoState = new UndoState(document, bundle, this::action);
        this.channels = channels;
        this.newUid = newUid;
        this.clock = clock;
        this.texts = new DayTexts(localeOf(bundle));
        this.pastFold = new PastFold(bundle, "daysOff.past", "daysOff.past.hide");
        this.pastDatedFold = new PastFold(bundle, "dated.past", "dated.past.hide");
        dayOffForm = new DayOffFormViewModel(bundle, texts,
                (last, editing) -> BackOnDay.firstReachableAfter(document.current(), last, editing));
        datedForm = new DatedFormViewModel(bundle);
        rows = new RowTexts(bundle, texts, dayOffForm::reasonWords);
        document.addListener((schedule, origin) -> {
            if (origin != ScheduleDocument.Origin.EDIT) {
                message.set(""); // an old "deleted, undo brings it back" no longer describes the list
            }
            refresh(schedule);
        });
        dayOffForm.firstProperty().addListener(o -> noteOverlap());
        dayOffForm.lastProperty().addListener(o -> noteOverlap());
        refresh(document.current());
    }

    /** The base bundle says ROOT; that one is English. */
    private static Locale localeOf(ResourceBundle bundle) {
        Locale locale = bundle.getLocale();
        return locale == null || locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    public DayTexts texts() {
        return texts;
    }

    /** Today in the schedule's home zone: a day off is past when its last day is before this. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(document.zone()));
    }

    /** Now on the wall clock of the home zone: an extra window or focus block is past once it ended. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(document.zone()));
    }

    /**
     * Sorts past from coming again; the app calls this when time moves on (the date, or the status
     * as a window or focus block ends), since the page never polls the clock itself.
     */
    public void refresh() {
        refresh(document.current());
    }

    private void refresh(Schedule schedule) {
        LocalDate today = today();
        LocalDateTime now = now();
        List<DayOffRow> upcoming = new ArrayList<>();
        List<DayOffRow> past = new ArrayList<>();
        List<DatedRow> once = new ArrayList<>();
        List<DatedRow> onceBefore = new ArrayList<>();
        Map<String, String> names = RowTexts.channelNames(channels.get(), ScreenLanguage.of(bundle));
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof DayOff dayOff) {
                DayOffRow row = rows.row(dayOff, today);
                (row.past() ? past : upcoming).add(row);
            } else if (entry instanceof ExtraWindow window) {
                // an imported one-off that kept its own zone is shown (and edited) in the home zone
                DatedRow row = rows.row(window, window.when().at(schedule.zone()), names, now);
                (row.past() ? onceBefore : once).add(row);
            } else if (entry instanceof FocusBlock block && block.when() instanceof Dated when) {
                DatedRow row = rows.row(block, when.at(schedule.zone()), names, now);
                (row.past() ? onceBefore : once).add(row);
            }
        }
        upcoming.sort(Comparator.comparing((DayOffRow r) -> r.entry().first()).thenComparing(r -> r.entry().last()));
        // the most recent past first: that is the one someone looks back for
        past.sort(Comparator.comparing((DayOffRow r) -> r.entry().first()).reversed());
        once.sort(Comparator.comparing((DatedRow r) -> r.when().start()));
        onceBefore.sort(Comparator.comparing((DatedRow r) -> r.when().start()).reversed());
        daysOff.setAll(upcoming);
        pastDaysOff.setAll(past);
        dated.setAll(once);
        pastDated.setAll(onceBefore);
        pastFold.setCount(past.size());
        pastDatedFold.setCount(onceBefore.size());
        dayOffForm.scheduleChanged();
    }

    private String action(Action action) {
        return bundle.getString("action." + action.name().toLowerCase(Locale.ROOT));
    }

    public String reason(DayOffReason reason) {
        return rows.reason(reason);
    }

    /** The channels a dated range can name, as settings has them now. */
    public List<Channel> channelChoices() {
        return List.copyOf(channels.get());
    }

    // --- days off

    public void addDayOff() {
        datedForm.close();
        message.set("");
        dayOffForm.startNew(today());
    }

    public void edit(DayOffRow row) {
        if (row == null) {
            return;
        }
        datedForm.close();
        message.set("");
        dayOffForm.startEdit(row.entry());
    }

    /** @return true when the day off is in the document and the form closed */
    public boolean saveDayOff() {
        return save(dayOffForm);
    }

    public void delete(DayOffRow row) {
        if (row != null) {
            delete(row.entry(), row.dates());
        }
    }

    /**
     * Two days off over the same dates are allowed (the schedule just has both), but usually a
     * mistake — a second entry for a holiday already planned — so the form mentions it.
     */
    private void noteOverlap() {
        LocalDate first = dayOffForm.firstProperty().get();
        LocalDate last = dayOffForm.lastProperty().get();
        String note = "";
        if (first != null && last != null && !last.isBefore(first)) {
            for (ScheduleEntry entry : document.current().entries()) {
                if (entry instanceof DayOff other && !other.uid().equals(dayOffForm.uid())
                        && !other.first().isAfter(last) && !other.last().isBefore(first)) {
                    note = MessageFormat.format(bundle.getString("form.overlaps"),
                            texts.range(other.first(), other.last()), reason(other.reason()));
                    break;
                }
            }
        }
        dayOffForm.setNote(note);
    }

    // --- extra windows and one-off focus

    public void addExtraWindow() {
        startDated(DatedFormViewModel.Kind.EXTRA_WINDOW);
    }

    public void addFocus() {
        startDated(DatedFormViewModel.Kind.FOCUS);
    }

    private void startDated(DatedFormViewModel.Kind kind) {
        dayOffForm.close();
        message.set("");
        datedForm.startNew(kind, today(), "9:00", "12:00", Set.of());
    }

    public void edit(DatedRow row) {
        if (row == null) {
            return;
        }
        dayOffForm.close();
        message.set("");
        datedForm.startEdit(row.entry(), row.when());
    }

    public boolean saveDated() {
        return save(datedForm);
    }

    public void delete(DatedRow row) {
        if (row != null) {
            delete(row.entry(), row.kind() + " " + row.date());
        }
    }

    // --- both

    /** @return true when the form's entry is in the document and the form closed */
    private boolean save(EntryForm form) {
        if (!form.check().isEmpty()) {
            return false;
        }
        try {
            ScheduleEntry entry = form.toEntry(newUid.get());
            apply(form.uid(), entry);
            form.close();
            return true;
        } catch (InvalidScheduleException e) {
            form.fail(MessageFormat.format(bundle.getString("problem.invalid"),
                    ProblemWords.in(localeOf(bundle)).message(e)));
            return false;
        }
    }

    /** A new entry is added; an edited one replaces what the document has now under its UID. */
    private void apply(String editing, ScheduleEntry entry) {
        Optional<ScheduleEntry> old = editing == null ? Optional.empty() : find(editing);
        ScheduleEdit edit = old.map(o -> ScheduleEdit.replace(Action.CHANGE, o, entry))
                // edited while someone else deleted it: saving brings it back rather than losing the typing
                .orElseGet(() -> ScheduleEdit.add(Action.CREATE, List.of(entry)));
        message.set("");
        document.apply(edit);
        selectedUid.set(null);
        selectedUid.set(entry.uid());
    }

    private void delete(ScheduleEntry entry, String what) {
        Optional<ScheduleEntry> now = find(entry.uid());
        if (now.isEmpty()) {
            return;
        }
        if (dayOffForm.openProperty().get() && entry.uid().equals(dayOffForm.uid())) {
            dayOffForm.close();
        }
        if (datedForm.openProperty().get() && entry.uid().equals(datedForm.uid())) {
            datedForm.close();
        }
        document.apply(ScheduleEdit.remove(Action.DELETE, List.of(now.get())));
        // no "are you sure?": undo is one key away, and the message says so
        message.set(MessageFormat.format(bundle.getString("deleted"), what));
    }

    private Optional<ScheduleEntry> find(String uid) {
        return document.current().entries().stream().filter(e -> e.uid().equals(uid)).findFirst();
    }

    public void undo() {
        step(document::undo);
    }

    public void redo() {
        step(document::redo);
    }

    private void step(BooleanSupplier step) {
        message.set("");
        try {
            step.getAsBoolean();
        } catch (StaleEditException e) {
            message.set(bundle.getString("undo.stale"));
        }
    }

    // --- properties

    public ObservableList<DayOffRow> daysOff() {
        return daysOff;
    }

    public ObservableList<DayOffRow> pastDaysOff() {
        return pastDaysOff;
    }

    public ObservableList<DatedRow> dated() {
        return dated;
    }

    /** Extra windows and focus blocks that have ended, the most recent first. */
    public ObservableList<DatedRow> pastDated() {
        return pastDated;
    }

    /** The fold of past days off under the list. */
    public PastFold pastFold() {
        return pastFold;
    }

    /** The fold of past extra windows and focus blocks. */
    public PastFold pastDatedFold() {
        return pastDatedFold;
    }

    /** Whether there is something to undo or redo, and what: for the page's buttons. */
    public UndoState undoState() {
        return undoState;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedUidProperty() {
        return selectedUid.getReadOnlyProperty();
    }

    public DayOffFormViewModel dayOffForm() {
        return dayOffForm;
    }

    public DatedFormViewModel datedForm() {
        return datedForm;
    }
}
