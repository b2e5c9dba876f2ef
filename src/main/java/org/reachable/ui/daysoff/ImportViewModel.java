package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.service.ImportPlan;

/**
 * The Import… dialog of the Days off page: a file or an address, what it becomes, a preview of
 * what would be added, changed or removed, and the import itself as one edit of the shared
 * {@link ScheduleDocument} (so Undo on either page takes it back). The fetch runs on {@code io};
 * its result comes back on {@code ui}.
 */
public final class ImportViewModel {

    private final ResourceBundle bundle;
    private final ScheduleDocument document;
    private final CalendarImporter importer;
    private final Supplier<List<Channel>> channels;
    private final Clock clock;
    private final Executor io;
    private final Executor ui;
    private final Locale locale;

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<ImportAs> as = new SimpleObjectProperty<>(this, "as", ImportAs.DAYS_OFF_AND_FOCUS);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private ImportPlan plan;
    /** Counts previews, so that an answer to an older one (the user typed on) is dropped. */
    private int asked;

    private java.util.function.BiConsumer<ImportPlan, ImportAs> remember = (plan, as) -> { };

    public ImportViewModel(ResourceBundle bundle, ScheduleDocument document, CalendarImporter importer,
            Supplier<List<Channel>> channels, Clock clock, Executor io, Executor ui) {
        this.bundle = bundle;
        this.document = document;
        this.importer = importer;
        this.channels = channels;
        this.clock = clock;
        this.io = io;
        this.ui = ui;
        Locale l = bundle.getLocale();
        this.locale = l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
        source.addListener(o -> forget());
        as.addListener(o -> forget());
    }

    /**
     * Told after an import from an address is made (the plan and what it was imported as), so the
     * caller keeps it as a subscription in settings.json.
     */
    public void rememberWith(java.util.function.BiConsumer<ImportPlan, ImportAs> then) {
        this.remember = then;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<ImportAs> asProperty() {
        return as;
    }

    /** The choices of "import as", in the order the dialog lists them. */
    public List<ImportAs> asChoices() {
        return List.of(ImportAs.values());
    }

    public String asWords(ImportAs choice) {
        return choice == null ? "" : bundle.getString("import.as." + choice.code());
    }

    /** One line per entry the import adds (+), changes (~) or removes (−). */
    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** Fetches and reads the calendar and shows what importing it would do; writes nothing. */
    public void preview() {
        forget();
        String given = source.get() == null ? "" : source.get().strip();
        if (given.isEmpty()) {
            error.set(bundle.getString("import.noSource"));
            return;
        }
        Schedule current = document.current();
        ImportAs chosen = as.get();
        List<Channel> known = channels.get();
        LocalDateTime now = LocalDateTime.now(clock.withZone(current.zone()));
        int ticket = ++asked;
        busy.set(true);
        io.execute(() -> {
            try {
                ImportPlan result = importer.preview(current, given, chosen, Set.of(), known, now);
                ui.execute(() -> show(ticket, result, null));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> show(ticket, null, e));
            }
        });
    }

    private void show(int ticket, ImportPlan result, Exception failure) {
        if (ticket != asked) {
            return;
        }
        busy.set(false);
        if (failure != null) {
            error.set(ProblemWords.in(locale).message(failure));
            return;
        }
        plan = result;
        result.added().forEach(e -> lines.add("+ " + describe(e)));
        result.changed().forEach(c -> lines.add("~ " + describe(c.after())));
        result.removed().forEach(e -> lines.add("\u2212 " + describe(e)));
        ProblemWords words = ProblemWords.in(locale);
        for (Problem p : result.skipped()) {
            lines.add("\u00b7 " + words.words(p));
        }
        String counts = MessageFormat.format(bundle.getString("import.summary"), result.added().size(),
                result.changed().size(), result.removed().size(), result.unchanged());
        if (result.past() > 0) {
            counts += " " + MessageFormat.format(bundle.getString("import.past"), result.past());
        }
        if (!result.skipped().isEmpty()) {
            counts += " " + MessageFormat.format(bundle.getString("import.skipped"), result.skipped().size());
        }
        summary.set(counts);
        canImport.set(!result.isEmpty());
    }

    /**
     * Makes the previewed import as one edit (one undo step).
     *
     * @return true when something changed; the dialog then closes and the page says what happened
     */
    public boolean importNow() {
        if (plan == null || plan.isEmpty()) {
            return false;
        }
        boolean changed = document.apply(plan.edit());
        if (changed && plan.source().startsWith("https://")) {
            remember.accept(plan, as.get()); // an address: the tray imports it again on its own from now on
        }
        forget();
        return changed;
    }

    private void forget() {
        plan = null;
        lines.clear();
        summary.set("");
        error.set("");
        canImport.set(false);
        busy.set(false);
        asked++;
    }

    /** "Day off · Thu 24 Dec 2026 – Sat 26 Dec 2026 · Christmas", in the screen language. */
    String describe(ScheduleEntry entry) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String when;
        if (entry instanceof DayOff d) {
            when = d.first().equals(d.last()) ? date.format(d.first())
                    : date.format(d.first()) + " \u2013 " + date.format(d.last());
        } else {
            Object w = entry instanceof FocusBlock f ? f.when()
                    : entry instanceof ExtraWindow x ? x.when() : ((ReachableWindow) entry).when();
            if (w instanceof Dated own) {
                Dated dated = own.at(document.zone()); // the preview speaks the home zone's time
                when = date.format(dated.start()) + " " + time.format(dated.start()) + "\u2013"
                        + time.format(dated.end());
            } else {
                Weekly weekly = HomeWeek.usual((Weekly) w, document.zone()); // kept in another zone: home times
                String days = weekly.days().stream().sorted()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining(", "));
                when = MessageFormat.format(bundle.getString("import.weekly"), weekly.series().weeks(), days,
                        time.format(weekly.times().start()), time.format(weekly.times().end()));
            }
        }
        return bundle.getString("import.kind." + entry.kind().code()) + " \u00b7 " + when + " \u00b7 "
                + entry.summary();
    }
}
