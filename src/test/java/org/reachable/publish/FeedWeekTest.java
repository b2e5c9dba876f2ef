package org.reachable.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.Available;
import net.fortuna.ical4j.model.component.VAvailability;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.app.AppEnvironment;
import org.reachable.domain.model.Register;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.Workspace;

/**
 * availability-week.ics, the VAVAILABILITY variant of the feed (RFC 7953): per channel the usual
 * week as weekly AVAILABLE slots, and the dates that differ as they are. Read back by ical4j and
 * expanded over the feed's range, it is exactly the feed's reachable times (ical.js:
 * FeedWeekIcalJsTest).
 */
public class FeedWeekTest {

    static final ZoneId AMSTERDAM = PublishFixture.AMSTERDAM;

    @TempDir
    Path dir;
    private String week;
    private Map<String, List<String>> feed;
    private Instant from;
    private Instant to;

    @BeforeEach
    void publish() throws Exception {
        Workspace.Loaded data = PublishFixture.create(dir.resolve("data"), "Marieke Jansen", Register.JE, List.of("nl"));
        Map<String, String> files = new AppEnvironment(PublishFixture.CLOCK).publisher().files(data,
                PublishFixture.PUBLISHED);
        week = files.get(Publisher.WEEK);
        from = LocalDate.of(2026, 10, 22).atStartOfDay(AMSTERDAM).toInstant();
        to = from.plus(Publisher.FEED_AHEAD);
        feed = feedPieces(files.get(Publisher.FEED));
    }

    /** The feed's events per channel, read by ical4j and cut at each local midnight, sorted, as "start/end". */
    public static Map<String, List<String>> feedPieces(String ics) throws Exception {
        Map<String, List<String>> feed = new TreeMap<>();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            String channel = e.getProperty("X-REACHABLE-CHANNELS").orElseThrow().getValue();
            Instant start = ((ZonedDateTime) e.getStartDate().orElseThrow().getDate()).toInstant();
            Instant end = ((ZonedDateTime) e.getEndDate().orElseThrow().getDate()).toInstant();
            feed.computeIfAbsent(channel, c -> new ArrayList<>()).addAll(atMidnight(start, end));
        }
        feed.values().forEach(list -> list.sort(null));
        return feed;
    }

    /** A stretch cut at each local midnight, as "start/end" texts. */
    private static List<String> atMidnight(Instant start, Instant end) {
        List<String> pieces = new ArrayList<>();
        Instant s = start;
        while (s.isBefore(end)) {
            Instant midnight = LocalDate.ofInstant(s, AMSTERDAM).plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
            Instant e = end.isBefore(midnight) ? end : midnight;
            pieces.add(s + "/" + e);
            s = e;
        }
        return pieces;
    }

    @Test
    void ical4jReadsTheUsualWeekPerChannelAndExpandedItIsTheFeed() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(week));
        List<VAvailability> channels = calendar.getComponents(Component.VAVAILABILITY);
        assertEquals(3, channels.size(), "one per ordinary channel");
        Map<String, List<String>> read = new TreeMap<>();
        Map<String, List<String>> slots = new TreeMap<>();
        Period<ZonedDateTime> range = new Period<>(from.atZone(AMSTERDAM), to.atZone(AMSTERDAM));
        for (VAvailability availability : channels) {
            String channel = availability.getProperty("X-REACHABLE-CHANNELS").orElseThrow().getValue();
            assertEquals("BUSY-UNAVAILABLE", availability.getProperty("BUSYTYPE").orElseThrow().getValue());
            for (Available available : availability.getAvailable()) {
                if (available.getProperty("RRULE").isPresent()) {
                    ZonedDateTime start = (ZonedDateTime) available.getDateTimeStart().getDate();
                    ZonedDateTime end = (ZonedDateTime) available.getDateTimeEnd().getDate();
                    slots.computeIfAbsent(channel, c -> new ArrayList<>()).add(available.getProperty("RRULE")
                            .orElseThrow().getValue() + " " + start.toLocalTime() + "-" + end.toLocalTime());
                }
                for (Period<Temporal> p : available.<Temporal>calculateRecurrenceSet(range)) {
                    Instant s = Instant.from(p.getStart());
                    if (!s.isBefore(from) && s.isBefore(to)) {
                        read.computeIfAbsent(channel, c -> new ArrayList<>()).add(s + "/" + Instant.from(p.getEnd()));
                    }
                }
            }
        }
        read.values().forEach(list -> list.sort(null));
        assertEquals(feed, read, "the week with its exceptions, expanded, is the feed");
        // the example week: mornings Monday to Friday, afternoons from 16:00, but from 17:00 on Wednesday (focus)
        assertEquals(List.of("FREQ=WEEKLY;BYDAY=MO,TU,TH,FR 16:00-18:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR 09:00-11:00",
                "FREQ=WEEKLY;BYDAY=WE 17:00-18:00"), slots.get("phone").stream().sorted().toList(),
                "the phone's week as the page says it");
        assertTrue(week.contains("EXDATE;TZID=Europe/Amsterdam:20261028T"), "the day off leaves out its Wednesday");
        assertFalse(week.contains(PublishFixture.PRIVATE_SUMMARY), "no entry's name");
    }
}
