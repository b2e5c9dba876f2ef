package org.reachable.adapters.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The OS's light/dark preference, from fake command outputs for each OS: never fatal, light when unknown. */
class OsDesktopThemeTest {

    private static final List<String> SCHEME = List.of("gsettings", "get", "org.gnome.desktop.interface",
            "color-scheme");
    private static final List<String> GTK = List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    private static final List<String> MAC = List.of("defaults", "read", "-g", "AppleInterfaceStyle");
    private static final List<String> WINDOWS = List.of("reg", "query", OsDesktopTheme.WINDOWS_KEY, "/v",
            "AppsUseLightTheme");

    /** Answers the outputs it was given; any other command "is not there". */
    static final class FakeCommands implements OsDesktopTheme.Commands {
        final Map<List<String>, String> outputs = new HashMap<>();
        final List<List<String>> ran = new ArrayList<>();

        FakeCommands with(List<String> command, String output) {
            outputs.put(command, output);
            return this;
        }

        @Override
        public Optional<String> output(List<String> command) {
            ran.add(command);
            return Optional.ofNullable(outputs.get(command));
        }
    }

    private static boolean dark(String os, FakeCommands commands) {
        return new OsDesktopTheme(os, commands).prefersDark();
    }

    @Test
    void gnomePreferDarkIsDark() {
        assertTrue(dark("Linux", new FakeCommands().with(SCHEME, "'prefer-dark'\n")));
        assertFalse(dark("Linux", new FakeCommands().with(SCHEME, "'prefer-light'\n").with(GTK, "'Adwaita-dark'\n")));
    }

    @Test
    void gnomeDefaultFallsBackToTheGtkThemeName() {
        assertTrue(dark("Linux", new FakeCommands().with(SCHEME, "'default'\n").with(GTK, "'Yaru-dark'\n")));
        assertFalse(dark("Linux", new FakeCommands().with(SCHEME, "'default'\n").with(GTK, "'Adwaita'\n")));
        // an older GNOME without color-scheme: gsettings fails, the theme name still tells
        assertTrue(dark("Linux", new FakeCommands().with(GTK, "'Arc-Dark'\n")));
    }

    @Test
    void linuxWithoutGsettingsIsLight() {
        FakeCommands none = new FakeCommands();
        assertFalse(dark("Linux", none));
        assertEquals(List.of(SCHEME, GTK), none.ran);
    }

    @Test
    void macDarkModeIsDark() {
        assertTrue(dark("Mac OS X", new FakeCommands().with(MAC, "Dark\n")));
        // in light mode the key does not exist: defaults fails
        assertFalse(dark("Mac OS X", new FakeCommands()));
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String darkOutput = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"
                + "\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String lightOutput = darkOutput.replace("0x0", "0x1");
        assertTrue(dark("Windows 11", new FakeCommands().with(WINDOWS, darkOutput)));
        assertFalse(dark("Windows 11", new FakeCommands().with(WINDOWS, lightOutput)));
        assertFalse(dark("Windows 10", new FakeCommands().with(WINDOWS, "garbage")));
        assertFalse(dark("Windows 10", new FakeCommands()));
    }

    @Test
    void aFailingRunnerIsNeverFatal() {
        OsDesktopTheme.Commands broken = command -> {
            throw new IllegalStateException("boom");
        };
        assertFalse(new OsDesktopTheme("Linux", broken).prefersDark());
        assertFalse(new OsDesktopTheme(null, broken).prefersDark());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theRealRunnerAnswersEmptyForAMissingToolAndReadsOutput() {
        assertEquals(Optional.empty(), OsDesktopTheme.run(List.of("reachable-no-such-tool-" + System.nanoTime())));
        if (!System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
            assertEquals(Optional.of("hi\n"), OsDesktopTheme.run(List.of("sh", "-c", "echo hi")));
            assertEquals(Optional.empty(), OsDesktopTheme.run(List.of("sh", "-c", "exit 3")));
            // a command that would hang for ten minutes: only the runner's timeout ends it before the
            // test's @Timeout does (a hang guard, no figure on how fast)
            assertEquals(Optional.empty(), OsDesktopTheme.run(List.of("sh", "-c", "exec sleep 600")));
        }
    }
}
