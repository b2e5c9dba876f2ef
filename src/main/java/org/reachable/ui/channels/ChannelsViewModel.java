package org.reachable.ui.channels;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.PhoneNumbers;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.ui.ScreenLanguage;
import org.reachable.ui.channels.TranslationTodos.Todo;

/**
 * The Channels screen's state: the list of channels, the form for the selected one
 * ({@link ChannelFormViewModel}), and a list of the words that still lack a language.
 *
 * <p>Every valid change is written at once, as a read-modify-write of settings.json on {@code io}
 * (so edits made elsewhere in the meantime stay); results and failures come back on {@code ui}.
 * Choices (type, promises, fallback, urgent-only) save as they change; text fields save when the
 * view calls {@link #commit()} (focus lost, Enter), so typing does not write the file at every key.
 * A contact detail that does not pass {@link ContactCheck} is never saved: it stays in the form
 * with its message, and the rest of the form still saves.
 */
public final class ChannelsViewModel {

    private final ResourceBundle bundle;
    private final SettingsStore store;
    private final ZoneId zone;
    private final ToIntFunction<String> usage;
    private final Consumer<String> removed;
    private final Executor io;
    private final Executor ui;

    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ObservableList<Channel> readOnlyChannels = FXCollections.unmodifiableObservableList(channels);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    /** The profile's text languages the form asks, main language first. */
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<Todo> todos = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLanguages = FXCollections.unmodifiableObservableList(languages);
    private final ObservableList<Todo> readOnlyTodos = FXCollections.unmodifiableObservableList(todos);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper removalQuestion = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd = Bindings.size(channels).lessThan(Settings.MAX_CHANNELS);
    private final BooleanBinding canMoveUp = selectedIndex.greaterThan(0);
    private final BooleanBinding canMoveDown = selectedIndex.greaterThanOrEqualTo(0)
            .and(selectedIndex.lessThan(Bindings.size(channels).subtract(1)));
    private final ChannelFormViewModel form;

    /** True while the model fills the list, so the view does not take its moves for a user's choice. */
    private boolean changing;

    /**
     * @param usage how many schedule entries use a channel id, for the question before removing it
     * @param removed called on {@code io} after a channel is removed from settings.json, so the app
     *     can take its id out of the schedule
     */
    public ChannelsViewModel(ResourceBundle bundle, SettingsStore store, ZoneId zone, ToIntFunction<String> usage,
            Consumer<String> removed, Executor io, Executor ui) {
        this.bundle = bundle;
        this.store = store;
        this.zone = zone;
        this.usage = usage;
        this.removed = removed;
        this.io = io;
        this.ui = ui;
        languages.setAll(ChannelWords.LANGUAGES);
        form = new ChannelFormViewModel(bundle, readOnlyChannels, readOnlyLanguages, screenLanguage(), () -> {
            if (!changing) {
                commit();
            }
        });
        channels.addListener((ListChangeListener<Channel>) c -> listTodos());
        languages.addListener((ListChangeListener<String>) c -> listTodos());
    }

    /**
     * Numbers are checked as they are typed the way the texts will write them: read in the home
     * zone's country, a number no plan gives out ("06 98765432") is refused with its reason, and a
     * good one is stored as E.164 when it is saved ("06 12345678" → "+31612345678").
     */
    public void checkNumbersWith(PhoneNumbers phones) {
        String region = phones.region(zone).orElse(null);
        form.contactField().checkWith((type, text) -> phones.checkContact(type, text, region),
                (type, text) -> phones.stored(type, text, region));
    }

