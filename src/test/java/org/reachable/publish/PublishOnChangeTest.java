package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Register;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.publish.PublishOnChange;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.text.snippet.TextService;

/** The "Publish to folder" switch: the tray process publishes when the data changes, and daily, only while it is on. */
class PublishOnChangeTest {

    @TempDir
    Path dir;
    private final List<String> writes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private boolean failing;
    /** Stands still until a test moves it. */
    private final FakeTime clock = new FakeTime(PublishFixture.PUBLISHED, PublishFixture.AMSTERDAM);
    private Workspace.Loaded data;
    private PublishOnChange publishing;

    /** Records where each publication went, and can fail like a folder that went away. */
    private final PublishFolder folder = new PublishFolder() {
        @Override
        public void write(String path, String text) {
            throw new AssertionError("not an export");
        }

        @Override
        public void write(String to, Map<String, String> files) throws StoreException {
            if (failing) {
                throw new StoreException(Problem.of(ProblemKind.FILE_UNWRITABLE, "read-only file system"));
            }
            assertEquals(List.of(Publisher.FEED, Publisher.WEEK, Publisher.STATUS, Publisher.JSONLD, Publisher.PAGE),
                    List.copyOf(files.keySet()), "the page last");
            writes.add(to + " " + files.get(Publisher.STATUS).length());
        }

        @Override
        public Preview serve(String to, int port) {
            throw new AssertionError("the tray serves nothing");
        }
    };

    @BeforeEach
    void setUp() throws Exception {
        data = PublishFixture.create(dir.resolve("data"), "Marieke Jansen", Register.JE, List.of("nl"));
        publishing = new PublishOnChange(new Publisher(new TextService(new MustacheRenderer()), IcsCodec.FORMAT, folder),
                clock, problems::add);
    }

    private Workspace.Loaded switched(boolean on, String to) {
        var s = data.settings();
        return new Workspace.Loaded(s.withPreferences(s.preferences().withPublish(on, to)), data.schedule(),
                data.override(), data.phones());
    }

    @Test
    void offPublishesNothingAndOnPublishesOncePerChange() {
        publishing.dataChanged(data);
        publishing.dataChanged(switched(false, "/srv/www/marieke"));
        assertEquals(List.of(), writes, "switched off (or never on): nothing is written");
        Workspace.Loaded on = switched(true, "/srv/www/marieke");
        publishing.dataChanged(on);
        publishing.dataChanged(on);
        assertEquals(1, writes.size(), "the same data is not published twice");
        var s = on.settings();
        Workspace.Loaded renamed = new Workspace.Loaded(s.withProfile(s.profile().withName("Marieke de Vries")),
                on.schedule(), on.override(), on.phones());
        publishing.dataChanged(renamed);
        assertEquals(2, writes.size(), "an edit publishes again");
        publishing.dataChanged(switched(true, "/srv/www/other"));
        assertEquals("/srv/www/other", writes.get(2).split(" ")[0], "a new folder gets the page at once");
    }

    @Test
    void aDayWithoutChangesStillMovesThePageOn() {
        Workspace.Loaded on = switched(true, "/srv/www/marieke");
        publishing.dataChanged(on);
        clock.advance(Duration.ofHours(23));
        publishing.dataChanged(on);
        assertEquals(1, writes.size());
        clock.advance(Duration.ofHours(1));
        publishing.dataChanged(on);
        assertEquals(2, writes.size(), "after a day the page and feed are made again from that day");
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedAndTriedAgainAtTheNextChange() {
        failing = true;
        Workspace.Loaded on = switched(true, "/srv/www/marieke");
        publishing.dataChanged(on);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Cannot publish to /srv/www/marieke: "), problems.get(0));
        failing = false;
        publishing.dataChanged(on);
        assertEquals(1, writes.size(), "not marked published while it failed");
    }
}
