package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;

/**
 * The Settings screen's state: start at login, notifications, the heads-up before a focus
 * block and the appearance (light, dark or as the system prefers). A change is written at once, off the FX thread ({@code io}); what comes back (the loaded
 * values, a failure) is set on the FX thread ({@code ui}). Tests pass direct executors.
 */
public final class SettingsViewModel {

    public static final int MAX_HEADS_UP = 120;

    private final ResourceBundle bundle;
    private final Autostart autostart;
    private final SettingsStore store;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;

    private final BooleanProperty startAtLogin = new SimpleBooleanProperty(false);
    private final BooleanProperty notifications = new SimpleBooleanProperty(true);
    private final IntegerProperty headsUpMinutes = new SimpleIntegerProperty(Preferences.DEFAULT_HEADS_UP_MINUTES);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** True while values come from the files, so setting them does not write them back. */
    private boolean loading;

    public SettingsViewModel(ResourceBundle bundle, Autostart autostart, SettingsStore store, ZoneId zone, Executor io,
            Executor ui) {
        this.bundle = bundle;
        this.autostart = autostart;
        this.store = store;
        this.zone = zone;
        this.io = io;
        this.ui = ui;
        startAtLogin.addListener((o, was, on) -> {
            if (!loading) {
                setAutostart(on);
            }
        });
        notifications.addListener((o, was, on) -> {
            if (!loading) {
                save(p -> p.withNotifications(on));
            }
        });
        headsUpMinutes.addListener((o, was, now) -> {
            if (loading) {
                return;
            }
            int minutes = Math.max(0, Math.min(MAX_HEADS_UP, now.intValue()));
            if (minutes != now.intValue()) {
                headsUpMinutes.set(minutes); // saves through this listener again
                return;
            }
            save(p -> p.withHeadsUpMinutes(minutes));
        });
        theme.addListener((o, was, now) -> {
            if (now == null) {
                theme.set(Theme.SYSTEM); // saves through this listener again
                return;
            }
            if (!loading) {
                save(p -> p.withTheme(now));
            }
        });
    }

    /** Reads the current values (the OS's entry and settings.json) and shows them. */
    public void load() {
        io.execute(() -> {
            try {
                boolean enabled = autostart.isEnabled();
                Preferences preferences = store.load(zone).preferences();
                ui.execute(() -> show(enabled, preferences));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(message(e)));
            }
        });
    }

    private void show(boolean enabled, Preferences preferences) {
        loading = true;
        try {
            startAtLogin.set(enabled);
            notifications.set(preferences.notifications());
            headsUpMinutes.set(preferences.headsUpMinutes());
            theme.set(preferences.theme());
        } finally {
            loading = false;
        }
    }

    private void setAutostart(boolean on) {
        io.execute(() -> {
            try {
                if (on) {
                    autostart.enable();
                } else {
                    autostart.disable();
                }
                ui.execute(() -> problem.set(""));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> {
                    problem.set(message(e));
                    loading = true;
                    startAtLogin.set(!on); // it did not happen: the switch says so
                    loading = false;
                });
            }
        });
    }

    /** Reads, changes and writes settings.json, so edits made elsewhere in the meantime stay. */
    private void save(UnaryOperator<Preferences> change) {
        io.execute(() -> {
            try {
                Settings settings = store.load(zone);
                store.save(settings.withPreferences(change.apply(settings.preferences())));
                ui.execute(() -> problem.set(""));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(message(e)));
            }
        });
    }

    private String message(Exception e) {
        return MessageFormat.format(bundle.getString("settings.problem"), e.getMessage());
    }

    public BooleanProperty startAtLoginProperty() {
        return startAtLogin;
    }

    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    public IntegerProperty headsUpMinutesProperty() {
        return headsUpMinutes;
    }

    /** The appearance chosen; the window process listens to it to switch at once. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
