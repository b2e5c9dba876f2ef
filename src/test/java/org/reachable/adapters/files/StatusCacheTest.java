package org.reachable.adapters.files;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.ChannelType;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.DayOffReason;
import org.reachable.domain.model.Translations;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.HeldStatus;
import org.reachable.domain.status.Reason;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;

/**
 * .status-cache gives back what was kept, to the last field, only while every input file is the one
 * that was read (same inode, size and times), and this program, its runtime, zone rules and the
 * system's zone are the same; a cache file broken in any way is no answer (the files are read), never
 * another status and never a crash.
 */
class StatusCacheTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:12:34.567890123Z");
    /** Files written by the test count as settled: the wall clock the cache sees runs a second ahead. */
    private static final Clock AHEAD = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private DataFolder folder;
    private Map<String, String> program;

    private static final HeldStatus HELD = new HeldStatus(new Status(AT, State.OFF, Reason.DAY_OFF, AT.plusSeconds(3600),
            List.of(new ChannelStatus(Channel.of("phone", ChannelType.PHONE,
                            new Translations(map("nl", "Telefoon \"privé\"", "en", "Phone\\n = #1 ünï ✓"), List.of("en"))),
                            false, Reason.DAY_OFF, AT.plusSeconds(3600), AT.plusSeconds(7200)),
                    new ChannelStatus(Channel.of("urgent", ChannelType.CUSTOM, "Urgent"), true, Reason.URGENT_LINE, null, AT)),
            Optional.of(new DayOff("d1@x", "Ziek: koorts", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24),
                    DayOffReason.SICK, "Anna, 06 1234", LocalDate.of(2026, 11, 26), true))),
            ZoneId.of("Europe/Amsterdam"), Optional.of(LocalDate.of(2026, 11, 30)), AT.plus(Duration.ofHours(1)));

    private static Map<String, String> map(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @BeforeEach
    void theFilesAsRead() throws IOException {
        folder = DataFolder.at(dir);
        Files.writeString(folder.schedule(), "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        Files.writeString(folder.settings(), "{\"version\": 2}\n");
        program = map("program", "jar 1", "runtime", "17", "zoneRules", "tzdb 1", "systemZone", "Europe/Amsterdam", "language", "nl-NL");
    }

    private StatusCache cache() {
        return new StatusCache(folder, () -> program, AHEAD);
    }

    private void keep() {
        cache().beforeReading().accept(HELD);
        assertTrue(Files.exists(folder.statusCache()));
    }

    @Test
    void givesBackWhatWasKeptToTheLastField() {
        keep();
        assertEquals(Optional.of(HELD), cache().recall());
    }

    @Test
    void keepsNothingOfAFileSavedAMomentAgo() throws IOException {
        // a save within the same tick of the file system's clock would keep every stamp: too close to tell
        Instant changed = ((FileTime) Files.getAttribute(folder.settings(), "unix:ctime")).toInstant();
        new StatusCache(folder, () -> program, Clock.fixed(changed.plusMillis(50), ZoneId.of("UTC"))).beforeReading().accept(HELD);
        assertTrue(Files.notExists(folder.statusCache()));
        new StatusCache(folder, () -> program, Clock.fixed(changed.plusMillis(150), ZoneId.of("UTC"))).beforeReading().accept(HELD);
        assertEquals(Optional.of(HELD), cache().recall());
    }

    @Test
    void aFileEditedAfterTheReadIsNoLongerWhatWasRead() throws IOException {
        keep();
        Files.writeString(folder.schedule(), "BEGIN:VCALENDAR\nX:1\nEND:VCALENDAR\n");
        assertEquals(Optional.empty(), cache().recall());
    }

    @Test
    void aFileReplacedWithTheSameSizeAndTimeIsAnotherFile() throws IOException {
        FileTime modified = Files.getLastModifiedTime(folder.settings());
        keep();
        Path other = dir.resolve("other");
        Files.writeString(other, "{\"version\": 3}\n"); // same length
        Files.setLastModifiedTime(other, modified);
        Files.move(other, folder.settings(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Files.size(folder.settings()), "{\"version\": 2}\n".length());
        assertEquals(modified, Files.getLastModifiedTime(folder.settings()));
        assertEquals(Optional.empty(), cache().recall());
    }

    @Test
    void aFileEditedInPlaceAndSetBackToItsOldTimeHasChangedAllTheSame() throws IOException, InterruptedException {
        FileTime modified = Files.getLastModifiedTime(folder.settings());
        keep();
        Thread.sleep(20); // a later tick of the file system's clock
        Files.writeString(folder.settings(), "{\"version\": 3}\n"); // same inode, same size
        Files.setLastModifiedTime(folder.settings(), modified);
        assertEquals(Optional.empty(), cache().recall());
    }

    @Test
    void anOverrideSetOrClearedSinceIsAChange() throws IOException {
        keep();
        Files.writeString(folder.override(), "{}");
        assertEquals(Optional.empty(), cache().recall());
        Files.delete(folder.override());
        assertEquals(Optional.of(HELD), cache().recall(), "as it was read: no override");
        Files.delete(folder.schedule());
        assertEquals(Optional.empty(), cache().recall());
    }

    @Test
    void anotherProgramRuntimeZoneRulesSystemZoneOrLanguageReadsTheFiles() {
        keep();
        for (String key : List.of("program", "runtime", "zoneRules", "systemZone", "language")) {
            Map<String, String> before = program;
            program = new LinkedHashMap<>(before);
            program.put(key, "another");
            assertEquals(Optional.empty(), cache().recall(), key);
            program = before;
        }
        assertEquals(Optional.of(HELD), cache().recall());
    }

    @Test
    void aCacheFileCutShortDamagedOrNotOursIsNoAnswer() throws IOException {
        keep();
        byte[] whole = Files.readAllBytes(folder.statusCache());
        String text = new String(whole, ISO_8859_1);
        List<byte[]> broken = List.of(new byte[0], java.util.Arrays.copyOf(whole, whole.length / 2),
                java.util.Arrays.copyOf(whole, whole.length - 3),
                text.replace("state=OFF", "state=AVAILABLE").getBytes(ISO_8859_1),
                text.replace("format=1", "format=2").getBytes(ISO_8859_1),
                (text + "\nextra=1\n").getBytes(ISO_8859_1),
                "channels=\\u12".getBytes(ISO_8859_1), // a broken escape
                new byte[] {(byte) 0xff, 0, 1, 2, '\n', '=', '\\'},
                "{\"state\":\"OFF\"}".getBytes(ISO_8859_1));
        for (byte[] content : broken) {
            Files.write(folder.statusCache(), content);
            assertEquals(Optional.empty(), cache().recall(), new String(content, ISO_8859_1));
        }
        Files.write(folder.statusCache(), whole);
        assertEquals(Optional.of(HELD), cache().recall());
    }

    /** A cache file made by hand of these entries, with everything else as the cache would write it. */
    private void writeByHand(Map<String, String> entries) throws IOException {
        Map<String, String> all = new java.util.TreeMap<>(entries);
        all.put("format", "1");
        program.forEach((k, v) -> all.put("made." + k, v));
        all.put("input.schedule.ics", InputStamps.stamp(folder.schedule()));
        all.put("input.settings.json", InputStamps.stamp(folder.settings()));
        all.put("input.override.json", "none");
        Files.write(folder.statusCache(), StatusCache.fileOf(all));
    }

    @Test
    void entriesWithTheRightCheckSumThatAreNoStatusAreNoAnswerEither() throws IOException {
        for (Map<String, String> entries : List.of(map(), map("channels", "x"), map("channels", "-1", "at", "1.0"),
                map("channels", "1", "at", "1.0", "holdsUntil", "2.0", "zone", "Nowhere/Else", "state", "OFF",
                        "reason", "WINDOW", "until", "-"),
                map("channels", "0", "at", "1.0", "holdsUntil", "2.0", "zone", "UTC", "state", "OFF",
                        "reason", "WINDOW", "until", "-", "dayOff.uid", "d"))) {
            writeByHand(entries);
            assertEquals(Optional.empty(), cache().recall(), entries.toString());
        }
        writeByHand(map("channels", "0", "at", "1.0", "holdsUntil", "2.0", "zone", "UTC", "state", "OFF",
                "reason", "WINDOW", "until", "-"));
        assertEquals(State.OFF, cache().recall().orElseThrow().status().state(), "the same made by hand, whole");
    }

    @Test
    void aFolderWithNoneOfTheFilesIsLeftAsItIs() throws IOException {
        Files.delete(folder.schedule());
        Files.delete(folder.settings());
        cache().beforeReading().accept(HELD);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "a status writes nothing into a folder never set up");
        }
    }

    @Test
    void noCacheFileIsNoAnswer() {
        assertEquals(Optional.empty(), cache().recall());
    }
}
