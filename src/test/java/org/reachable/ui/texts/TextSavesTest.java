package org.reachable.ui.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.SnippetWeek;
import org.reachable.ui.MemorySettingsStore;

/** The Texts page's writes: in the order asked, off the caller's thread, a failed one dropping out. */
class TextSavesTest {

    /** settings.json in memory; the turns asked to fail do, as when another process keeps it too long. */
    private static final class Store extends MemorySettingsStore {
        int failNext;

        Store() {
            super(SnippetWeek.settings("en"));
        }

        @Override
        public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
            if (failNext > 0) {
                failNext--;
                throw new StoreException(Problem.of(ProblemKind.FILE_BUSY, "settings.json", 10L));
            }
            return step.run();
        }
    }

    private final Store store = new Store();
    private final Queue<Runnable> io = new ArrayDeque<>();
    private final List<Settings> saved = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final TextSaves saves = new TextSaves(store, saved::add, ProblemWords.in(Locale.ENGLISH));
    private final Workspace.Loaded loaded = new Workspace.Loaded(store.settings, SnippetWeek.schedule(),
            Optional.empty());

    private TemplateStore.Outcome template(String key, String text) {
        return saves.save(loaded, s -> s.withTemplate(key, text), told::add);
    }

    @Test
    void aFailedWriteDropsOutAndTheOnesAfterItLandInOrder() {
        saves.runOn(io::add, Runnable::run);
        assertEquals(TemplateStore.Outcome.DONE, template("autoreply.en.text", "first"));
        assertEquals(TemplateStore.Outcome.DONE, template("autoreply.en.text", "second"));
        assertEquals(TemplateStore.Outcome.DONE, template("website.en.text", "site"));
        assertEquals("second", saves.pending().templateOverrides().get("autoreply.en.text"), "the last asked shows");
        assertEquals(3, io.size(), "nothing written on the caller's thread");

        store.failNext = 1;
        io.poll().run();
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("settings.json stayed busy"), told.get(0));
        assertEquals("second", saves.pending().templateOverrides().get("autoreply.en.text"), "still asked for");
        io.poll().run();
        io.poll().run();
        assertEquals("second", store.settings.templateOverrides().get("autoreply.en.text"));
        assertEquals("site", store.settings.templateOverrides().get("website.en.text"));
        assertEquals(2, saved.size());
        assertEquals(store.settings, saves.pending(), "until the data is read again: what was written");
        saves.reloaded(new Workspace.Loaded(store.settings, loaded.schedule(), Optional.empty()));
        assertNull(saves.pending());
    }

    @Test
    void aLoneFailedWriteLeavesTheSettingsAsLoaded() {
        saves.runOn(io::add, Runnable::run);
        template("autoreply.en.text", "mine");
        store.failNext = 1;
        io.poll().run();
        assertNull(saves.pending());
        assertFalse(store.settings.templateOverrides().containsKey("autoreply.en.text"));
        assertEquals(List.of(), saved);
    }

    @Test
    void withoutAnIoThreadItWritesAtOnceAndAnswersHowItWent() {
        store.failNext = 1;
        TemplateStore.Outcome outcome = template("autoreply.en.text", "mine");
        assertFalse(outcome.done());
        assertEquals(-1, outcome.line());
        assertEquals(List.of(), told, "answered, not told later");
        assertEquals(TemplateStore.Outcome.DONE, template("autoreply.en.text", "mine"));
        assertEquals("mine", store.settings.templateOverrides().get("autoreply.en.text"));
    }
}
