package org.reachable.ui.channels;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.ContactCheck;
import org.reachable.domain.model.ContactCheck.Problem;
import org.reachable.domain.model.Fallback;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.ui.channels.TranslationTodos.Todo;

/**
 * The Channels screen's state: the list of channels and a form for the selected one, with what a
 * client reads about it in each of the profile's text languages ({@link ChannelWords}) and a list
 * of the words that still lack a language.
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
    private final ObjectProperty<ChannelType> type = new SimpleObjectProperty<>(ChannelType.PHONE);
    private final ContactField contact;
    private final ObjectProperty<Fallback> fallback = new SimpleObjectProperty<>(Fallback.NONE);
    private final BooleanProperty urgentOnly = new SimpleBooleanProperty(false);
    private final ChannelWords words;
    private final ChannelNaming naming;
    /** The profile's text languages the form asks, main language first. */
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<Todo> todos = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLanguages = FXCollections.unmodifiableObservableList(languages);
    private final ObservableList<Todo> readOnlyTodos = FXCollections.unmodifiableObservableList(todos);
    private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper channelId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper removalQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canAdd = Bindings.size(channels).lessThan(Settings.MAX_CHANNELS);
    private final BooleanBinding canMoveUp = selectedIndex.greaterThan(0);
    private final BooleanBinding canMoveDown = selectedIndex.greaterThanOrEqualTo(0)
            .and(selectedIndex.lessThan(Bindings.size(channels).subtract(1)));

    /** The channel the form shows, as it was last filled in or saved; the form's edits compare to it. */
    private Channel shown;
    /** True while the model fills the form or the list, so listeners neither save nor reselect. */
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
        words = new ChannelWords(bundle.getString("channels.preview.none"));
        contact = new ContactField(bundle, type, () -> changing);
        naming = new ChannelNaming(screenLanguage());
        languages.setAll(ChannelWords.LANGUAGES);
        InvalidationListener choice = o -> {
            if (!changing) {
                commit();
            }
        };
        for (PromiseChoice promise : List.of(words.inside(), words.outside())) {
            for (javafx.beans.Observable part : promise.parts()) {
                part.addListener(choice);
            }
        }
        channels.addListener((javafx.collections.ListChangeListener<Channel>) c -> listTodos());
        languages.addListener((javafx.collections.ListChangeListener<String>) c -> listTodos());
        type.addListener((o, was, now) -> {
            if (now == null) {
                type.set(was);
                return;
            }
            if (!changing) {
                renameIfDefault(was, now);
                commit();
            }
        });
        fallback.addListener((o, was, now) -> {
            if (now == null) {
                fallback.set(Fallback.NONE);
            } else if (!changing) {
                commit();
            }
        });
        urgentOnly.addListener((o, was, now) -> {
            if (!changing) {
                commit();
            }
        });
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
            String id = shown == null ? null : shown.id();
            channels.setAll(fresh.channels());
            int index = indexOf(id);
            if (index >= 0) {
                selectedIndex.set(index);
                refresh(channels.get(index));
            } else {
                selectedIndex.set(channels.isEmpty() ? -1 : 0);
                fill(channels.isEmpty() ? null : channels.get(0));
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
        if (index == selectedIndex.get() && shown != null && index >= 0
                && channels.get(index).id().equals(shown.id())) {
            return;
        }
        commit();
        removalQuestion.set("");
        changing = true;
        try {
            selectedIndex.set(index);
            fill(index < 0 ? null : channels.get(index));
        } finally {
            changing = false;
        }
    }

    /** Saves what the form holds for the selected channel, where it is valid and changed. */
    public void commit() {
        if (shown == null) {
            return;
        }
        int index = indexOf(shown.id());
        if (index < 0) {
            return;
        }
        Channel current = channels.get(index);
        nameMessage.set(words.nameEmptied(current, languages) ? bundle.getString("channels.name.empty") : "");
        ContactField.Checked checked = contact.commit(current);
        Channel updated = words.apply(current, languages, checked.type(), checked.contact(), fallback.get(),
                urgentOnly.get());
        shown = updated;
        if (updated.equals(current)) {
            return;
        }
        changing = true;
        try {
            channels.set(index, updated);
            selectedIndex.set(index);
            words.refresh(current, updated); // a copy that followed an edit shows, and the marks go
        } finally {
            changing = false;
        }
        save(ChannelEdits.replace(updated));
    }

    /** Puts back what is saved for the selected channel, dropping what was typed and not saved (Escape). */
    public void revert() {
        if (shown == null || indexOf(shown.id()) < 0) {
            return;
        }
        contact.forget(shown.id());
        changing = true;
        try {
            fill(channels.get(indexOf(shown.id())));
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
        Channel added = naming.fresh(kind == null ? ChannelType.CUSTOM : kind, channels, languages);
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
        return org.reachable.ui.ScreenLanguage.of(bundle);
    }

    /** Asks before removing the selected channel; the question says how much of the week uses it. */
    public void askRemove() {
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
        if (shown == null || removalQuestion.get().isEmpty()) {
            return;
        }
        removalQuestion.set("");
        String id = shown.id();
        int index = indexOf(id);
        contact.forget(id);
        changing = true;
        try {
            channels.remove(index);
            shown = null;
            int next = Math.min(index, channels.size() - 1);
            selectedIndex.set(next);
            fill(next < 0 ? null : channels.get(next));
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

    /** Puts {@code channel} in the form (null: an empty, disabled form). */
    private void fill(Channel channel) {
        shown = channel;
        editing.set(channel != null);
        Channel c = channel == null ? Channel.of("none", ChannelType.PHONE, Translations.none()) : channel;
        channelId.set(channel == null ? "" : channel.id());
        words.fill(c);
        if (channel == null) {
            words.clear();
        }
        type.set(c.type());
        contact.fill(channel);
        fallback.set(c.fallback());
        urgentOnly.set(c.urgentOnly());
        nameMessage.set("");
    }

    /** Takes {@code channel} read from the file into the form, but not over a field being edited. */
    private void refresh(Channel channel) {
        Channel was = shown;
        shown = channel;
        channelId.set(channel.id());
        words.refresh(was, channel);
        boolean typing = !contact.text().get().equals(was.contact());
        if (type.get() == was.type() && !typing) {
            type.set(channel.type());
        }
        contact.refresh(was, channel);
        fallback.set(channel.fallback());
        urgentOnly.set(channel.urgentOnly());
    }

    /** Names still the usual ones of the old type ("Telefoon", "Phone") follow a change of type. */
    private void renameIfDefault(ChannelType was, ChannelType now) {
        if (shown == null) {
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String language : languages) {
            typed.put(language, strip(words.names().text(language).get()));
        }
        List<Channel> others = channels.stream().filter(c -> !c.id().equals(shown.id())).toList();
        naming.renamed(was, now, typed, others).ifPresent(names ->
                names.forEach((language, name) -> words.names().text(language).set(name)));
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

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** True while the model itself changes the list, so the view does not take it for a user's selection. */
    public boolean isChanging() {
        return changing;
    }

    public ObservableList<Channel> channels() {
        return readOnlyChannels;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ObjectProperty<ChannelType> typeProperty() {
        return type;
    }

    public StringProperty contactProperty() {
        return contact.text();
    }

    public ObjectProperty<Fallback> fallbackProperty() {
        return fallback;
    }

    public BooleanProperty urgentOnlyProperty() {
        return urgentOnly;
    }

    /** The name, promises, note and urgent condition per text language. */
    public ChannelWords words() {
        return words;
    }

    /** The profile's text languages the form asks, main language first. */
    public ObservableList<String> languages() {
        return readOnlyLanguages;
    }

    /** What still lacks a text language ("E-mail: English name not translated yet"). */
    public ObservableList<Todo> todos() {
        return readOnlyTodos;
    }

    public ReadOnlyObjectProperty<Problem> contactProblemProperty() {
        return contact.problem();
    }

    /** Under the contact field: what is wrong, or a hint that it is empty; empty when it is fine. */
    public ReadOnlyStringProperty contactMessageProperty() {
        return contact.message();
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty channelIdProperty() {
        return channelId.getReadOnlyProperty();
    }

    /** Why the last save or load failed; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The question before removing, while it is asked; empty otherwise. */
    public ReadOnlyStringProperty removalQuestionProperty() {
        return removalQuestion.getReadOnlyProperty();
    }

    /** Whether a channel is selected (the form is enabled). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
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
