package org.reachable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFolder;
import org.reachable.adapters.files.StatusCache;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Translations;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.RandomSchedules;
import org.reachable.domain.status.StatusResolver;

/**
 * {@code reachable status} with no app running reads the files once and answers the next ones from
 * what it kept (.status-cache): byte for byte what reading the files prints at that instant, text in
 * Dutch and English and {@code --json}, for random weeks (DST days, days off, overrides, exceptions)
 * and instants; and not at all before the instant it was kept for (a clock set back) or from the end
 * of its span, nor after a file changed.
 */
class StatusFromCacheTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH);
    private final Locale before = Locale.getDefault();

    @TempDir
    Path root;

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(before);
    }

    /** One random week written to two folders: one keeps what a run read, the other is read every time. */
    private record Week(Path kept, Path read, StatusResolver resolver) {
    }

    private Week write(long seed) throws Exception {
        RandomSchedules gen = new RandomSchedules(seed);
        if (seed % 2 == 0) {
            gen.withExceptions();
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel c : gen.channels()) {
            // a name per language, with what JSON and the cache must escape
            channels.add(c.withNames(Translations.of(c.id() + " \"nl\" ü\\", "Name of " + c.id() + " = #1 ✓")));
        }
        Schedule schedule = gen.schedule();
        ManualOverride override = gen.overrideOrNull();
        Week week = new Week(root.resolve(seed + "-kept"), root.resolve(seed + "-read"),
                new StatusResolver(schedule, channels, Optional.ofNullable(override)));
        for (Path dir : List.of(week.kept(), week.read())) {
            Files.createDirectories(dir);
            Workspace files = new AppEnvironment(Clock.systemUTC()).workspace(Optional.of(dir.toString()));
            files.settings().save(new Settings(Profile.defaults(gen.zone), channels));
            files.schedules().save(schedule);
            if (override != null) {
                files.overrides().save(override);
            }
        }
        return week;
    }

    private static String[] args(Path dir, boolean json) {
        return json ? new String[] {"--data-dir", dir.toString(), "status", "--json"}
                : new String[] {"--data-dir", dir.toString(), "status"};
    }

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneId.of("UTC"));
    }

    /** As the Launcher asks it when no app runs. */
    private static Optional<String> fromCache(Path dir, boolean json, Instant now) {
        StringWriter out = new StringWriter();
        Optional<Integer> code = QuickStatus.recall(args(dir, json), d -> new StatusCache(DataFolder.at(dir)), new JsonCodec(),
                at(now), new PrintWriter(out));
        code.ifPresent(c -> assertEquals(0, c));
        return code.map(c -> out.toString());
    }

    @Test
    void answersFromWhatTheLastRunKeptExactlyAsReadingTheFilesWould() throws Exception {
        List<Week> weeks = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            weeks.add(write(0xCAC4E_0000L + seed));
        }
        Thread.sleep(150); // StatusCache keeps nothing of a file saved within 100 ms (it could change again unseen)
        int answered = 0;
        for (int w = 0; w < weeks.size(); w++) {
            Week week = weeks.get(w);
            Random random = new Random(w);
            RandomSchedules instants = new RandomSchedules(0xCAC4E_0000L + w);
            for (int i = 0; i < 4; i++) {
                Locale.setDefault(LANGUAGES.get(random.nextInt(2)));
                boolean json = random.nextBoolean();
                Instant t = instants.instant().plusMillis(random.nextInt(60_000));
                CliHarness.Result read = CliHarness.run(at(t), week.kept(), args(week.kept(), json));
                assertEquals(0, read.code(), read.err());
                Instant end = week.resolver().holdsUntil(t);
                long span = Math.max(1, Duration.between(t, end).toSeconds());
                for (Instant later : List.of(t, t.plusSeconds(Math.floorMod(random.nextLong(), span)),
                        end.minusMillis(1), end, t.minusSeconds(1))) {
                    for (boolean asJson : List.of(false, true)) {
                        Optional<String> kept = fromCache(week.kept(), asJson, later);
                        boolean inSpan = !later.isBefore(t) && later.isBefore(end);
                        assertEquals(inSpan, kept.isPresent(), "week " + w + ", kept at " + t + ", asked at " + later);
                        if (kept.isPresent()) {
                            CliHarness.Result now = CliHarness.run(at(later), week.read(), args(week.read(), asJson));
                            assertEquals(now.out(), kept.get(),
                                    "week " + w + " in " + Locale.getDefault() + ", kept at " + t + ", asked at " + later);
                            answered++;
                        }
                    }
                }
            }
        }
        assertTrue(answered > 250, "only " + answered + " answers compared");
    }

    @Test
    void afterAChangeToAFileTheFilesAreReadAgainAndWhatTheySayIsKept() throws Exception {
        Week week = write(7);
        Thread.sleep(150);
        Instant t = new RandomSchedules(7).instant();
        assertEquals(0, CliHarness.run(at(t), week.kept(), args(week.kept(), false)).code());
        assertTrue(fromCache(week.kept(), false, t).isPresent());
        Path settings = DataFolder.at(week.kept()).settings();
        Files.writeString(settings, Files.readString(settings).replace("Name of phone", "Phone, renamed"));
        assertEquals(Optional.empty(), fromCache(week.kept(), true, t));
        Thread.sleep(150);
        CliHarness.Result read = CliHarness.run(at(t), week.kept(), args(week.kept(), true));
        assertTrue(read.out().contains("Phone, renamed"), read.out());
        assertEquals(Optional.of(read.out()), fromCache(week.kept(), true, t));
    }

    @Test
    void keptInOneLanguageTheNextAskerInAnotherIsAnsweredByReadingTheFiles() throws Exception {
        Week week = write(10);
        Thread.sleep(150);
        Instant t = new RandomSchedules(10).instant();
        Locale.setDefault(Locale.ENGLISH);
        assertEquals(0, CliHarness.run(at(t), week.kept(), args(week.kept(), false)).code());
        assertTrue(fromCache(week.kept(), false, t).isPresent());
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        assertEquals(Optional.empty(), fromCache(week.kept(), false, t));
        CliHarness.Result dutch = CliHarness.run(at(t), week.kept(), args(week.kept(), false));
        assertEquals(Optional.of(dutch.out()), fromCache(week.kept(), false, t));
        assertTrue(dutch.out().contains("bereikbaar"), dutch.out());
    }

    @Test
    void aBrokenFileIsReportedNeverAnsweredFromWhatWasKept() throws Exception {
        Week week = write(8);
        Thread.sleep(150);
        Instant t = new RandomSchedules(8).instant();
        assertEquals(0, CliHarness.run(at(t), week.kept(), args(week.kept(), false)).code());
        Files.writeString(DataFolder.at(week.kept()).schedule(), "BEGIN:VCALENDAR\nthis is not a calendar\n");
        assertEquals(Optional.empty(), fromCache(week.kept(), false, t));
        CliHarness.Result read = CliHarness.run(at(t), week.kept(), args(week.kept(), false));
        assertEquals(1, read.code());
        assertTrue(read.err().contains("schedule.ics"), read.err());
    }

    @Test
    void aCacheFileThatCannotBeReadOrWrittenMeansReadingTheFiles() throws Exception {
        Week week = write(9);
        Thread.sleep(150);
        Files.createDirectories(DataFolder.at(week.kept()).statusCache()); // a folder where the file would be
        Instant t = new RandomSchedules(9).instant();
        CliHarness.Result read = CliHarness.run(at(t), week.kept(), args(week.kept(), false));
        assertEquals(0, read.code(), read.err());
        assertEquals("", read.err());
        assertEquals(Optional.empty(), fromCache(week.kept(), false, t));
        assertEquals(read.out(), CliHarness.run(at(t), week.kept(), args(week.kept(), false)).out());
    }
}
