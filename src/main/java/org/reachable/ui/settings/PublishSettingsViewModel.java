package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.PublishFailures;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;

/**
 * Settings → "Publish to folder" (issue 17): the switch and the folder the availability page goes
 * to, saved in settings.json as soon as they change; the tray process then keeps the folder
 * current. A section of its own, so the Settings page only hosts it.
 */
public final class PublishSettingsViewModel {

    private final ResourceBundle bundle;
    private final SettingsStore store;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;
    private final SettingsSaves saves;
    private final BooleanProperty publish = new SimpleBooleanProperty(false);
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final BooleanProperty calendar = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper calendarNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper calendarFailure = new ReadOnlyStringWrapper("");
    private final PublishFailures failures;
    /** The tray's last failure, shown while the switch is on. */
    private Optional<PublishFailures.Failure> lastFailure = Optional.empty();
    private ZoneId homeZone;
    /** Set while values come from the file, so that showing them does not save them back. */
    private boolean loading;

    /** No failures told: for tests of other things. */
    public PublishSettingsViewModel(ResourceBundle bundle, SettingsStore store, ZoneId zone, Executor io, Executor ui) {
        this(bundle, store, PublishFailures.inMemory(), zone, io, ui);
    }

    /**
     * @param failures where the tray keeps its last failure to publish to the calendar server
     * @param io where settings.json is written; @param ui the FX thread, where the note is set
     */
    public PublishSettingsViewModel(ResourceBundle bundle, SettingsStore store, PublishFailures failures, ZoneId zone,
            Executor io, Executor ui) {
        this.failures = failures;
        this.bundle = bundle;
        this.store = store;
        this.zone = zone;
        this.io = io;
        this.ui = ui;
        this.saves = new SettingsSaves(bundle, store, zone, io, ui);
        publish.addListener((o, was, on) -> {
            if (loading) {
                return;
            }
            if (on && folder.get().isBlank()) {
                // nothing to publish to yet: the switch waits for a folder
                loading = true;
                publish.set(false);
                loading = false;
                saves.say(bundle.getString("publish.chooseFirst"));
                return;
            }
            save();
        });
        calendar.addListener((o, was, on) -> {
            if (!loading) {
                saves.save(s -> s.withPreferences(s.preferences().withPublishCalendar(on)));
            }
            showCalendarNote();
        });
        showCalendarNote();
        calendar.addListener((o, was, on) -> showFailure());
        saves.problem().addListener((o, was, now) -> showNote());
    }

    /** Reads settings.json (on {@code io}) and shows it (on {@code ui}): at start, and when the file changed. */
    public void load() {
        io.execute(() -> {
            try {
                Settings settings = store.load(zone);
                Optional<PublishFailures.Failure> failure = failures.last();
                ui.execute(() -> {
                    load(settings.preferences());
                    homeZone = settings.profile().homeZone(); // the time in it, as every time the window shows
                    lastFailure = failure;
                    showFailure();
                });
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> saves.say(saves.message(e)));
            }
        });
    }

    /** Shows what settings.json says, without saving it back. */
    public void load(Preferences preferences) {
        loading = true;
        try {
            folder.set(preferences.publishFolder());
            publish.set(preferences.publish() && !preferences.publishFolder().isBlank());
            calendar.set(preferences.publishCalendar());
        } finally {
            loading = false;
        }
        showNote();
    }

    /** The folder was typed (committed on Enter or leaving the field) or chosen. */
    public void chooseFolder(String chosen) {
        String trimmed = chosen == null ? "" : chosen.strip();
        folder.set(trimmed);
        if (trimmed.isEmpty() && publish.get()) {
            loading = true;
            publish.set(false);
            loading = false;
        }
        save();
    }

    private void save() {
        boolean on = publish.get();
        String to = folder.get();
        saves.save(s -> s.withPreferences(s.preferences().withPublish(on, to)));
        showNote();
    }

    private void showNote() {
        if (!saves.problem().get().isEmpty()) {
            note.set(saves.problem().get());
        } else if (publish.get()) {
            note.set(MessageFormat.format(bundle.getString("publish.on"), folder.get()));
        } else {
            note.set(bundle.getString("publish.off"));
        }
    }

    private void showCalendarNote() {
        calendarNote.set(bundle.getString(calendar.get() ? "publish.calendar.on" : "publish.calendar.off"));
    }

    /** The tray's last failure to publish to the calendar, and when, in the window's language; "" after a success. */
    private void showFailure() {
        if (!calendar.get() || lastFailure.isEmpty()) {
            calendarFailure.set("");
            return;
        }
        Locale locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : bundle.getLocale();
        PublishFailures.Failure f = lastFailure.get();
        String when = DateTimeFormatter.ofPattern(bundle.getString("publish.calendar.failed.when"), locale)
                .format(f.at().atZone(homeZone == null ? zone : homeZone));
        calendarFailure.set(new MessageFormat(bundle.getString("publish.calendar.failed"), locale)
                .format(new Object[] {when, withoutFullStop(ProblemWords.in(locale).words(f.problem()))}));
    }

    private static String withoutFullStop(String words) {
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }

    /** Next to the calendar switch: the last failure to publish there and when; empty when none or switched off. */
    public ReadOnlyStringProperty calendarFailureProperty() {
        return calendarFailure.getReadOnlyProperty();
    }

    /** "Also publish to the calendar on my calendar server": saved as soon as it changes. */
    public BooleanProperty calendarProperty() {
        return calendar;
    }

    /** Under the calendar switch: what it does, and where failures are told. */
    public ReadOnlyStringProperty calendarNoteProperty() {
        return calendarNote.getReadOnlyProperty();
    }

    public BooleanProperty publishProperty() {
        return publish;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder;
    }

    /** Under the switch: where clients' page is kept, or why a change failed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
