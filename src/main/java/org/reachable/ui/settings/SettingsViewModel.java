package org.reachable.ui.settings;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.HookCommands;
import org.reachable.domain.status.State;

/**
 * The Settings screen's state: start at login, notifications, the heads-up before a focus
 * block, the appearance (light, dark or as the system prefers), the language of the screens and
 * the hooks; the profile ({@link ProfileViewModel}) and the zones ({@link ZoneViewModel}) are parts
 * of their own. A change is written at once, off the FX thread ({@code io}); what comes back (the
 * loaded values, a failure) is set on the FX thread ({@code ui}). Tests pass direct executors.
 * Choices save as they change; text fields save when the view calls {@link ProfileViewModel#commit()}
 * or {@link #commitHooks()} (focus lost, Enter), so the file is not written at every key.
 */
public final class SettingsViewModel {

    public static final int MAX_HEADS_UP = 120;
    /** The states a hook can start with, in the order the screen shows them. */
    public static final List<State> HOOK_STATES = List.of(State.AVAILABLE, State.FOCUS, State.OFF);
    /** The languages the screens come in; "" follows the operating system. */
    public static final List<String> UI_LANGUAGES = Stream.concat(Stream.of(""), Language.codes().stream()).toList();

    private final Autostart autostart;
    private final SettingsStore store;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;
    private final SettingsSaves saves;
    private final ProfileViewModel profile;
    private final ZoneViewModel zones;

    private final BooleanProperty startAtLogin = new SimpleBooleanProperty(false);
    private final BooleanProperty notifications = new SimpleBooleanProperty(true);
    private final BooleanProperty silenceDesktop = new SimpleBooleanProperty(true);
    private final IntegerProperty headsUpMinutes = new SimpleIntegerProperty(Preferences.DEFAULT_HEADS_UP_MINUTES);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final ObjectProperty<String> uiLanguage = new SimpleObjectProperty<>("");
    private final Map<State, StringProperty> hooks = new EnumMap<>(State.class);
    /** The hooks as last read or saved: a text field that differs from them is being edited. */
    private Map<State, String> shownHooks = Map.of();
    private final Loading loading = new Loading();

    public SettingsViewModel(ResourceBundle bundle, Autostart autostart, SettingsStore store, ZoneId zone, Executor io,
            Executor ui) {
        this(bundle, autostart, store, zone, io, ui, changed -> { });
    }

    /**
     * @param homeZoneChanged called on {@code io} once a new home zone is saved, so the app can
     *     write the schedule in it
     */
    public SettingsViewModel(ResourceBundle bundle, Autostart autostart, SettingsStore store, ZoneId zone, Executor io,
            Executor ui, Consumer<ZoneId> homeZoneChanged) {
        saves = new SettingsSaves(bundle, store, zone, io, ui);
        profile = new ProfileViewModel(saves);
        zones = new ZoneViewModel(saves, zone, homeZoneChanged);
        for (State state : HOOK_STATES) {
            hooks.put(state, new SimpleStringProperty(""));
        }
        this.autostart = autostart;
        this.store = store;
        this.zone = zone;
        this.io = io;
        this.ui = ui;
        startAtLogin.addListener((o, was, on) -> {
            if (!loading.on()) {
                setAutostart(on);
            }
        });
        notifications.addListener((o, was, on) -> {
            if (!loading.on()) {
                save(p -> p.withNotifications(on));
            }
        });
        silenceDesktop.addListener((o, was, on) -> {
            if (!loading.on()) {
                save(p -> p.withSilenceDesktop(on));
            }
        });
        headsUpMinutes.addListener((o, was, now) -> {
            if (loading.on()) {
                return;
            }
            int minutes = Math.max(0, Math.min(MAX_HEADS_UP, now.intValue()));
            if (minutes != now.intValue()) {
                headsUpMinutes.set(minutes); // saves through this listener again
                return;
            }
            save(p -> p.withHeadsUpMinutes(minutes));
        });
        uiLanguage.addListener((o, was, now) -> {
            if (loading.on()) {
                return;
            }
            if (!UI_LANGUAGES.contains(now)) {
                refuse(() -> uiLanguage.set(was), "settings.uiLanguage.unknown", now);
                return;
            }
            save(p -> p.withUiLanguage(now));
        });
        theme.addListener((o, was, now) -> {
            if (now == null) {
                theme.set(Theme.SYSTEM); // saves through this listener again
                return;
            }
            if (!loading.on()) {
                save(p -> p.withTheme(now));
            }
        });
    }

