package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.publish.CalendarOnChange;
import org.reachable.domain.publish.CalendarPublish;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.Workspace;

/**
 * The tray keeps the availability calendar current while the switch is on: after a change, once
 * a day, never on the status thread, one publish at a time with the newest data, and a failure
 * told once per run of failures.
 */
class CalendarOnChangeTest {

    @TempDir
    Path dir;
    /** Stands still until a test moves it. */
    private final FakeTime clock = new FakeTime(PublishFixture.PUBLISHED, PublishFixture.AMSTERDAM);
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private final MemoryServer server = new MemoryServer();
    private boolean down;
    private int opens;
    private Workspace.Loaded data;
    private CalendarOnChange publishing;

    @BeforeEach
    void setUp() throws Exception {
        data = PublishFixture.create(dir.resolve("data"), "Marieke Jansen", Register.JE, List.of("nl"));
        Executor queue = worker::add;
        publishing = new CalendarOnChange(new AppEnvironment(clock).publisher(), () -> {
            opens++;
            if (down) {
                throw new StoreException(Problem.of(ProblemKind.SYNC_UNREACHABLE, "https://dav.example", "refused"));
            }
            return server;
        }, clock, queue, new CalendarOnChange.Listener() {
            @Override
            public void published(CalendarPublish.Report report) {
                heard.add("published " + report.written() + "/" + report.deleted());
            }

            @Override
            public void failed(Problem problem, boolean first) {
                heard.add((first ? "first " : "again ") + ProblemWords.in(Locale.forLanguageTag("nl")).words(problem));
            }
        });
    }

    private Workspace.Loaded switched(Workspace.Loaded d, boolean on) {
        var s = d.settings();
        return new Workspace.Loaded(s.withPreferences(s.preferences().withPublishCalendar(on)), d.schedule(),
                d.override(), d.phones());
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void offDoesNothingOnPublishesOnTheWorkerOncePerChangeAndDaily() {
        publishing.dataChanged(data);
        assertEquals(0, worker.size(), "off: nothing runs, nothing connects");
        Workspace.Loaded on = switched(data, true);
        publishing.dataChanged(on);
        assertEquals(0, opens, "not on the caller's thread");
        runWorker();
        assertEquals(1, heard.size());
        assertTrue(heard.get(0).startsWith("published ") && !heard.get(0).equals("published 0/0"), heard.toString());
        publishing.dataChanged(on);
        clock.advance(Duration.ofHours(23));
        publishing.dataChanged(on);
        assertEquals(0, worker.size(), "same data within a day: nothing to do");
        clock.advance(Duration.ofHours(2));
        publishing.dataChanged(on);
        runWorker();
        assertEquals(2, opens, "once a day besides, so the 92 days move on");
    }

    @Test
    void changesDuringAPublishMakeOneMoreWithTheNewestData() {
        publishing.dataChanged(switched(data, true));
        Workspace.Loaded middle = switched(withFirst(3), true);
        Workspace.Loaded newest = switched(withFirst(1), true);
        publishing.dataChanged(middle);
        publishing.dataChanged(newest);
        assertEquals(1, worker.size(), "one at a time");
        runWorker();
        assertEquals(2, opens, "the first, then one more with the newest data, not three");
        String feed = new AppEnvironment(PublishFixture.CLOCK).publisher().files(newest, clock.instant()).get(Publisher.FEED);
        assertEquals(feed.split("BEGIN:VEVENT", -1).length - 1, server.objects.size(),
                "the calendar holds the newest week's stretches");
    }

    /** The data with only the schedule's first {@code n} entries. */
    private Workspace.Loaded withFirst(int n) {
        return new Workspace.Loaded(data.settings(), new Schedule(data.schedule().zone(),
                data.schedule().entries().subList(0, n)), data.override(), data.phones());
    }

    @Test
    void aFailureIsToldOnceInTheUsersLanguageAndTriedAgainAtTheNextChange() {
        down = true;
        Workspace.Loaded on = switched(data, true);
        publishing.dataChanged(on);
        runWorker();
        publishing.dataChanged(on);
        runWorker();
        assertEquals(List.of(
                "first kan je bereikbaarheid niet publiceren in de agenda \"Reachable – availability\" op je"
                        + " agendaserver: https://dav.example: kan de server niet bereiken (refused); je wijzigingen"
                        + " wachten en gaan mee zodra hij weer antwoordt",
                "again kan je bereikbaarheid niet publiceren in de agenda \"Reachable – availability\" op je"
                        + " agendaserver: https://dav.example: kan de server niet bereiken (refused); je wijzigingen"
                        + " wachten en gaan mee zodra hij weer antwoordt"), heard);
        down = false;
        publishing.dataChanged(on);
        runWorker();
        assertTrue(heard.get(2).startsWith("published "), heard.toString());
    }

    /** A calendar server in memory: one calendar of objects by href, ETags counting writes. */
    static final class MemoryServer implements CalendarServer {
        final Map<String, String> objects = new LinkedHashMap<>();
        private int version;

        @Override
        public String calendar() {
            throw new AssertionError("the synced calendar is not published to");
        }

        @Override
        public String calendar(String name) {
            assertEquals(CalendarPublish.CALENDAR, name);
            return "/anna/reachable-availability/";
        }

        @Override
        public Optional<String> tag(String calendar) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> list(String calendar) {
            Map<String, String> etags = new LinkedHashMap<>();
            objects.keySet().forEach(href -> etags.put(href, "\"" + href.hashCode() + "\""));
            return etags;
        }

        @Override
        public Optional<Resource> get(String href) {
            return Optional.ofNullable(objects.get(href)).map(ics -> new Resource(href, "\"e\"", ics));
        }

        @Override
        public Optional<String> put(String href, String ics, Optional<String> ifMatch) {
            objects.put(href, ics);
            return Optional.of("\"" + (++version) + "\"");
        }

        @Override
        public void delete(String href, String etag) {
            objects.remove(href);
        }

        @Override
        public String hrefFor(String calendar, String uid) {
            return calendar + uid + ".ics";
        }
    }
}
