package org.reachable.adapters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.PublicHolidays.Holiday;
import org.reachable.domain.port.PublicHolidays.Kind;
import org.reachable.domain.service.HolidayOffer;
import org.reachable.domain.service.Workspace;
import org.reachable.testing.SieveTools;

/**
 * The auto-reply's Sieve script runs, not only compiles (issue 11, "What must show"): made once by
 * {@code reachable snippet autoreply --format sieve} on Monday 23 November 2026, it is run by
 * Pigeonhole's {@code sieve-test} on a message written at each of 27 moments over the year it holds
 * (both clock changes, a focus block, Friday evening, Saturday, three stretches of days off and the
 * days before and after them), and what it sends (or that it sends nothing) must equal
 * {@code reachable snippet autoreply --at} for that moment, to the character. Facts are pinned by
 * hand besides, so that two equal wrong answers do not pass.
 *
 * <p>sieve-test takes the time from the clock, not from faketime, so the script under test reads the
 * moment from the message's Date header instead: each {@code currentdate} becomes the same
 * {@code date … "date"} test, and each message is dated. The Date headers are written in other
 * zones than the user's (London, New York, Kolkata) so that the script's own zone arithmetic counts.
 */
class SieveRunTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 23 November 2026, 10:00: the script is made. */
    private static final Clock MADE = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), AMSTERDAM);
    private static final String ME = "marieke@zonnig.nl";
    private static final List<ZoneId> SENDERS = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), AMSTERDAM);
    private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx",
            Locale.ENGLISH);
    private static final Pattern CURRENTDATE = Pattern.compile(
            "currentdate (:zone \"[^\"]*\") (:value \"[a-z]+\"|:matches) \"");

    /**
     * A moment a client writes, in the home zone; {@code fact} what the reply must say, written by
     * hand ("" for no reply at all), or null where the comparison with the CLI is the check.
     */
    record Moment(String local, String fact, String why) {

        Instant instant() {
            // a local time that exists twice (the autumn change) is its earlier one, as java.time's
            return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
        }

        @Override
        public String toString() {
            return local + " " + why;
        }
    }

    static Stream<Moment> moments() {
        return Stream.of(
                new Moment("2026-11-23T10:00", "", "Monday in the e-mail window: no reply by default"),
                new Moment("2026-11-23T12:30", "vandaag na 16.00 uur", "Monday between the windows"),
                new Moment("2026-11-24T07:15", "vandaag na 9.00 uur", "Tuesday early"),
                new Moment("2026-11-25T14:30", "vandaag na 17.00 uur", "Wednesday in the focus block"),
                new Moment("2026-11-26T18:30", "maandag 30 november na 9.00 uur", "the evening before a day off"),
                new Moment("2026-11-27T10:00", "maandag 30 november na 9.00 uur", "the day off"),
                new Moment("2026-11-28T11:00", "maandag na 9.00 uur", "Saturday, the day after the day off"),
                new Moment("2026-12-04T18:30", "maandag na 9.00 uur", "Friday after hours"),
                new Moment("2026-12-06T20:00", "morgen na 9.00 uur", "Sunday evening"),
                new Moment("2026-12-23T19:00", "maandag 4 januari 2027 na 9.00 uur", "before the Christmas days off"),
                new Moment("2026-12-28T10:00", "maandag 4 januari 2027 na 9.00 uur", "in the Christmas days off"),
                new Moment("2027-01-01T23:00", "maandag 4 januari na 9.00 uur", "their last day, in the new year"),
                new Moment("2027-01-02T09:00", "maandag na 9.00 uur", "Saturday, the day after them"),
                new Moment("2027-03-27T22:00", "maandag na 9.00 uur", "Saturday before summer time"),
                new Moment("2027-03-28T01:59", "morgen na 9.00 uur", "a minute before the spring change"),
                new Moment("2027-03-28T03:01", "morgen na 9.00 uur", "a minute after it"),
                new Moment("2027-03-29T11:30", "vandaag na 16.00 uur", "Monday in summer time (an hour off would "
                        + "be in the window)"),
                new Moment("2027-05-05T19:00", "maandag 10 mei na 9.00 uur", "before Ascension days off"),
                new Moment("2027-05-07T12:00", "maandag 10 mei na 9.00 uur", "in them"),
                new Moment("2027-05-08T12:00", "maandag na 9.00 uur", "Saturday, the day after them"),
                new Moment("2027-06-16T14:30", "vandaag na 17.00 uur", "Wednesday's focus block in summer"),
                new Moment("2027-07-09T18:30", "maandag na 9.00 uur", "Friday evening in summer"),
                new Moment("2027-08-11T10:59", "", "a summer window's last minute"),
                new Moment("2027-10-31T02:30", "morgen na 9.00 uur", "in the hour the autumn change repeats"),
                new Moment("2027-11-01T08:30", "vandaag na 9.00 uur", "Monday in winter time (an hour off would "
                        + "be in the window)"),
                new Moment("2027-11-03T14:30", "vandaag na 17.00 uur", "the last Wednesday's focus block"),
                new Moment("2027-11-19T18:30", "maandag na 9.00 uur", "the last Friday evening"));
    }

    @TempDir
    static Path root;
    private static Path data;
    private static Path folder;
    private static String script;
    private static List<String> asUser;

    @BeforeAll
    static void makeTheScript() throws Exception {
        data = root.resolve("data");
        Files.createDirectories(data);
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl"));
            assertEquals(0, CliHarness.run(MADE, data, "init", "--example").code());
            assertEquals(0, CliHarness.run(MADE, data, "profile", "--name", "Marieke Jansen").code());
        } finally {
            Locale.setDefault(previous);
        }
        Workspace workspace = new AppEnvironment(MADE).workspace(Optional.of(data.toString()));
        Workspace.Loaded loaded = workspace.load();
        List<ScheduleEntry> entries = new ArrayList<>(loaded.schedule().entries());
        entries.add(new DayOff("off-27@test", "Vrij", LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27),
                DayOffReason.OTHER, "Anna de Vries, 06 12345678", null, false));
        entries.add(new DayOff("christmas@test", "Kerst", LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1),
                DayOffReason.HOLIDAY, "", null, false));
        entries.add(new DayOff("ascension@test", "Hemelvaart", LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 7),
                DayOffReason.HOLIDAY, "", null, false));
        // a public holiday taken on the Days off page: stored under its Dutch name, the user's first language
        entries.add(HolidayOffer.dayOff("NL", new Holiday(LocalDate.of(2027, 4, 27), "KINGS_DAY", "Koningsdag",
                Kind.PUBLIC_HOLIDAY)));
        workspace.schedules().save(new Schedule(loaded.schedule().zone(), entries));
        Settings settings = loaded.settings();
        List<Channel> channels = new ArrayList<>();
        for (Channel c : settings.channels()) {
            channels.add(c.id().equals("email") ? c.withContact(ME) : c);
        }
        workspace.settings().save(settings.withChannels(channels));

        CliHarness.Result made = CliHarness.run(MADE, data, "snippet", "autoreply", "--lang", "nl", "--format", "sieve");
        assertEquals(0, made.code(), made.err());
        script = made.out();
        folder = SieveTools.sharedFolder(root);
        Files.writeString(folder.resolve("autoreply.sieve"), script, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("dated.sieve"), dated(script), StandardCharsets.UTF_8);
        CliHarness.Result english = CliHarness.run(MADE, data, "snippet", "autoreply", "--lang", "en", "--format",
                "sieve");
        assertEquals(0, english.code(), english.err());
        Files.writeString(folder.resolve("dated-en.sieve"), dated(english.out()), StandardCharsets.UTF_8);
        asUser = SieveTools.unprivileged();
    }

    /** The script with every {@code currentdate} test read from the message's Date header instead. */
    static String dated(String script) {
        Matcher m = CURRENTDATE.matcher(script);
        String dated = m.replaceAll("date $1 $2 \"date\" \"");
        assertFalse(dated.contains("currentdate"), "every currentdate test has the shape this test rewrites");
        return dated;
    }

    @Test
    void sievecCompilesTheScriptAsItIsMade() throws Exception {
        SieveTools.Run run = SieveTools.run(List.of(SieveTools.sievec().toString(), "autoreply.sieve",
                "autoreply.svbin"), folder);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.size(folder.resolve("autoreply.svbin")) > 0);
        assertEquals(5, script.split("currentdate", -1).length - 1,
                "two clock changes in the year, then weekday, date and time: " + script);
    }

    @Test
    void theHeaderSaysUntilWhenItHoldsAndThatItMustBeMadeAgain() {
        assertTrue(script.contains("Het klopt tot en met maandag 22 november 2027"), script);
        assertTrue(script.contains("Maak het opnieuw na elke wijziging van\n# je rooster of je vrije dagen"), script);
        assertTrue(script.contains("if string :value \"ge\" \"${date}\" \"2027-11-23\" {"), "nothing after it");
    }

    @Test
    void theScriptGrowsWithTheWeekAndTheDaysOffNotWithTheCalendar() {
        long replies = script.lines().filter(l -> l.strip().startsWith("vacation ")).count();
        // the week: vandaag 9.00, vandaag 16.00, vandaag 17.00, morgen, maandag; per stretch of days
        // off: the evening before and the days themselves, and at Christmas the new year's day,
        // whose date of return no longer needs its year
        // and Koningsdag: the evening before and the day
        assertEquals(5 + 2 + 3 + 2 + 2, replies, script);
        assertTrue(script.length() < 12_000, "script size " + script.length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void whatTheScriptSendsIsWhatSnippetAtSaysForThatMoment(Moment moment) throws Exception {
        Optional<String> sent = sieveReply(moment.instant(), SENDERS.get(Math.floorMod(moment.local().hashCode(),
                SENDERS.size())));
        CliHarness.Result cli = CliHarness.run(MADE, data, "snippet", "autoreply", "--lang", "nl", "--at",
                moment.instant().toString());
        assertEquals(0, cli.code(), cli.err());
        assertEquals(cli.out(), sent.orElse(""), "sieve-test against snippet autoreply --at " + moment.instant());
        if (moment.fact().isEmpty()) {
            assertTrue(sent.isEmpty(), "no reply: " + sent);
            assertFalse(cli.err().isEmpty(), "the CLI says why it printed nothing");
        } else {
            // on a day off the absence comes first: "Ik ben op dit moment afwezig en reageer …"
            String first = sent.orElse("").lines().findFirst().orElse("");
            assertTrue(first.startsWith("Bedankt voor je bericht. ")
                    && first.contains(" reageer " + moment.fact() + "."), sent.toString());
        }
    }

    @Test
    void afterTheLastDayTheScriptSendsNothing() throws Exception {
        Instant after = LocalDateTime.parse("2027-11-23T00:00").atZone(AMSTERDAM).toInstant();
        assertEquals(Optional.empty(), sieveReply(after, AMSTERDAM));
    }

    @Test
    void theDayOffsReplyNamesTheStandIn() throws Exception {
        String reply = sieveReply(Instant.parse("2026-11-27T09:00:00Z"), AMSTERDAM).orElseThrow();
        assertTrue(reply.contains("Ik ben op dit moment afwezig en reageer maandag 30 november na 9.00 uur. Kan"
                + " het niet wachten? Neem dan contact op met Anna de Vries, +31 6 12345678."), reply);
    }

    /** The English script of this Dutch-first user names the holiday in English, as sieve-test runs it. */
    @Test
    void onKingsDayTheEnglishScriptNamesItInEnglish() throws Exception {
        Instant kingsDay = Instant.parse("2027-04-27T08:00:00Z");
        String reply = sieveReply(kingsDay, AMSTERDAM, "dated-en.sieve", "Automatic reply from").orElseThrow();
        assertTrue(reply.startsWith("Thank you for your message. I am away on King's Day. I will reply on Wednesday"
                + " 28 April"), reply);
        CliHarness.Result cli = CliHarness.run(MADE, data, "snippet", "autoreply", "--lang", "en", "--at",
                kingsDay.toString());
        assertEquals(cli.out(), reply);
        assertTrue(sieveReply(kingsDay, AMSTERDAM).orElseThrow().contains("Op Koningsdag ben ik er niet."));
    }

    private static Optional<String> sieveReply(Instant at, ZoneId sender) throws Exception {
        return sieveReply(at, sender, "dated.sieve", "Automatisch antwoord van");
    }

    /** What sieve-test says the script sends to a client who writes at {@code at}; empty: nothing. */
    private static Optional<String> sieveReply(Instant at, ZoneId sender, String script, String subject)
            throws Exception {
        String name = "mail-" + at.getEpochSecond() + ".eml";
        Files.writeString(folder.resolve(name), "Date: " + RFC_5322.format(at.atZone(sender)) + "\r\n"
                + "From: client@example.org\r\nTo: " + ME + "\r\nSubject: Vraag\r\nMessage-ID: <" + name
                + "@example.org>\r\n\r\nHallo Marieke,\r\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(asUser);
        command.addAll(List.of(SieveTools.sieveTest().toString(), "-r", ME, "-a", ME, "-f", "client@example.org",
                script, name));
        SieveTools.Run run = SieveTools.run(command, folder);
        assertEquals(0, run.exitCode(), String.join(" ", command) + "\n" + run.output());
        String out = run.output().replace("\r\n", "\n");
        assertTrue(out.contains("Performed actions:"), "sieve-test ran the script: " + out);
        if (!out.contains("send vacation message")) {
            return Optional.empty();
        }
        assertTrue(out.contains("=> subject : " + subject + " Marieke Jansen\n"), out);
        int start = out.indexOf("START MESSAGE\n") + "START MESSAGE\n".length();
        int end = out.indexOf("\nEND MESSAGE", start);
        return Optional.of(out.substring(start, end));
    }
}
