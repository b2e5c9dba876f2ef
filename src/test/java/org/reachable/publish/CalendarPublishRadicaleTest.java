package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.caldav.CalDavClient;
import org.reachable.adapters.caldav.Radicale;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsEntries;
import org.reachable.adapters.json.JsonSyncStore;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.ReachableCommand;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.port.CalendarServer;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.publish.CalendarPublish;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.sync.SyncEngine;
import org.reachable.domain.sync.SyncFixtures;

/**
 * "Also publish to a calendar on my server" against a real Radicale (the one the sync tests start):
 * the calendar "Reachable – availability" is made beside the synced one and holds exactly the
 * feed's events; publishing again writes nothing; after a change of the week only the changed
 * stretches are written, gone ones deleted, the rest left with their ETags.
 */
class CalendarPublishRadicaleTest {

    @TempDir
    Path temp;
    private Radicale radicale;
    private Workspace.Loaded data;
    private Publisher publisher;
    private final SyncFixtures.MapPasswords keyring = new SyncFixtures.MapPasswords();

    @BeforeEach
    void setUp() throws Exception {
        radicale = Radicale.start(temp);
        data = PublishFixture.create(temp.resolve("data"), "Marieke Jansen", Register.JE, List.of("nl"));
        publisher = new AppEnvironment(PublishFixture.CLOCK).publisher();
    }

    @AfterEach
    void stop() throws Exception {
        radicale.close();
    }

