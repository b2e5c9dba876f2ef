package org.reachable.ui.settings;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.Autostart;
import org.reachable.domain.port.SettingsStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.status.State;
import org.reachable.ui.TextLanguages;
import org.reachable.ui.ZoneChoices;

/**
 * The Settings screen's state: start at login, notifications, the heads-up before a focus
 * block, the appearance (light, dark or as the system prefers), the profile (name, business,
 * home zone, the languages texts are written in, je or u in Dutch texts, British or American
 * English, a client zone), the language of the screens and
 * the hooks. A change is written at once, off the FX thread ({@code io}); what comes back (the
 * loaded values, a failure) is set on the FX thread ({@code ui}). Tests pass direct executors.
 * Choices save as they change; text fields save when the view calls {@link #commitProfile()} or
 * {@link #commitHooks()} (focus lost, Enter), so the file is not written at every key.
 */
public final class SettingsViewModel {

    public static final int MAX_HEADS_UP = 120;
    /** The states a hook can start with, in the order the screen shows them. */
    public static final List<State> HOOK_STATES = List.of(State.AVAILABLE, State.FOCUS, State.OFF);
    /** The languages the screens come in; "" follows the operating system. */
    public static final List<String> UI_LANGUAGES = List.of("", "nl", "en");

    private final ResourceBundle bundle;
    private final Autostart autostart;
    private final SettingsStore store;
    private final ZoneId zone;
    private final Executor io;
    private final Executor ui;
    private final Consumer<ZoneId> homeZoneChanged;

