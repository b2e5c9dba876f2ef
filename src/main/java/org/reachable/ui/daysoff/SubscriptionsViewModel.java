package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.edit.ScheduleEdit;
import org.reachable.domain.edit.StaleEditException;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.SubscriptionStore;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.ImportPlan;
import org.reachable.domain.subscribe.SubscriptionRefresh;

/**
 * Days off's subscriptions, one row each: its line ({@link SubscriptionLines}), <i>Refresh now</i>
 * and <i>Remove subscription</i>, with what a refresh is doing or why it failed on the row, in the
 * window's language. Both work here in the window process, directly on the files in turns
 * (subscriptions.json, schedule.ics): the tray follows through its folder watcher, as it follows an
 * import, so no message has to cross to it.
 *
 * <p><b>Removing</b> takes the entries the calendar imported out of the schedule, one step of the
 * page's undo, except those the user changed here, which stay as their own (the same rule as a
 * refresh: the user's own edit wins). A subscription is removed because its calendar is no longer
 * wanted; copies that nobody updates any more would go on saying "away" on days that moved. The
 * page's note offers to undo the whole removal, the subscription included. The page's own undo and
 * redo (Ctrl+Z, Ctrl+Shift+Z) take the subscription along with its entries: a removal's step undone
 * brings both back, redone takes both again, and the same for the note's <i>Undo</i>, so the schedule
 * never keeps copies that no subscription updates, nor a subscription without its entries.
 */
public final class SubscriptionsViewModel {

    /** One subscription as the page shows it. */
    public static final class Row {
        private final Subscription subscription;
        private final StringProperty line = new SimpleStringProperty("");
        private final StringProperty state = new SimpleStringProperty("");
        private final BooleanProperty busy = new SimpleBooleanProperty(false);
        private final BooleanProperty failed = new SimpleBooleanProperty(false);

        Row(Subscription subscription) {
            this.subscription = subscription;
        }

        public String url() {
            return subscription.url();
        }

        /** Which calendar, when last refreshed, how often. */
        public ReadOnlyStringProperty lineProperty() {
            return line;
        }

        /** What <i>Refresh now</i> is doing, did, or why it failed; empty before. */
        public ReadOnlyStringProperty stateProperty() {
            return state;
        }

        /** True when the state says why a refresh failed. */
        public BooleanProperty failedProperty() {
            return failed;
        }

        /** True while it refreshes: the buttons wait. */
        public BooleanProperty busyProperty() {
            return busy;
        }
    }

    /** Imports one subscription again now ({@link SubscriptionRefresh#refresh}). */
    public interface Refresher {
        SubscriptionRefresh.Result refresh(String url) throws StoreException;
    }

    /** What removing a subscription does, asked before it is done. */
    public record Removal(Subscription subscription, String question, String detail, List<ScheduleEntry> leaving) {
    }

    private final ResourceBundle bundle;
    private final Locale locale;
    private final SubscriptionLines lines;
    private final ScheduleDocument document;
    private final Refresher refresh;
    private final SubscriptionStore store;
    private final Executor worker;
    private final Executor ui;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** Per address, what its last Refresh now said: kept when the rows are made again. */
    private final Map<String, String> states = new LinkedHashMap<>();
    private final Map<String, Boolean> failures = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    /** The last removal, while its subscription is out of subscriptions.json; null otherwise. */
    private Removal removed;
    /** Each removal made here and its steps in the page's undo history, as the document holds them. */
    private final List<Steps> steps = new ArrayList<>();

    /** A removal's steps: its entries out (null: none left), and back by the note's Undo (null: not). */
    private record Steps(Removal removal, ScheduleEdit out, ScheduleEdit back) {
        /** Whether undoing {@code undone} brings the entries back: the subscription follows. */
        boolean bringsBack(ScheduleEdit undone) {
            return undone.equals(out) || back != null && undone.equals(back.inverse());
        }

        boolean takesOut(ScheduleEdit undone) {
            return undone.equals(back) || out != null && undone.equals(out.inverse());
        }
    }

    /**
     * @param worker where a calendar is downloaded and the files written (not the thread the page's
     *     saves run on: a download can take 20 s); @param ui the FX thread
     */
    public SubscriptionsViewModel(ResourceBundle bundle, SubscriptionLines lines, ScheduleDocument document,
            Refresher refresh, SubscriptionStore store, Executor worker, Executor ui) {
        this.bundle = bundle;
        Locale l = bundle.getLocale();
        this.locale = l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
        this.lines = lines;
        this.document = document;
        this.refresh = refresh;
        this.store = store;
        this.worker = worker;
        this.ui = ui;
        document.addListener((schedule, origin) -> {
            if (origin == ScheduleDocument.Origin.UNDO) {
                document.nextRedo().ifPresent(this::stepped);
            } else if (origin == ScheduleDocument.Origin.REDO) {
                document.nextUndo().ifPresent(edit -> stepped(edit.inverse()));
            }
        });
    }

    /**
     * The page's undo just took {@code undone} back (a redo: its inverse): when it is a step of a
     * removal made here, the subscription follows its entries.
     */
    private void stepped(ScheduleEdit undone) {
        for (Steps st : steps) {
            if (st.bringsBack(undone)) {
                restore(st.removal());
                return;
            }
            if (st.takesOut(undone)) {
                takeOut(st.removal());
                return;
            }
        }
    }