    @Test
    void theCalendarHoldsExactlyTheFeedsEventsAndAChangeRewritesOnlyWhatChanged() throws Exception {
        CalDavClient client = radicale.client();
        CalendarPublish.Report first = publisher.publish(data, () -> client, PublishFixture.PUBLISHED);
        assertEquals("/anna/reachable-availability/", first.calendar());
        assertEquals(client.calendar(CalendarPublish.CALENDAR), first.calendar(), "found again by its name");
        Map<String, String> feed = events(publisher.files(data, PublishFixture.PUBLISHED).get(Publisher.FEED));
        assertTrue(feed.size() > 180, "three channels, 92 days: " + feed.size());
        assertEquals(feed.size(), first.written());
        assertEquals(feed, onServer(client, first.calendar()));
        Map<String, String> etags = client.list(first.calendar());

        CalendarPublish.Report again = publisher.publish(data, () -> client, PublishFixture.PUBLISHED.plusSeconds(3600));
        assertEquals(new CalendarPublish.Report(first.calendar(), 0, 0, feed.size()), again,
                "an hour later nothing changed but the moment: nothing is written");
        assertEquals(etags, client.list(first.calendar()));

        Workspace.Loaded changed = withoutFocusAndAWindow(data);
        Map<String, String> newFeed = events(publisher.files(changed, PublishFixture.PUBLISHED).get(Publisher.FEED));
        int same = (int) newFeed.entrySet().stream().filter(e -> e.getValue().equals(feed.get(e.getKey()))).count();
        assertTrue(same > 0 && same < newFeed.size() && newFeed.size() < feed.size(),
                "the change moves some stretches, removes some and keeps others: " + same + " of " + newFeed.size() + ", was " + feed.size());
        CalendarPublish.Report third = publisher.publish(changed, () -> client, PublishFixture.PUBLISHED.plusSeconds(7200));
        assertEquals(newFeed.size() - same, third.written(), "only the changed and new stretches are written");
        assertEquals(feed.size() - same, third.deleted(), "the old versions and the gone stretches are deleted");
        assertEquals(newFeed, onServer(client, third.calendar()));
        Map<String, String> after = client.list(third.calendar());
        int untouched = 0;
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (e.getValue().equals(etags.get(e.getKey()))) {
                untouched++;
            }
        }
        assertEquals(same, untouched, "every unchanged stretch keeps its object and ETag");
        assertEquals(0, client.list(client.calendar()).size(), "the synced calendar is another one, left alone");
    }

    @Test
    void aWrongPasswordSaysWhichCalendarAndWhyInDutchAndEnglish() throws Exception {
        CalendarServer wrong = new CalDavClient(radicale.url(), Radicale.USER, "not-the-password");
        StoreException e = assertThrows(StoreException.class,
                () -> publisher.publish(data, () -> wrong, PublishFixture.PUBLISHED));
        assertEquals("kan je bereikbaarheid niet publiceren in de agenda \"Reachable – availability\" op je"
                + " agendaserver: " + radicale.url() + ": de server weigerde de gebruikersnaam of het wachtwoord (401);"
                + " controleer ze, of maak een app-wachtwoord als de server daarom vraagt",
                ProblemWords.in(Locale.forLanguageTag("nl")).words(e.problem()));
        assertEquals("cannot publish your availability to the calendar \"Reachable – availability\" on your calendar"
                + " server: " + radicale.url() + ": the server refused the user name or password (401); check them,"
                + " or make an app password if the server asks for one", ProblemWords.english().words(e.problem()));
    }

    @Test
    void theCommandLinePublishesToTheServerSetUpForSyncAndSaysWhenThereIsNone() throws Exception {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl"));
            String[] none = run("", "publish", "--calendar");
            assertEquals("1", none[0]);
            assertEquals("reachable: kan je bereikbaarheid niet publiceren in de agenda \"Reachable – availability\" op"
                    + " je agendaserver: er is geen agendaserver ingesteld; stel er een in met: reachable sync --setup URL"
                    + " --user NAAM", none[2].strip());
            assertEquals("0", run(Radicale.PASSWORD + "\n", "sync", "--setup", radicale.url(), "--user",
                    Radicale.USER)[0]);
            String[] done = run("", "publish", "--calendar");
            assertEquals("0", done[0], done[2]);
            int events = events(publisher.files(data, PublishFixture.PUBLISHED).get(Publisher.FEED)).size();
            assertEquals("Gepubliceerd in de agenda \"Reachable – availability\" op je agendaserver: " + events
                    + " geschreven, 0 verwijderd, 0 ongewijzigd.", done[1].strip());
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Published to the calendar \"Reachable – availability\" on your calendar server: 0 written,"
                    + " 0 deleted, " + events + " unchanged.", run("", "publish", "--calendar")[1].strip());
            assertEquals("2", run("", "publish")[0], "nowhere to publish is a usage error");
        } finally {
            Locale.setDefault(previous);
        }
    }

    /** The command line on the fixture's folder, with a keyring of its own: exit code, output, errors. */
    private String[] run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = temp.resolve("data");
        AppEnvironment env = new AppEnvironment(PublishFixture.CLOCK) {
            @Override
            protected DataFolder folder(Optional<String> dataDir) {
                return DataFolder.at(dir);
            }

            @Override
            public SyncEngine sync(Optional<String> dataDir) {
                return new SyncEngine(new JsonSyncStore(new StoreFile(new DataFile(dir.resolve("sync.json"),
                        PublishFixture.CLOCK))), workspace(dataDir), new IcsEntries(), keyring, CalDavClient::new,
                        PublishFixture.CLOCK);
            }

            @Override
            public BufferedReader stdin() {
                return new BufferedReader(new StringReader(stdin));
            }
        };
        int code = ReachableCommand.run(env, args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** The week without its focus block (the stretches it cut short get longer) and its first window (gone). */
    private static Workspace.Loaded withoutFocusAndAWindow(Workspace.Loaded data) {
        List<ScheduleEntry> entries = new ArrayList<>(data.schedule().entries());
        ScheduleEntry block = entries.stream().filter(FocusBlock.class::isInstance).findFirst().orElseThrow();
        entries.remove(block);
        entries.remove(entries.stream().filter(ReachableWindow.class::isInstance).findFirst().orElseThrow());
        return new Workspace.Loaded(data.settings(), new Schedule(data.schedule().zone(), entries), data.override(),
                data.phones());
    }

    /** Every object in the calendar, read by ical4j: UID to channel, start, end and summary. */
    private static Map<String, String> onServer(CalDavClient client, String calendar) throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (String href : client.list(calendar).keySet()) {
            Map<String, String> one = events(client.get(href).orElseThrow().ics());
            assertEquals(1, one.size(), href);
            all.putAll(one);
        }
        return all;
    }

    private static Map<String, String> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Map<String, String> events = new LinkedHashMap<>();
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Instant start = ((ZonedDateTime) e.getStartDate().orElseThrow().getDate()).toInstant();
            Instant end = ((ZonedDateTime) e.getEndDate().orElseThrow().getDate()).toInstant();
            String previous = events.put(e.getUid().orElseThrow().getValue(),
                    e.getProperty("X-REACHABLE-CHANNELS").orElseThrow().getValue() + " " + start + "/" + end + " "
                            + e.getSummary().getValue() + " " + e.getProperty("TRANSP").orElseThrow()
                            .getValue());
            assertEquals(null, previous, "one event per UID");
        }
        return new TreeMap<>(events);
    }
}
