package org.reachable.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.cli.CliHarness;
import org.reachable.domain.model.Register;
import org.reachable.domain.publish.Publisher;
import org.reachable.publish.AgendaOracle;
import org.reachable.publish.PublishFixture;

/**
 * The published free/busy feed read by ical.js (the parser Thunderbird uses), as a calendar app
 * that subscribes to it reads it: per channel the reachable stretches the agenda gives, across
 * Europe's clock change and around a day off, in the feed's own VTIMEZONE.
 */
class FeedIcalJsTest {

    @TempDir
    Path dir;

    @Test
    void icalJsReadsTheAgendaPerChannel() throws Exception {
        IcalJs icalJs = IcalJs.required();
        Path data = dir.resolve("data");
        PublishFixture.create(data, "Marieke Jansen", Register.JE, List.of("nl"));
        CliHarness.Result r = CliHarness.run(PublishFixture.CLOCK, data, "publish", "--to", dir.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        Instant from = LocalDate.of(2026, 10, 22).atStartOfDay(PublishFixture.AMSTERDAM).toInstant();
        Instant to = from.plus(Publisher.FEED_AHEAD);
        List<Instant[]> range = new ArrayList<>();
        range.add(new Instant[] {from, to});
        Map<String, List<String>> read = new TreeMap<>();
        for (IcalJs.Occurrence o : icalJs.occurrences(dir.resolve("site").resolve(Publisher.FEED), range)) {
            String channel = o.uid().substring(0, o.uid().indexOf('-'));
            read.computeIfAbsent(channel, c -> new ArrayList<>()).add(o.start() + "/" + o.end());
        }
        var agenda = AgendaOracle.agenda(PublishFixture.CLOCK, data, from, to);
        for (String channel : List.of("email", "phone", "whatsapp")) {
            List<String> expected = AgendaOracle.text(AgendaOracle.reachable(agenda, channel, from, to));
            assertTrue(expected.size() > 60, channel);
            assertEquals(expected, read.get(channel), channel + " as ical.js reads the feed");
        }
        assertEquals(List.of("email", "phone", "whatsapp"), List.copyOf(read.keySet()));
    }
}
