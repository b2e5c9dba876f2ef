package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Register;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.Workspace;
import org.reachable.publish.FeedWeekTest;
import org.reachable.publish.PublishFixture;

/**
 * availability-week.ics read by ical.js (Thunderbird's parser): each AVAILABLE's DTSTART, DTEND,
 * RRULE and EXDATE, expanded over the feed's range, give exactly the feed's reachable times.
 */
class FeedWeekIcalJsTest {

    @TempDir
    Path dir;

    @Test
    void icalJsReadsTheSameTimes() throws Exception {
        IcalJs icalJs = IcalJs.required();
        Workspace.Loaded data = PublishFixture.create(dir.resolve("data"), "Marieke Jansen", Register.JE, List.of("nl"));
        Map<String, String> files = new AppEnvironment(PublishFixture.CLOCK).publisher().files(data,
                PublishFixture.PUBLISHED);
        String week = files.get(Publisher.WEEK);
        Instant from = LocalDate.of(2026, 10, 22).atStartOfDay(PublishFixture.AMSTERDAM).toInstant();
        Instant to = from.plus(Publisher.FEED_AHEAD);
        // ical.js has no VAVAILABILITY of its own: its parser takes the file, and its recurrence
        // expansion reads each AVAILABLE (DTSTART, DTEND, RRULE, EXDATE) once it is named a VEVENT
        String asEvents = week.replace("BEGIN:AVAILABLE\r\n", "BEGIN:VEVENT\r\n").replace("END:AVAILABLE\r\n",
                "END:VEVENT\r\n").replaceAll("(?s)BEGIN:VAVAILABILITY\r\n.*?(?=BEGIN:VEVENT)", "")
                .replace("END:VAVAILABILITY\r\n", "");
        Path file = Files.writeString(dir.resolve("as-events.ics"), asEvents, StandardCharsets.UTF_8);
        List<Instant[]> range = new ArrayList<>();
        range.add(new Instant[] {from, to});
        Map<String, List<String>> read = new TreeMap<>();
        for (IcalJs.Occurrence o : icalJs.occurrences(file, range)) {
            String channel = o.uid().substring(0, o.uid().indexOf('-'));
            read.computeIfAbsent(channel, c -> new ArrayList<>()).add(o.start() + "/" + o.end());
        }
        read.values().forEach(list -> list.sort(null));
        assertEquals(FeedWeekTest.feedPieces(files.get(Publisher.FEED)), read);
    }
}
