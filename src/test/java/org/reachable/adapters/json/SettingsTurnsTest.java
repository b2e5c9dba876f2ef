package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.texts.TemplateStore;
import org.reachable.ui.texts.TextTemplates;

/**
 * settings.json is read, changed and written in turns: the window, the tray and the command line
 * each save their own part of it, and a save by one in the middle of another's loses neither.
 */
class SettingsTurnsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), AMSTERDAM);

    @TempDir
    Path dir;

    /** The data folder as one process sees it: each has stores of its own. */
    private Workspace process() {
        return new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString()));
    }

    @BeforeEach
    void settings() throws Exception {
        process().settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("nl")));
    }

    private interface Save {
        void run() throws StoreException;
    }

    /**
     * The window saves its theme; between its read and its write, {@code other} saves (its read may
     * come in there: in turn, it cannot, and it is waited for at most half a second).
     */
    private Settings whileTheWindowSavesItsTheme(Save other) throws Exception {
        CountDownLatch windowRead = new CountDownLatch(1);
        CountDownLatch otherSaved = new CountDownLatch(1);
        AtomicReference<Exception> failed = new AtomicReference<>();
        Thread window = new Thread(() -> {
            try {
                process().settings().update(AMSTERDAM, s -> {
                    windowRead.countDown();
                    try {
                        otherSaved.await(500, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return s.withPreferences(s.preferences().withTheme(Theme.DARK));
                });
            } catch (Exception e) {
                failed.set(e);
            }
        });
        window.start();
        assertTrue(windowRead.await(10, TimeUnit.SECONDS));
        other.run();
        otherSaved.countDown();
        window.join(10_000);
        assertNull(failed.get());
        Settings now = process().settings().load(AMSTERDAM);
        assertEquals(Theme.DARK, now.preferences().theme(), "the window's theme stays");
        return now;
    }

    @Test
    void aNameSavedByTheCommandLine() throws Exception {
        Settings now = whileTheWindowSavesItsTheme(
                () -> process().settings().update(AMSTERDAM, s -> s.withProfile(s.profile().withName("Anna"))));
        assertEquals("Anna", now.profile().name(), "the command line's name stays");
    }

    @Test
    void aChoiceSavedOnTheTextsPage() throws Exception {
        Workspace texts = process();
        Workspace.Loaded data = texts.load();
        TextTemplates page = new TextTemplates(new MustacheRenderer(), () -> data, texts.settings(), CLOCK, saved -> { });
        Settings now = whileTheWindowSavesItsTheme(
                () -> assertEquals(TemplateStore.Outcome.DONE, page.replyInsideHours(true, why -> { })));
        assertTrue(now.preferences().replyInsideHours(), "the texts page's choice stays");
    }

    @Test
    void theWelcomesAnswers() throws Exception {
        Settings now = whileTheWindowSavesItsTheme(() -> new StarterData(process())
                .create(Optional.of(AMSTERDAM), true, Language.DUTCH, Optional.empty(), false));
        assertFalse(now.preferences().silenceDesktop(), "the welcome's answer stays");
    }
}
