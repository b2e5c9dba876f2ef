package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.Target;
import org.reachable.ui.texts.TextTemplates;
import org.reachable.ui.texts.TextsView;
import org.reachable.ui.texts.TextsViewModel;

/**
 * The Texts page while another process (the tray, the command line) is saving settings.json: its
 * saves wait for the file's turn on the io thread, not on the FX thread, and land in the order asked
 * once the turn is free.
 */
class TextsPageTurnTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:00:00Z"), AMSTERDAM);
    /** How long the other process keeps the turn at most: a page that waits for it takes this long. */
    private static final Duration HELD = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private final ExecutorService io = Executors.newSingleThreadExecutor();
    /** The FX thread's queue: the test is the FX thread and runs what was put on it. */
    private final List<Runnable> fx = new ArrayList<>();

    /** The data folder as one process sees it: each has stores of its own. */
    private Workspace process() {
        return new AppEnvironment(CLOCK).workspace(Optional.of(dir.toString()));
    }

    @BeforeEach
    void settings() throws Exception {
        process().settings().save(new Settings(Profile.defaults(AMSTERDAM), Settings.defaultChannels("en")));
    }

    @AfterEach
    void stop() {
        io.shutdownNow();
    }

    @Test
    void anEditReturnsAtOnceWhileAnotherProcessHasTheTurnAndLandsWhenItIsFree() throws Exception {
        Workspace window = process();
        Workspace.Loaded data = window.load();
        AtomicInteger saved = new AtomicInteger();
        TextTemplates templates = new TextTemplates(new MustacheRenderer(), () -> data, window.settings(), CLOCK,
                s -> saved.incrementAndGet(), Locale.ENGLISH);
        templates.saveOn(io, fx::add);
        TextsViewModel page = new TextsViewModel(TextsView.bundle(Locale.ENGLISH), templates, "en", templates, null,
                CLOCK);
        page.targetProperty().set(Target.AUTOREPLY);

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try {
                process().settings().exclusive(() -> {
                    holding.countDown();
                    try {
                        release.await(HELD.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));

        long start = System.nanoTime();
        page.edit();
        page.editor().editorTextProperty().set("Away until Monday.");
        assertTrue(page.saveTemplate());
        page.replyInsideHoursProperty().set(true);
        page.replyInsideHoursProperty().set(false);
        page.replyInsideHoursProperty().set(true);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(HELD.dividedBy(3)) < 0, "the FX thread waited " + took.toMillis() + " ms");
        assertFalse(page.editor().editingProperty().get(), "the editor closes");
        assertEquals("Away until Monday.", page.previewProperty().get(), "the preview shows it at once");
        assertTrue(page.replyInsideHoursProperty().get());
        assertNull(process().settings().load(AMSTERDAM).templateOverrides().get("autoreply.en.text"),
                "not written yet: the other process has the turn");

        release.countDown();
        other.join(10_000);
        io.shutdown();
        assertTrue(io.awaitTermination(10, TimeUnit.SECONDS));
        List<Runnable> told = List.copyOf(fx);
        told.forEach(Runnable::run);
        assertEquals(4, told.size(), "each save tells the page");
        assertEquals(4, saved.get());
        Settings now = process().settings().load(AMSTERDAM);
        assertEquals("Away until Monday.", now.templateOverrides().get("autoreply.en.text"));
        assertTrue(now.preferences().replyInsideHours(), "the last choice wins");
        assertEquals("", page.messageProperty().get());
        assertTrue(page.replyInsideHoursProperty().get());
    }
}