    /** The subscriptions as subscriptions.json has them, against the schedule as it is here. On the FX thread. */
    public void show(List<Subscription> subscriptions, Schedule schedule) {
        Map<String, Row> old = new LinkedHashMap<>();
        rows.forEach(r -> old.put(r.url(), r));
        List<Row> next = new ArrayList<>();
        for (Subscription s : subscriptions) {
            Row row = new Row(s);
            row.line.set(lines.line(s, schedule));
            row.state.set(states.getOrDefault(s.url(), ""));
            row.failed.set(failures.getOrDefault(s.url(), false));
            row.busy.set(old.containsKey(s.url()) && old.get(s.url()).busy.get());
            next.add(row);
        }
        rows.setAll(next);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** After a removal: what went, and that it can be undone; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while the note offers to undo a removal. */
    public boolean canUndoRemoval() {
        return removed != null;
    }

    /** <i>Refresh now</i>: downloads and imports it again on the worker; the row says how it went. */
    public void refresh(Row row) {
        if (row.busy.get()) {
            return;
        }
        row.busy.set(true);
        say(row, bundle.getString("subscription.refreshing"), false);
        String url = row.url();
        worker.execute(() -> {
            String done;
            boolean failed = false;
            try {
                SubscriptionRefresh.Result r = refresh.refresh(url);
                done = r.added() + r.changed() + r.removed() == 0 ? bundle.getString("subscription.refreshed.none")
                        : format("subscription.refreshed", r.added(), r.changed(), r.removed());
            } catch (StoreException | RuntimeException e) {
                done = format("subscription.refreshFailed", fullStop(ProblemWords.in(locale).message(e)));
                failed = true;
            }
            String said = done;
            boolean wrong = failed;
            ui.execute(() -> {
                row.busy.set(false);
                say(row, said, wrong);
            });
        });
    }

    /** What <i>Remove subscription</i> would do, for the question before it. */
    public Removal removal(Row row) {
        Subscription s = row.subscription;
        String prefix = ImportPlan.uidPrefix(s.url());
        List<ScheduleEntry> leaving = new ArrayList<>();
        int stay = 0;
        for (ScheduleEntry e : document.current().entries()) {
            if (!e.uid().startsWith(prefix)) {
                continue;
            }
            if (Subscription.fingerprint(e).equals(s.imported().get(e.uid()))) {
                leaving.add(e);
            } else {
                stay++;
            }
        }
        String detail = format("subscription.remove.leaving", leaving.size());
        if (stay > 0) {
            detail += " " + format("subscription.remove.staying", stay);
        }
        return new Removal(s, format("subscription.remove.question", s.url()),
                detail + " " + bundle.getString("subscription.remove.undo"), leaving);
    }

    /** Removes it, as {@code removal} said: its entries in one undo step here, the subscription in its file. */
    public void remove(Removal removal) {
        boolean made = document.apply(ScheduleEdit.remove(ScheduleEdit.Action.DELETE, removal.leaving()));
        steps.add(new Steps(removal, made ? document.nextUndo().orElse(null) : null, null));
        takeOut(removal);
    }

    private void takeOut(Removal removal) {
        String url = removal.subscription().url();
        states.remove(url);
        rows.removeIf(r -> r.url().equals(url));
        removed = removal;
        note.set(format("subscription.removed", url, removal.leaving().size()));
        write(list -> without(list, url));
    }

    /**
     * The note's <i>Undo</i>: the subscription and the entries that left with it are back. The page's
     * own undo when the removal is its last step (so redo can take it again), else a step of its own.
     */
    public void undoRemoval() {
        Removal r = removed;
        if (r == null) {
            return;
        }
        Steps st = steps.stream().filter(x -> x.removal() == r).findFirst().orElseThrow();
        if (st.out() != null && document.nextUndo().filter(st.out()::equals).isPresent()) {
            try {
                document.undo(); // the listener brings the subscription back
                return;
            } catch (StaleEditException e) {
                // an entry changed outside since: the step is gone, and the entries come back as a step of their own
            }
        }
        List<ScheduleEntry> missing = new ArrayList<>();
        for (ScheduleEntry e : r.leaving()) {
            if (document.current().entries().stream().noneMatch(here -> here.uid().equals(e.uid()))) {
                missing.add(e);
            }
        }
        boolean made = document.apply(ScheduleEdit.add(ScheduleEdit.Action.RESTORE, missing));
        steps.set(steps.indexOf(st), new Steps(r, st.out(), made ? document.nextUndo().orElse(null) : st.back()));
        restore(r);
    }

    private void restore(Removal removal) {
        removed = null;
        note.set(format("subscription.restored", removal.subscription().url()));
        write(list -> {
            List<Subscription> next = without(list, removal.subscription().url());
            next.add(removal.subscription());
            return next;
        });
    }

    private void write(UnaryOperator<List<Subscription>> change) {
        worker.execute(() -> {
            try {
                store.update(change);
            } catch (StoreException | RuntimeException e) {
                String why = ProblemWords.in(locale).message(e);
                ui.execute(() -> note.set(why));
            }
        });
    }

    private static List<Subscription> without(List<Subscription> list, String url) {
        List<Subscription> next = new ArrayList<>();
        list.stream().filter(s -> !s.url().equals(url)).forEach(next::add);
        return next;
    }

    private void say(Row row, String text, boolean failed) {
        states.put(row.url(), text);
        failures.put(row.url(), failed);
        row.state.set(text);
        row.failed.set(failed);
    }

    private static String fullStop(String words) {
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** For a test: the row of {@code url}. */
    Optional<Row> row(String url) {
        return rows.stream().filter(r -> r.url().equals(url)).findFirst();
    }
}
