package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;

/**
 * The fields of the day-off form. The back-on date follows the last day (the first day after it the
 * week has a reachable window, or simply the day after) until the user picks one; then it stays, so
 * a "back on" the user chose survives moving the first day.
 * Problems are worked out on every change, so the form can say what is wrong before Save.
 */
public final class DayOffFormViewModel implements EntryForm {

    private final ResourceBundle bundle;
    private final DayTexts texts;
    /** (last day, entry being edited) to the first reachable day after it; empty without a week. */
    private final BiFunction<LocalDate, String, Optional<LocalDate>> reachableAfter;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<LocalDate> first = new SimpleObjectProperty<>(this, "first");
    private final ObjectProperty<LocalDate> last = new SimpleObjectProperty<>(this, "last");
    private final ObjectProperty<LocalDate> backOn = new SimpleObjectProperty<>(this, "backOn");
    private final BooleanProperty backOnDerived = new SimpleBooleanProperty(this, "backOnDerived", true);
    private final ObjectProperty<DayOffReason> reason = new SimpleObjectProperty<>(this, "reason",
            DayOffReason.VACATION);
    private final StringProperty standIn = new SimpleStringProperty(this, "standIn", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty urgentLineOff = new SimpleBooleanProperty(this, "urgentLineOff");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** Not wrong, but worth a look: the range overlaps another day off. */
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper backOnHint = new ReadOnlyStringWrapper(this, "backOnHint", "");
    /** The entry being edited, or null for a new one. */
    private String uid;
    /** Set while the form moves a date itself, so that is not taken as the user's choice. */
    private boolean deriving;

    DayOffFormViewModel(ResourceBundle bundle, DayTexts texts,
            BiFunction<LocalDate, String, Optional<LocalDate>> reachableAfter) {
        this.bundle = bundle;
        this.texts = texts;
        this.reachableAfter = reachableAfter;
        first.addListener((o, was, now) -> {
            // the last day follows the first while it was the same day (a one-day absence is the common case)
            if (now != null && (last.get() == null || last.get().equals(was))) {
                last.set(now);
            }
            check();
        });
        last.addListener((o, was, now) -> {
            derive();
            check();
        });
        backOn.addListener((o, was, now) -> {
            if (!deriving) {
                backOnDerived.set(now == null || now.equals(derivedBackOn()));
                if (now == null) {
                    derive();
                }
            }
            check();
        });
        backOnDerived.addListener((o, was, now) -> {
            derive();
            check();
        });
    }

    void startNew(LocalDate day) {
        uid = null;
        title.set(bundle.getString("form.dayOff.new"));
        reason.set(DayOffReason.VACATION);
        standIn.set("");
        summary.set("");
        urgentLineOff.set(false);
        backOnDerived.set(true);
        last.set(null);
        first.set(null);
        first.set(day);
        open.set(true);
        check();
    }

    void startEdit(DayOff entry) {
        uid = entry.uid();
        title.set(bundle.getString("form.dayOff.edit"));
        reason.set(entry.reason());
        standIn.set(entry.standIn());
        summary.set(defaultSummary(entry) ? "" : entry.summary());
        urgentLineOff.set(entry.urgentLineOff());
        backOnDerived.set(true);
        first.set(null);
        last.set(null);
        first.set(entry.first());
        last.set(entry.last());
        backOn.set(entry.backOn()); // marks it the user's own when it is not the derived day
        open.set(true);
        check();
    }

    /**
     * An empty description is saved as the reason in the user's words ("Vakantie"), so the
     * exported calendar says something in their language; the form shows that as empty again, as
     * it does the model's own English default of older files.
     */
    private boolean defaultSummary(DayOff entry) {
        return "Day off".equals(entry.summary()) || reasonWords(entry.reason()).equals(entry.summary());
    }

    /** "Vakantie", "Ziek", "Feestdag"; for "other" not "Anders" but "Vrije dag". */
    String reasonWords(DayOffReason why) {
        return why == DayOffReason.OTHER ? bundle.getString("dayOff.summary")
                : bundle.getString("reason." + why.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        open.set(false);
        problem.set("");
        note.set("");
    }

    /** The user's own back-on date goes; the derived day counts again. */
    public void useDerivedBackOn() {
        backOnDerived.set(true);
    }

    /**
     * The schedule changed under an open form (a save elsewhere, an undo, the file): a derived
     * back-on day may now be another one. The user's own date stays.
     */
    void scheduleChanged() {
        if (open.get()) {
            derive();
            check();
        }
    }

    private Optional<LocalDate> reachableAfterLast() {
        return last.get() == null ? Optional.empty() : reachableAfter.apply(last.get(), uid);
    }

    /** The first reachable day after the last day; the day after it when the week has no windows. */
    private LocalDate derivedBackOn() {
        return last.get() == null ? null : reachableAfterLast().orElse(last.get().plusDays(1));
    }

    private void derive() {
        Optional<LocalDate> reachable = reachableAfterLast();
        if (backOnDerived.get()) {
            deriving = true;
            try {
                backOn.set(last.get() == null ? null : reachable.orElse(last.get().plusDays(1)));
            } finally {
                deriving = false;
            }
        }
        // without windows in the week there is no "reachable again" to speak of: say what it is
        String hint = reachable.isPresent() ? "form.backOn.reachable" : "form.backOn.derived";
        backOnHint.set(bundle.getString(backOnDerived.get() ? hint : "form.backOn.own"));
    }

    /** Works out what is wrong, in the user's words; empty when the form can be saved. */
    @Override
    public String check() {
        String message = "";
        if (first.get() == null) {
            message = bundle.getString("problem.noFirst");
        } else if (last.get() == null) {
            message = bundle.getString("problem.noLast");
        } else if (last.get().isBefore(first.get())) {
            message = MessageFormat.format(bundle.getString("problem.lastBeforeFirst"),
                    texts.date(last.get()), texts.date(first.get()));
        } else if (backOn.get() != null && !backOn.get().isAfter(last.get())) {
            message = bundle.getString("problem.backOnNotAfterLast");
        }
        problem.set(message);
        return message;
    }

    @Override
    public void fail(String message) {
        problem.set(message);
    }

    /**
     * The entry the form describes; call only when {@link #check()} found nothing. A derived day is
     * passed on as a date too: the model's own default is the day after the last, and the texts
     * should name the day the form showed.
     */
    @Override
    public DayOff toEntry(String newUid) {
        String description = summary.get().isBlank() ? reasonWords(reason.get()) : summary.get().trim();
        return new DayOff(uid == null ? newUid : uid, description, first.get(), last.get(), reason.get(),
                standIn.get().trim(), backOnDerived.get() ? derivedBackOn() : backOn.get(), urgentLineOff.get());
    }

    @Override
    public String uid() {
        return uid;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> firstProperty() {
        return first;
    }

    public ObjectProperty<LocalDate> lastProperty() {
        return last;
    }

    public ObjectProperty<LocalDate> backOnProperty() {
        return backOn;
    }

    public BooleanProperty backOnDerivedProperty() {
        return backOnDerived;
    }

    public ObjectProperty<DayOffReason> reasonProperty() {
        return reason;
    }

    public StringProperty standInProperty() {
        return standIn;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty urgentLineOffProperty() {
        return urgentLineOff;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void setNote(String text) {
        note.set(text);
    }

    public ReadOnlyStringProperty backOnHintProperty() {
        return backOnHint.getReadOnlyProperty();
    }
}
