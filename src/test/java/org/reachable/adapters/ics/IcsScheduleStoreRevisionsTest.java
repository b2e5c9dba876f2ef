package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reachable.adapters.ics.IcsFixtures.AMSTERDAM;
import static org.reachable.adapters.ics.IcsFixtures.rich;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;

/** Calendar apps see which entries an edit touched: DTSTAMP, LAST-MODIFIED and SEQUENCE per entry. */
class IcsScheduleStoreRevisionsTest {

    @TempDir
    Path dir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private String event(String text, String uid) {
        int at = text.indexOf("UID:" + uid + "\r\n");
        return text.substring(at, text.indexOf("END:VEVENT", at));
    }

    @Test
    void anEditStampsAndCountsOnlyTheEntryItTouched() throws Exception {
        Path file = dir.resolve("schedule.ics");
        IcsScheduleStore store = new IcsScheduleStore(new StoreFile(new DataFile(file, clock)));
        Schedule schedule = rich(AMSTERDAM);
        store.save(schedule);
        String first = Files.readString(file, StandardCharsets.UTF_8);
        String uid = schedule.entries().get(0).uid();
        assertTrue(event(first, uid).contains("DTSTAMP:20261201T080000Z\r\nLAST-MODIFIED:20261201T080000Z\r\n"),
                event(first, uid));
        assertFalse(first.contains("SEQUENCE:"), "a new entry is at sequence 0");

        // a day later the user renames one focus block
        now.set(Instant.parse("2026-12-02T09:30:15Z"));
        FocusBlock block = (FocusBlock) schedule.entries().stream().filter(e -> e instanceof FocusBlock)
                .findFirst().orElseThrow();
        List<ScheduleEntry> entries = new ArrayList<>(schedule.entries());
        int at = entries.indexOf(block);
        entries.set(at, new FocusBlock(block.uid(), "Offertes schrijven", block.when(),
                block.channels()));
        Schedule edited = new Schedule(AMSTERDAM, entries);
        store.save(edited);
        String second = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(event(second, block.uid()).contains(
                "DTSTAMP:20261202T093015Z\r\nLAST-MODIFIED:20261202T093015Z\r\nSEQUENCE:1\r\n"), event(second, block.uid()));
        assertEquals(event(first, uid), event(second, uid), "an entry the edit did not touch keeps its stamp");

        // saved again unchanged: nothing moves, and the file reads back as the schedule
        now.set(Instant.parse("2026-12-03T10:00:00Z"));
        store.save(edited);
        assertEquals(second, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(edited, store.load(AMSTERDAM));

        // edited twice: sequence 2
        entries.set(at, new FocusBlock(block.uid(), "Offertes en facturen", block.when(), block.channels()));
        store.save(new Schedule(AMSTERDAM, entries));
        assertTrue(event(Files.readString(file, StandardCharsets.UTF_8), block.uid()).contains(
                "LAST-MODIFIED:20261203T100000Z\r\nSEQUENCE:2\r\n"));
        IcsFixtures.parsedByIcal4j(Files.readString(file, StandardCharsets.UTF_8));
    }
}
