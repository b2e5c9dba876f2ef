package org.reachable.domain.service;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.status.State;

/**
 * The user's hooks keyed by the state that starts them. settings.json keeps each under its state's
 * name ({@code "FOCUS": "..."}), the contract README gives users; this is the one place that name is
 * made, so the rest of the app asks by {@link State}. A key that names no state (a typo in a
 * hand-edited file) runs nothing and is kept as it was written.
 */
public final class HookCommands {

    private HookCommands() {
    }

    /** The command to run when {@code state} begins, or empty. */
    public static String of(Preferences preferences, State state) {
        String command = preferences.hooks().get(state.name());
        return command == null ? "" : command.trim();
    }

    /** Every state's command, empty where there is none. */
    public static Map<State, String> of(Preferences preferences) {
        Map<State, String> commands = new EnumMap<>(State.class);
        for (State state : State.values()) {
            commands.put(state, of(preferences, state));
        }
        return commands;
    }

    /** {@code preferences} with these states' commands; an empty command takes the hook out. */
    public static Preferences with(Preferences preferences, Map<State, String> commands) {
        Map<String, String> changed = new HashMap<>(preferences.hooks());
        commands.forEach((state, command) -> {
            if (command == null || command.isBlank()) {
                changed.remove(state.name());
            } else {
                changed.put(state.name(), command);
            }
        });
        return preferences.withHooks(changed);
    }
}
