package org.reachable.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Preferences;
import org.reachable.domain.status.State;

/** Hooks are asked by state; settings.json keeps the names README gives users ("FOCUS"). */
class HookCommandsTest {

    private static Preferences withHooks(Map<String, String> hooks) {
        return new Preferences(true, 5, hooks, "");
    }

    @Test
    void aHookWrittenUnderItsStatesNameRunsForThatState() {
        Preferences preferences = withHooks(Map.of("FOCUS", "  notify-send focus ", "OFF", "true"));
        assertEquals("notify-send focus", HookCommands.of(preferences, State.FOCUS));
        assertEquals("", HookCommands.of(preferences, State.AVAILABLE));
        assertEquals(Map.of(State.AVAILABLE, "", State.FOCUS, "notify-send focus", State.OFF, "true"),
                HookCommands.of(preferences));
    }

    @Test
    void savingByStateWritesTheStatesNameAndAnEmptyCommandTakesTheHookOut() {
        Preferences preferences = withHooks(Map.of("FOCUS", "old", "OFF", "off-command", "Focus", "a typo"));
        Preferences saved = HookCommands.with(preferences, Map.of(State.FOCUS, "new", State.OFF, "",
                State.AVAILABLE, "back"));
        assertEquals(Map.of("FOCUS", "new", "AVAILABLE", "back", "Focus", "a typo"), saved.hooks(),
                "the file's names stay; a key that names no state is kept as written and runs nothing");
        assertEquals("", HookCommands.of(withHooks(Map.of("Focus", "a typo")), State.FOCUS));
    }
}