    /** Reads settings.json and shows it; a field being edited keeps what was typed. */
    public void load() {
        io.execute(() -> {
            try {
                Settings fresh = store.load(zone);
                ui.execute(() -> show(fresh));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(format("channels.problem.load", ProblemWords.in(bundle.getLocale()).message(e))));
            }
        });
    }

    private void show(Settings fresh) {
        changing = true;
        try {
            List<String> asked = fresh.profile().languages().stream().map(l -> Locale.forLanguageTag(l).getLanguage())
                    .filter(ChannelWords.LANGUAGES::contains).distinct().toList();
            if (!asked.equals(languages)) {
                languages.setAll(asked.isEmpty() ? List.of(screenLanguage()) : asked);
            }
            form.words().register(fresh.profile().register());
            String id = form.shown() == null ? null : form.shown().id();
            channels.setAll(fresh.channels());
            int index = indexOf(id);
            if (index >= 0) {
                selectedIndex.set(index);
                form.refresh(channels.get(index));
            } else {
                selectedIndex.set(channels.isEmpty() ? -1 : 0);
                form.fill(channels.isEmpty() ? null : channels.get(0));
            }
        } finally {
            changing = false;
        }
    }

    private void listTodos() {
        todos.setAll(TranslationTodos.of(channels, languages, bundle, screenLanguage()));
    }

    /** Selects the channel a to-do names; the view then puts the cursor in its field. */
    public void jumpTo(Todo todo) {
        jumpTo(todo.channelId());
    }

    /** Selects the channel with this id (saving the form first), as a link from elsewhere asks. */
    public void jumpTo(String channelId) {
        int index = indexOf(channelId);
        if (index >= 0) {
            select(index);
        }
    }

    /** Shows the channel at {@code index} (-1: none) after saving what the form holds for the last one. */
    public void select(int index) {
        if (changing || index < -1 || index >= channels.size()) {
            return;
        }
        Channel shown = form.shown();
        if (index == selectedIndex.get() && shown != null && index >= 0
                && channels.get(index).id().equals(shown.id())) {
            return;
        }
        commit();
        removalQuestion.set("");
        changing = true;
        try {
            selectedIndex.set(index);
            form.fill(index < 0 ? null : channels.get(index));
        } finally {
            changing = false;
        }
    }

    /** Saves what the form holds for the selected channel, where it is valid and changed. */
    public void commit() {
        if (form.shown() == null) {
            return;
        }
        int index = indexOf(form.shown().id());
        if (index < 0) {
            return;
        }
        Channel current = channels.get(index);
        Channel updated = form.edited(current);
        if (updated.equals(current)) {
            return;
        }
        changing = true;
        try {
            channels.set(index, updated);
            selectedIndex.set(index);
            form.saved(current, updated);
        } finally {
            changing = false;
        }
        save(ChannelEdits.replace(updated));
    }

    /** Puts back what is saved for the selected channel, dropping what was typed and not saved (Escape). */
    public void revert() {
        Channel shown = form.shown();
        if (shown == null || indexOf(shown.id()) < 0) {
            return;
        }
        form.forget(shown.id());
        changing = true;
        try {
            form.fill(channels.get(indexOf(shown.id())));
        } finally {
            changing = false;
        }
    }

    /**
     * Adds a channel of {@code kind} with the usual names and promises, and selects it; a channel of
     * one's own gets a placeholder name copied into every language, not translated yet.
     */
    public void add(ChannelType kind) {
        if (!canAdd.get()) {
            return;
        }
        commit();
        Channel added = form.fresh(kind);
        changing = true;
        try {
            channels.add(added);
        } finally {
            changing = false;
        }
        select(channels.size() - 1);
        save(ChannelEdits.add(added, format("channels.problem.taken", added.id())));
    }

    /** The language the screen speaks: names in the list and in questions are shown in it. */
    public String screenLanguage() {
        return ScreenLanguage.of(bundle);
    }

    /** Asks before removing the selected channel; the question says how much of the week uses it. */
    public void askRemove() {
        Channel shown = form.shown();
        if (shown == null) {
            return;
        }
        int used = usage.applyAsInt(shown.id());
        removalQuestion.set(used > 0 ? format("channels.remove.questionUsed", shown.name(screenLanguage()), used)
                : format("channels.remove.question", shown.name(screenLanguage())));
    }

    public void cancelRemove() {
        removalQuestion.set("");
    }

    /** Removes the selected channel (after {@link #askRemove()}); the next one is selected. */
    public void confirmRemove() {
        if (form.shown() == null || removalQuestion.get().isEmpty()) {
            return;
        }
        removalQuestion.set("");
        String id = form.shown().id();
        int index = indexOf(id);
        form.forget(id);
        changing = true;
        try {
            channels.remove(index);
            int next = Math.min(index, channels.size() - 1);
            selectedIndex.set(next);
            form.fill(next < 0 ? null : channels.get(next));
        } finally {
            changing = false;
        }
        save(ChannelEdits.remove(id), () -> removed.accept(id));
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        int from = selectedIndex.get();
        int to = from + by;
        if (from < 0 || to < 0 || to >= channels.size()) {
            return;
        }
        commit();
        String id = channels.get(from).id();
        changing = true;
        try {
            Channel moving = channels.remove(from);
            channels.add(to, moving);
            selectedIndex.set(to);
        } finally {
            changing = false;
        }
        save(ChannelEdits.move(id, by));
    }

    private void save(UnaryOperator<Settings> change) {
        save(change, () -> { });
    }

    /** Reads, changes and writes settings.json; {@code after} runs on {@code io} once it is written. */
    private void save(UnaryOperator<Settings> change, Runnable after) {
        io.execute(() -> {
            try {
                store.update(zone, change);
                ui.execute(() -> problem.set(""));
                after.run();
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(format("channels.problem.save", ProblemWords.in(bundle.getLocale()).message(e))));
            }
        });
    }

    private int indexOf(String id) {
        for (int i = 0; id != null && i < channels.size(); i++) {
            if (channels.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** True while the model itself changes the list, so the view does not take it for a user's selection. */
    public boolean isChanging() {
        return changing;
    }

    /** The form for the selected channel. */
    public ChannelFormViewModel form() {
        return form;
    }

    public ObservableList<Channel> channels() {
        return readOnlyChannels;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The profile's text languages the form asks, main language first. */
    public ObservableList<String> languages() {
        return readOnlyLanguages;
    }

    /** What still lacks a text language ("E-mail: English name not translated yet"). */
    public ObservableList<Todo> todos() {
        return readOnlyTodos;
    }

    /** Why the last save or load failed; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The question before removing, while it is asked; empty otherwise. */
    public ReadOnlyStringProperty removalQuestionProperty() {
        return removalQuestion.getReadOnlyProperty();
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }
}