    /** Reads the current values (the OS's entry and settings.json) and shows them. */
    public void load() {
        io.execute(() -> {
            try {
                boolean enabled = autostart.isEnabled();
                Settings settings = store.load(zone);
                ui.execute(() -> show(enabled, settings));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> saves.say(saves.message(e)));
            }
        });
    }

    private void show(boolean enabled, Settings settings) {
        Preferences preferences = settings.preferences();
        loading.quietly(() -> {
            startAtLogin.set(enabled);
            notifications.set(preferences.notifications());
            silenceDesktop.set(preferences.silenceDesktop());
            headsUpMinutes.set(preferences.headsUpMinutes());
            theme.set(preferences.theme());
            profile.show(settings.profile());
            zones.show(settings.profile());
            uiLanguage.set(UI_LANGUAGES.contains(preferences.uiLanguage()) ? preferences.uiLanguage() : "");
            for (State state : HOOK_STATES) {
                StringProperty field = hooks.get(state);
                if (field.get().equals(shownHooks.getOrDefault(state, ""))) { // not being edited
                    field.set(HookCommands.of(preferences, state));
                }
            }
            shownHooks = shown(HookCommands.of(preferences));
        });
    }

    /** Saves the hook commands where they changed; an empty one runs nothing. */
    public void commitHooks() {
        Map<State, String> typed = new EnumMap<>(State.class);
        for (State state : HOOK_STATES) {
            String command = hooks.get(state).get();
            command = command == null ? "" : command.strip();
            if (command.chars().anyMatch(Character::isISOControl)) {
                // a line break or tab pasted in would run as two commands, or not at all
                saves.refused("settings.hooks.bad", state);
                return;
            }
            typed.put(state, command);
        }
        if (typed.equals(shownHooks)) {
            return;
        }
        shownHooks = typed;
        save(p -> HookCommands.with(p, typed));
    }

    /** The commands of the states the page shows. */
    private static Map<State, String> shown(Map<State, String> commands) {
        Map<State, String> map = new EnumMap<>(State.class);
        HOOK_STATES.forEach(state -> map.put(state, commands.get(state)));
        return map;
    }

    /** Puts back the value that holds, without saving it, and says why. */
    private void refuse(Runnable putBack, String key, Object value) {
        loading.quietly(putBack);
        saves.refused(key, value);
    }

    private void setAutostart(boolean on) {
        io.execute(() -> {
            try {
                if (on) {
                    autostart.enable();
                } else {
                    autostart.disable();
                }
                ui.execute(() -> saves.say(""));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> {
                    saves.say(saves.message(e));
                    loading.quietly(() -> startAtLogin.set(!on)); // it did not happen: the switch says so
                });
            }
        });
    }

    private void save(UnaryOperator<Preferences> change) {
        saves.save(s -> s.withPreferences(change.apply(s.preferences())));
    }

    public BooleanProperty startAtLoginProperty() {
        return startAtLogin;
    }

    public BooleanProperty notificationsProperty() {
        return notifications;
    }

    /** Hold the desktop's own notifications back during focus (GNOME banners, KDE do-not-disturb). */
    public BooleanProperty silenceDesktopProperty() {
        return silenceDesktop;
    }

    public IntegerProperty headsUpMinutesProperty() {
        return headsUpMinutes;
    }

    /** The appearance chosen; the window process listens to it to switch at once. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** "" (follow the system), "nl" or "en"; it counts from the next time the window opens. */
    public ObjectProperty<String> uiLanguageProperty() {
        return uiLanguage;
    }

    /** The command for a state of {@link #HOOK_STATES}. */
    public StringProperty hookProperty(State state) {
        return hooks.get(state);
    }

    /** The profile: what the texts say of the user. */
    public ProfileViewModel profile() {
        return profile;
    }

    /** The home zone and the clients' zone. */
    public ZoneViewModel zones() {
        return zones;
    }

    /** Why the last change failed or was refused, on any part of the page; empty when it worked. */
    public ReadOnlyStringProperty problemProperty() {
        return saves.problem();
    }
}
