package org.reachable.subscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.http.CalendarDownload;
import org.reachable.adapters.http.TestHttpsServer;
import org.reachable.adapters.ics.IcsImport;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.model.Theme;
import org.reachable.domain.port.CalendarSource;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.FakeTime;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.subscribe.SubscriptionRefresh;
import org.reachable.domain.subscribe.SubscriptionScheduler;

/**
 * A holiday calendar imported from an https address is imported again by the tray on its own:
 * after six hours, then as often as the calendar asks; by UID; a day off the user renamed here
 * stays theirs; a failure is told once and backs off; offline nothing is fetched. Against a local
 * HttpsServer with a test certificate, on a fake clock and timer.
 */
class SubscriptionRefreshTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path dir;
    private TestHttpsServer server;
    private String calendar = calendar(List.of(
            event("xmas", "20261224", "20261227", "Kerst"), event("nye", "20261231", "20270101", "Oudjaar")), "");
    private int status = 200;
    private boolean online = true;
    /** What happens while the server answers (the window saving an edit meanwhile). */
    private Runnable whileServing = () -> { };
    private final List<String> heard = new ArrayList<>();
    private CalendarImporter importer;
    private Path data;

    private final FakeTime clock = new FakeTime(T0, AMSTERDAM);

    static String event(String uid, String first, String end, String summary) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;VALUE=DATE:" + first
                + "\r\nDTEND;VALUE=DATE:" + end + "\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
    }

    static String calendar(List<String> events, String hints) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Feestdagen\r\n" + hints
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    @BeforeEach
    void start() throws Exception {
        server = new TestHttpsServer(dir);
        server.serve("/holidays.ics", e -> {
            whileServing.run();
            byte[] body = calendar.getBytes(StandardCharsets.UTF_8);
            e.sendResponseHeaders(status, status == 200 ? body.length : -1);
            if (status == 200) {
                e.getResponseBody().write(body);
            }
            e.close();
        });
        CalendarDownload download = new CalendarDownload(server.clientTls(), Duration.ofSeconds(5),
                CalendarDownload.MAX_BYTES);
        importer = new CalendarImporter(new CalendarSource() {
            @Override
            public Fetched fetch(String fileOrUrl) throws StoreException {
                return download.fetch(fileOrUrl);
            }

            @Override
            public boolean online() {
                return online;
            }
        }, new IcsImport());
        data = Files.createDirectories(dir.resolve("data"));
        assertEquals(0, cli("init", "--example"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int cli(String... args) {
        return CliHarness.run(clock, data, importer, args).code();
    }

    private Workspace workspace() {
        return new AppEnvironment(clock).workspace(Optional.of(data.toString()));
    }

    private SubscriptionScheduler scheduler() {
        // on the test's thread; a timer that fires again at once, in a loop, fails the test instead of hanging it
        int[] attempts = {0};
        Executor worker = r -> {
            assertTrue(++attempts[0] <= 20, "the refresh is tried again and again at the same instant");
            r.run();
        };
        return new SubscriptionScheduler(new SubscriptionRefresh(workspace(), importer, clock), importer, clock, clock,
                worker, new SubscriptionScheduler.Listener() {
                    @Override
                    public void refreshed(SubscriptionRefresh.Result r) {
                        heard.add("+" + r.added() + " ~" + r.changed() + " -" + r.removed() + " kept " + r.kept());
                    }

                    @Override
                    public void failed(String url, Problem problem, boolean first) {
                        heard.add((first ? "first " : "again ") + ProblemWords.in(Locale.forLanguageTag("nl"))
                                .what(problem));
                    }
                });
    }

    /** The one timer set: when it is due. */
    private Instant timer() {
        assertEquals(1, clock.pending().size(), "one timer at a time");
        return clock.pending().get(0);
    }

    /** The clock reaches the timer, and it fires. */
    private void fire() {
        clock.advance(Duration.between(clock.instant(), timer()));
    }

    private String daysOff() throws Exception {
        return workspace().load().schedule().entries().stream().filter(DayOff.class::isInstance).map(e -> (DayOff) e)
                .map(d -> d.first() + " " + d.summary()).sorted().collect(Collectors.joining(", "));
    }

    private Subscription subscription() throws Exception {
        return workspace().load().subscriptions().get(0);
    }

    @Test
    void theTrayImportsAgainByUidKeepsTheUsersOwnEditAndFollowsTheCalendarsInterval() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url.replace("https://", "webcal://"), "--as", "days-off"));
        assertEquals(url, subscription().url(), "an address is remembered as a subscription; webcal as https");
        assertEquals(T0, subscription().refreshed());
        // the user renames Christmas here; the calendar changes Oudjaar and adds Nieuwjaar
        Workspace w = workspace();
        Schedule schedule = w.load().schedule();
        List<ScheduleEntry> entries = new ArrayList<>();
        for (ScheduleEntry e : schedule.entries()) {
            entries.add(e instanceof DayOff d && "Kerst".equals(d.summary()) ? new DayOff(d.uid(), "Kerst bij oma",
                    d.first(), d.last(), d.reason(), d.standIn(), d.backOn(), d.urgentLineOff()) : e);
        }
        w.schedules().save(new Schedule(schedule.zone(), entries));
        calendar = calendar(List.of(event("xmas", "20261224", "20261228", "Kerstvakantie"),
                event("nye", "20261231", "20270101", "Oudejaarsdag"), event("ny", "20270101", "20270102", "Nieuwjaar")),
                "REFRESH-INTERVAL;VALUE=DURATION:PT2H\r\nX-PUBLISHED-TTL:PT1H\r\n");

        SubscriptionScheduler s = scheduler();
        s.dataChanged(workspace().load());
        assertEquals(T0.plus(Duration.ofHours(6)), timer(), "six hours after the import by hand");
        fire();
        assertEquals(List.of("+1 ~1 -0 kept 1"), heard);
        assertEquals("2026-12-24 Kerst bij oma, 2026-12-31 Oudejaarsdag, 2027-01-01 Nieuwjaar", daysOff(),
                "the user's own name for Christmas is kept; the calendar's changes by UID come in");
        assertEquals(clock.instant(), subscription().refreshed());
        assertEquals(7200, subscription().every(), "REFRESH-INTERVAL wins over X-PUBLISHED-TTL");
        assertEquals(clock.instant().plus(Duration.ofHours(2)), timer());

        status = 404;
        fire();
        Instant failedAt = clock.instant();
        assertEquals(failedAt.plus(Duration.ofMinutes(5)), timer(), "back off: 5 minutes");
        fire();
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), timer(), "then 15");
        assertEquals(2, subscription().failures());
        assertTrue(heard.get(1).startsWith("first ") && heard.get(1).contains("404"), heard.toString());
        assertTrue(heard.get(2).startsWith("again "), "told once per run of failures: " + heard);
        assertEquals("2026-12-24 Kerst bij oma, 2026-12-31 Oudejaarsdag, 2027-01-01 Nieuwjaar", daysOff(),
                "a failure loses nothing");

        online = false;
        status = 200;
        int requests = heard.size();
        fire();
        assertEquals(clock.instant().plus(SubscriptionScheduler.OFFLINE), timer(), "offline: look again later");
        assertEquals(requests, heard.size(), "offline: nothing fetched, nothing told");
        online = true;
        fire();
        assertEquals("+0 ~0 -0 kept 1", heard.get(heard.size() - 1));
        assertEquals(0, subscription().failures());
    }

    @Test
    void aDayOffSavedWhileTheCalendarDownloadsIsNotWrittenOver() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url, "--as", "days-off"));
        calendar = calendar(List.of(event("xmas", "20261224", "20261227", "Kerstvakantie"),
                event("nye", "20261231", "20270101", "Oudjaar")), "");
        whileServing = () -> {
            try { // the window saves a day off of the user's own while the tray downloads
                Workspace w = workspace();
                Schedule schedule = w.load().schedule();
                List<ScheduleEntry> entries = new ArrayList<>(schedule.entries());
                entries.add(new DayOff("own@test", "Verhuizen", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15),
                        DayOffReason.OTHER, "", null, false));
                w.schedules().save(new Schedule(schedule.zone(), entries));
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        };
        new SubscriptionRefresh(workspace(), importer, clock).refresh(url);
        assertEquals("2026-12-24 Kerstvakantie, 2026-12-31 Oudjaar, 2027-01-15 Verhuizen", daysOff(),
                "the calendar's change came in and the day off saved during the download stayed");
    }

    @Test
    void aRefreshAndAWindowSaveInTheSameInstantBothStay() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url, "--as", "days-off"));
        clock.advance(Duration.ofHours(6));
        // the window saves a setting; between its read of settings.json and its write the tray's refresh goes through
        workspace().settings().update(AMSTERDAM, s -> {
            try {
                new SubscriptionRefresh(workspace(), importer, clock).refresh(url);
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
            return s.withPreferences(s.preferences().withTheme(Theme.DARK));
        });
        assertEquals(clock.instant(), subscription().refreshed(), "the refresh's state stays (it was lost to the window's save)");
        assertEquals(Theme.DARK, workspace().load().settings().preferences().theme(), "and so does the window's setting");
    }

    @Test
    void aSubscriptionRemovedDuringTheDownloadBringsNothingIn() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url, "--as", "days-off"));
        calendar = calendar(List.of(event("xmas", "20261224", "20261227", "Kerstvakantie"),
                event("nye", "20261231", "20270101", "Oudjaar"), event("ny", "20270101", "20270102", "Nieuwjaar")), "");
        whileServing = () -> {
            try { // the user removes it in Days off while the tray downloads it
                workspace().subscriptions().update(list -> List.of());
            } catch (StoreException e) {
                throw new IllegalStateException(e);
            }
        };
        new SubscriptionRefresh(workspace(), importer, clock).refresh(url);
        assertEquals("2026-12-24 Kerst, 2026-12-31 Oudjaar", daysOff(), "the download's changes did not come in");
        assertEquals(List.of(), workspace().load().subscriptions(), "and the subscription did not come back");
    }

    @Test
    void aBrokenSubscriptionsJsonIsKeptAsideAndTheRefreshGoesOnFromItsLastGoodVersion() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url, "--as", "days-off"));
        workspace().subscriptions().update(list -> list); // a second save: the first version is the backup
        Path file = data.resolve("subscriptions.json");
        String whole = Files.readString(file);
        String broken = whole.replace("\"as\" : \"DAYS_OFF\"", "\"as\" : DAYS_OFF"); // a hand edit gone wrong
        assertTrue(!broken.equals(whole), whole);
        Files.writeString(file, broken);
        int line = broken.substring(0, broken.indexOf(": DAYS_OFF")).split("\n", -1).length;
        calendar = calendar(List.of(event("xmas", "20261224", "20261227", "Kerstvakantie"),
                event("nye", "20261231", "20270101", "Oudjaar")), "");

        Workspace.Recovered read = workspace().loadOrRecover(); // as the tray reads the folder
        Problem problem = read.problem().orElseThrow();
        assertTrue(ProblemWords.english().words(problem).startsWith(file + " line " + line + ": "),
                "the tray names the file, its line and why: " + ProblemWords.english().words(problem));
        SubscriptionScheduler s = scheduler();
        s.dataChanged(read.data());
        fire();

        assertEquals(List.of("+0 ~1 -0 kept 0"), heard, "refreshed, not failed");
        assertEquals("2026-12-24 Kerstvakantie, 2026-12-31 Oudjaar", daysOff());
        assertEquals(clock.instant(), subscription().refreshed(), "subscriptions.json is whole again");
        try (var files = Files.list(data)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("subscriptions.json.broken-"))
                    .toList();
            assertEquals(1, aside.size(), "the broken file is kept aside");
            assertEquals(broken, Files.readString(aside.get(0)), "as it was, for the user to repair");
        }
    }

    @Test
    void aFailureTheRefreshCannotWriteDownStillWaitsBeforeTheNextTryAndIsToldOnce() throws Exception {
        String url = server.url("/holidays.ics");
        assertEquals(0, cli("import-ics", url, "--as", "days-off"));
        Files.writeString(data.resolve("schedule.ics"), "BEGIN:VCALENDAR\nthis is not a calendar\n");
        SubscriptionScheduler s = scheduler();
        s.dataChanged(workspace().loadOrRecover().data()); // the tray runs on the backup

        fire();
        assertEquals(1, heard.size(), heard.toString());
        assertTrue(heard.get(0).startsWith("first "), heard.toString());
        assertEquals(0, workspace().subscriptions().load().get(0).failures(), "the failure could not be written down");
        assertEquals(clock.instant().plus(SubscriptionRefresh.BACK_OFF.get(0)), timer(), "not again at once");
        fire();
        assertTrue(heard.get(1).startsWith("again "), "told once: " + heard);
    }

    @Test
    void withoutSubscriptionsNoTimerIsSet() throws Exception {
        SubscriptionScheduler s = scheduler();
        s.dataChanged(workspace().load());
        assertEquals(List.of(), clock.pending(), "nothing to refresh: no timer, no connection");
        assertEquals(0, cli("import-ics", server.url("/holidays.ics"), "--as", "days-off", "--dry-run"));
        assertEquals(List.of(), workspace().load().subscriptions(), "a dry run remembers nothing");
    }
}
