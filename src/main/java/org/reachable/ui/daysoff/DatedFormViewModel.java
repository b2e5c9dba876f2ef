package org.reachable.ui.daysoff;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.ui.TimeText;

/**
 * The fields of the form for one dated range: an extra window (channels reachable) or a one-off
 * focus block (channels off; none picked means all). Times stay text until saved, so "9.00" and
 * "09:00" both work and a half-typed time is not thrown away; an end at or before the start ends the
 * next day (a night shift "22:00–2:00").
 */
public final class DatedFormViewModel implements EntryForm {

    /** Which kind of entry the form makes. */
    public enum Kind {
        EXTRA_WINDOW, FOCUS
    }

    private final ResourceBundle bundle;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.EXTRA_WINDOW);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    /** Channel ids that are picked. */
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    /** Focus only: every channel, also ones added later. */
    private final BooleanProperty allChannels = new SimpleBooleanProperty(this, "allChannels");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper timesHint = new ReadOnlyStringWrapper(this, "timesHint", "");
    private final ReadOnlyBooleanWrapper focus = new ReadOnlyBooleanWrapper(this, "focus");
    private String uid;

    DatedFormViewModel(ResourceBundle bundle) {
        this.bundle = bundle;
        date.addListener(o -> check());
        from.addListener(o -> check());
        to.addListener(o -> check());
        channels.addListener((ListChangeListener<String>) c -> check());
        allChannels.addListener(o -> check());
        kind.addListener(o -> {
            focus.set(kind.get() == Kind.FOCUS);
            check();
        });
    }

    void startNew(Kind newKind, LocalDate day, String defaultFrom, String defaultTo, Set<String> picked) {
        uid = null;
        kind.set(newKind);
        focus.set(newKind == Kind.FOCUS);
        title.set(bundle.getString(newKind == Kind.FOCUS ? "form.focus.new" : "form.window.new"));
        date.set(day);
        from.set(defaultFrom);
        to.set(defaultTo);
        channels.setAll(picked);
        allChannels.set(newKind == Kind.FOCUS);
        summary.set("");
        open.set(true);
        check();
    }

    void startEdit(ScheduleEntry entry, Dated when) {
        uid = entry.uid();
        Kind entryKind = entry instanceof FocusBlock ? Kind.FOCUS : Kind.EXTRA_WINDOW;
        kind.set(entryKind);
        focus.set(entryKind == Kind.FOCUS);
        title.set(bundle.getString(entryKind == Kind.FOCUS ? "form.focus.edit" : "form.window.edit"));
        date.set(when.start().toLocalDate());
        from.set(DayTexts.time(when.start().toLocalTime()));
        to.set(DayTexts.time(when.end().toLocalTime()));
        channels.setAll(entry.channels());
        allChannels.set(entryKind == Kind.FOCUS && entry.channels().isEmpty());
        String fallback = entryKind == Kind.FOCUS ? "Focus" : "Extra reachable";
        summary.set(fallback.equals(entry.summary()) ? "" : entry.summary());
        open.set(true);
        check();
    }

    @Override
    public void close() {
        open.set(false);
        problem.set("");
    }

    /** The range the fields describe, or empty while they do not describe one. */
    Optional<Dated> range() {
        Optional<LocalTime> start = TimeText.parse(from.get());
        Optional<LocalTime> end = TimeText.parse(to.get());
        if (date.get() == null || start.isEmpty() || end.isEmpty() || start.get().equals(end.get())) {
            return Optional.empty();
        }
        LocalDateTime begin = date.get().atTime(start.get());
        LocalDateTime finish = date.get().atTime(end.get());
        if (!finish.isAfter(begin)) {
            finish = finish.plusDays(1); // "22:00–2:00" and "18:00–24:00" end the next day
        }
        return Optional.of(new Dated(begin, finish));
    }

    @Override
    public String check() {
        String message = "";
        Optional<LocalTime> start = TimeText.parse(from.get());
        Optional<LocalTime> end = TimeText.parse(to.get());
        if (date.get() == null) {
            message = bundle.getString("problem.noDate");
        } else if (start.isEmpty()) {
            message = MessageFormat.format(bundle.getString("problem.time"), from.get().trim());
        } else if (end.isEmpty()) {
            message = MessageFormat.format(bundle.getString("problem.time"), to.get().trim());
        } else if (start.get().equals(end.get())) {
            message = bundle.getString("problem.sameTimes");
        } else if (kind.get() == Kind.EXTRA_WINDOW && channels.isEmpty()) {
            message = bundle.getString("problem.noChannel");
        } else if (kind.get() == Kind.FOCUS && !allChannels.get() && channels.isEmpty()) {
            message = bundle.getString("problem.noChannelOrAll");
        }
        problem.set(message);
        Optional<Dated> range = message.isEmpty() ? range() : Optional.empty();
        timesHint.set(range.filter(r -> !r.end().toLocalDate().equals(r.start().toLocalDate()))
                .map(r -> bundle.getString("form.nextDay")).orElse(""));
        return message;
    }

    @Override
    public void fail(String message) {
        problem.set(message);
    }

    @Override
    public ScheduleEntry toEntry(String newUid) {
        String id = uid == null ? newUid : uid;
        Dated when = range().orElseThrow();
        Set<String> picked = new LinkedHashSet<>(channels);
        if (kind.get() == Kind.FOCUS) {
            return new FocusBlock(id, summary.get().trim(), when, allChannels.get() ? Set.of() : picked);
        }
        return new ExtraWindow(id, summary.get().trim(), when, picked);
    }

    @Override
    public String uid() {
        return uid;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ReadOnlyBooleanProperty focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    public BooleanProperty allChannelsProperty() {
        return allChannels;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timesHintProperty() {
        return timesHint.getReadOnlyProperty();
    }
}