    private final BooleanProperty startAtLogin = new SimpleBooleanProperty(false);
    private final BooleanProperty notifications = new SimpleBooleanProperty(true);
    private final BooleanProperty silenceDesktop = new SimpleBooleanProperty(true);
    private final IntegerProperty headsUpMinutes = new SimpleIntegerProperty(Preferences.DEFAULT_HEADS_UP_MINUTES);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty business = new SimpleStringProperty("");
    private final ObjectProperty<String> homeZone = new SimpleObjectProperty<>();
    private final ObjectProperty<String> clientZone = new SimpleObjectProperty<>("");
    private final ObjectProperty<TextLanguages> textLanguages = new SimpleObjectProperty<>(TextLanguages.NL_EN);
    private final ObjectProperty<Register> register = new SimpleObjectProperty<>(Register.JE);
    private final ObjectProperty<EnglishVariant> english = new SimpleObjectProperty<>(EnglishVariant.BRITISH);
    private final ObjectProperty<String> uiLanguage = new SimpleObjectProperty<>("");
    private final Map<State, StringProperty> hooks = new EnumMap<>(State.class);
    private final ObservableList<String> zones;
    private final ObservableList<String> clientZones;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The note on a home zone change not yet confirmed, and the zone it changes from (null: none). */
    private final ReadOnlyStringWrapper zoneChange = new ReadOnlyStringWrapper("");
    private String zoneChangeFrom;
    /** The profile and hooks as last read or saved: a text field that differs from them is being edited. */
    private Profile shownProfile;
    private Map<State, String> shownHooks = Map.of();
    /** True while values come from the files, so setting them does not write them back. */
    private boolean loading;

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
        this.bundle = bundle;
        this.homeZoneChanged = homeZoneChanged;
        List<String> ids = ZoneChoices.ids(zone);
        zones = FXCollections.observableArrayList(ids);
        clientZones = FXCollections.observableArrayList();
        clientZones.add(""); // none
        clientZones.addAll(ids);
        homeZone.set(zone.getId());
        for (State state : HOOK_STATES) {
            hooks.put(state, new SimpleStringProperty(""));
        }
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
        silenceDesktop.addListener((o, was, on) -> {
            if (!loading) {
                save(p -> p.withSilenceDesktop(on));
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
        homeZone.addListener((o, was, now) -> {
            if (!loading) {
                proposeHomeZone(was, now);
            }
        });
        clientZone.addListener((o, was, now) -> {
            if (!loading) {
                saveClientZone(was, now);
            }
        });
        textLanguages.addListener((o, was, now) -> {
            if (now == null) {
                textLanguages.set(was);
            } else if (!loading) {
                saveSettings(s -> s.withProfile(s.profile().withLanguages(now.applyTo(s.profile().languages()))));
            }
        });
        register.addListener((o, was, now) -> {
            if (now == null) {
                quietly(() -> register.set(was)); // always a choice; nothing changed, nothing to save
            } else if (!loading) {
                saveSettings(s -> s.withProfile(s.profile().withRegister(now)));
            }
        });
        english.addListener((o, was, now) -> {
            if (now == null) {
                quietly(() -> english.set(was)); // always a choice; nothing changed, nothing to save
            } else if (!loading) {
                saveSettings(s -> s.withProfile(s.profile().withEnglish(now)));
            }
        });
        uiLanguage.addListener((o, was, now) -> {
            if (loading) {
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
                Settings settings = store.load(zone);
                ui.execute(() -> show(enabled, settings));
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(message(e)));
            }
        });
    }

    private void show(boolean enabled, Settings settings) {
        Preferences preferences = settings.preferences();
        Profile profile = settings.profile();
        loading = true;
        try {
            startAtLogin.set(enabled);
            notifications.set(preferences.notifications());
            silenceDesktop.set(preferences.silenceDesktop());
            headsUpMinutes.set(preferences.headsUpMinutes());
            theme.set(preferences.theme());
            // a field being edited keeps what was typed; the rest follows the file
            if (shownProfile == null || name.get().equals(shownProfile.name())) {
                name.set(profile.name());
            }
            if (shownProfile == null || business.get().equals(shownProfile.business())) {
                business.set(profile.business());
            }
            showProfileChoices(profile);
            uiLanguage.set(UI_LANGUAGES.contains(preferences.uiLanguage()) ? preferences.uiLanguage() : "");
            for (State state : HOOK_STATES) {
                StringProperty field = hooks.get(state);
                if (field.get().equals(shownHooks.getOrDefault(state, ""))) {
                    field.set(preferences.hookFor(state.name()));
                }
            }
            shownProfile = profile;
            shownHooks = hookMap(preferences);
        } finally {
            loading = false;
        }
    }

    private void showProfileChoices(Profile profile) {
        boolean was = loading;
        loading = true;
        try {
            String home = profile.homeZone().getId();
            if (!zones.contains(home)) {
                zones.add(home); // an old or unusual id from the file: still shown as it is
            }
            if (zoneChangeFrom == null) {
                homeZone.set(home);
            } else {
                zoneChangeFrom = home; // a change not confirmed yet stays shown; it now changes from this
            }
            String client = profile.clientZone() == null ? "" : profile.clientZone().getId();
            if (!clientZones.contains(client)) {
                clientZones.add(client);
            }
            clientZone.set(client);
            textLanguages.set(TextLanguages.of(profile.languages()));
            register.set(profile.register());
            english.set(profile.english());
        } finally {
            loading = was;
        }
    }

    private static Map<State, String> hookMap(Preferences preferences) {
        Map<State, String> map = new EnumMap<>(State.class);
        for (State state : HOOK_STATES) {
            map.put(state, preferences.hookFor(state.name()));
        }
        return map;
    }

    /** Saves the name and the business name where they changed. */
    public void commitProfile() {
        String newName = name.get() == null ? "" : name.get().strip();
        String newBusiness = business.get() == null ? "" : business.get().strip();
        if (shownProfile != null && newName.equals(shownProfile.name()) && newBusiness.equals(shownProfile.business())) {
            return;
        }
        if (newName.chars().anyMatch(Character::isISOControl) || newBusiness.chars().anyMatch(Character::isISOControl)) {
            problem.set(bundle.getString("settings.profile.bad"));
            return;
        }
        if (shownProfile != null) {
            shownProfile = shownProfile.withName(newName).withBusiness(newBusiness);
        }
        saveSettings(s -> s.withProfile(s.profile().withName(newName).withBusiness(newBusiness)));
    }

    /** Saves the hook commands where they changed; an empty one runs nothing. */
    public void commitHooks() {
        Map<State, String> typed = new EnumMap<>(State.class);
        for (State state : HOOK_STATES) {
            String command = hooks.get(state).get();
            command = command == null ? "" : command.strip();
            if (command.chars().anyMatch(Character::isISOControl)) {
                // a line break or tab pasted in would run as two commands, or not at all
                problem.set(MessageFormat.format(bundle.getString("settings.hooks.bad"), state));
                return;
            }
            typed.put(state, command);
        }
        if (typed.equals(shownHooks)) {
            return;
        }
        shownHooks = typed;
        save(p -> {
            Map<String, String> changed = new HashMap<>(p.hooks()); // settings.json keys them by the state's name
            typed.forEach((state, command) -> {
                if (command.isEmpty()) {
                    changed.remove(state.name());
                } else {
                    changed.put(state.name(), command);
                }
            });
            return p.withHooks(changed);
        });
    }

    /**
     * A new home zone is not saved at once: the page first says what it means (the times stay on
     * the clock, "9:00-11:00" stays 9:00-11:00 in the new zone), and saves on {@link #confirmHomeZone()}.
     */
    private void proposeHomeZone(String was, String now) {
        ZoneId newZone = zoneOrNull(now);
        if (newZone == null) {
            refuse(() -> homeZone.set(was), "settings.zone.unknown", now);
            return;
        }
        if (zoneChangeFrom == null) {
            zoneChangeFrom = was;
        }
        if (now.equals(zoneChangeFrom)) {
            zoneChangeFrom = null;
            zoneChange.set("");
            return;
        }
        zoneChange.set(MessageFormat.format(bundle.getString("settings.homeZone.change"), zoneChangeFrom, now));
    }

    /** Saves the home zone chosen; the schedule's times stay on the clock. */
    public void confirmHomeZone() {
        if (zoneChangeFrom == null) {
            return;
        }
        String was = zoneChangeFrom;
        zoneChangeFrom = null;
        zoneChange.set("");
        saveHomeZone(was, homeZone.get());
    }

    /** Keeps the home zone as it was. */
    public void cancelHomeZone() {
        if (zoneChangeFrom == null) {
            return;
        }
        String was = zoneChangeFrom;
        zoneChangeFrom = null;
        zoneChange.set("");
        loading = true;
        try {
            homeZone.set(was);
        } finally {
            loading = false;
        }
    }

    /** What a home zone change the user has not confirmed yet will do; empty when there is none. */
    public ReadOnlyStringProperty zoneChangeProperty() {
        return zoneChange.getReadOnlyProperty();
    }

    private void saveHomeZone(String was, String now) {
        ZoneId newZone = zoneOrNull(now);
        if (newZone == null) {
            refuse(() -> homeZone.set(was), "settings.zone.unknown", now);
            return;
        }
        if (now.equals(clientZone.get())) {
            loading = true;
            clientZone.set(""); // the same clock twice says nothing
            loading = false;
        }
        saveSettings(s -> {
            Profile p = s.profile().withHomeZone(newZone);
            return s.withProfile(newZone.equals(p.clientZone()) ? p.withClientZone(null) : p);
        }, () -> homeZoneChanged.accept(newZone));
    }

    private void saveClientZone(String was, String now) {
        String id = now == null ? "" : now;
        ZoneId newZone = id.isEmpty() || id.equals(homeZone.get()) ? null : zoneOrNull(id);
        if (newZone == null && !id.isEmpty() && !id.equals(homeZone.get())) {
            refuse(() -> clientZone.set(was), "settings.zone.unknown", id);
            return;
        }
        if (newZone == null && !id.isEmpty()) {
            loading = true;
            clientZone.set(""); // the home zone is no client zone
            loading = false;
        }
        saveSettings(s -> s.withProfile(s.profile().withClientZone(newZone)));
    }

    private ZoneId zoneOrNull(String id) {
        if (id == null || !zones.contains(id)) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Sets a value without saving it. */
    private void quietly(Runnable set) {
        boolean was = loading;
        loading = true;
        try {
            set.run();
        } finally {
            loading = was;
        }
    }

    /** Puts back the value that holds, without saving it, and says why. */
    private void refuse(Runnable putBack, String key, Object value) {
        loading = true;
        try {
            putBack.run();
        } finally {
            loading = false;
        }
        problem.set(MessageFormat.format(bundle.getString(key), value));
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

    private void save(UnaryOperator<Preferences> change) {
        saveSettings(s -> s.withPreferences(change.apply(s.preferences())));
    }

    private void saveSettings(UnaryOperator<Settings> change) {
        saveSettings(change, () -> { });
    }

    /**
     * Reads, changes and writes settings.json, so edits made elsewhere in the meantime stay;
     * {@code after} runs on {@code io} once it is written.
     */
    private void saveSettings(UnaryOperator<Settings> change, Runnable after) {
        io.execute(() -> {
            try {
                store.update(zone, change);
                ui.execute(() -> problem.set(""));
                after.run();
            } catch (StoreException | RuntimeException e) {
                ui.execute(() -> problem.set(message(e)));
            }
        });
    }

    private String message(Exception e) {
        return MessageFormat.format(bundle.getString("settings.problem"),
                ProblemWords.in(bundle.getLocale()).message(e));
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

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty businessProperty() {
        return business;
    }

    /** The home zone's id; one not in {@link #zones()} is refused. */
    public ObjectProperty<String> homeZoneProperty() {
        return homeZone;
    }

    /** The client zone's id; "" is none. */
    public ObjectProperty<String> clientZoneProperty() {
        return clientZone;
    }

    public ObjectProperty<TextLanguages> textLanguagesProperty() {
        return textLanguages;
    }

    /** How Dutch texts address clients; saved at once. */
    public ObjectProperty<Register> registerProperty() {
        return register;
    }

    /** British or American English texts; saved at once. */
    public ObjectProperty<EnglishVariant> englishProperty() {
        return english;
    }

    /** "" (follow the system), "nl" or "en"; it counts from the next time the window opens. */
    public ObjectProperty<String> uiLanguageProperty() {
        return uiLanguage;
    }

    /** The command for a state of {@link #HOOK_STATES}. */
    public StringProperty hookProperty(State state) {
        return hooks.get(state);
    }

    public ObservableList<String> zones() {
        return zones;
    }

    /** The zones, after "" for none. */
    public ObservableList<String> clientZones() {
        return clientZones;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
