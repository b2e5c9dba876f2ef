package org.reachable.adapters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.Translations;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.RandomSchedules;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/**
 * {@code status --json} and status.json are written with Jackson's streaming generator (a status kept
 * by the command line is printed without building the mapper): the same bytes the mapper's tree wrote
 * before, for random statuses and names that need escaping.
 */
class StatusJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** How the mapper wrote a status until now. */
    private static String asTheMapperWroteIt(Status status, ZoneId zone) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("at", iso(status.at(), zone));
        root.put("state", status.state().name());
        root.put("reason", status.reason().code());
        root.put("until", iso(status.until(), zone));
        ArrayNode channels = root.putArray("channels");
        for (ChannelStatus c : status.channels()) {
            ObjectNode node = channels.addObject();
            node.put("id", c.channel().id());
            node.put("name", c.channel().name());
            node.put("reachable", c.reachable());
            node.put("reason", c.reason().code());
            node.put("until", iso(c.until(), zone));
            node.put("nextReachable", iso(c.nextReachable(), zone));
        }
        status.dayOff().ifPresent(off -> {
            ObjectNode node = root.putObject("dayOff");
            node.put("uid", off.uid());
            node.put("summary", off.summary());
            node.put("backOn", off.backOn().toString());
            node.put("standIn", off.standIn());
        });
        return MAPPER.writer().writeValueAsString(root);
    }

    private static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    @Test
    void theSameBytesAsTheMapperWrote() throws Exception {
        JsonCodec codec = new JsonCodec();
        int compared = 0;
        for (long seed = 0; seed < 150; seed++) {
            RandomSchedules gen = new RandomSchedules(0x7503_0000L + seed);
            List<Channel> channels = new ArrayList<>();
            for (Channel c : gen.channels()) {
                String escaped = "\"" + c.id() + "\" \\ é\t\u0001 ✓ \uD83D\uDE00 </script>";
                channels.add(c.withNames(Translations.of("Naam " + escaped, "Name " + escaped)));
            }
            StatusResolver resolver = new StatusResolver(gen.schedule(), channels, Optional.ofNullable(gen.overrideOrNull()));
            for (int i = 0; i < 5; i++) {
                Status status = resolver.status(gen.instant().plusMillis(seed * 37));
                assertEquals(asTheMapperWroteIt(status, gen.zone), codec.status(status, gen.zone), "seed " + seed);
                compared++;
            }
        }
        assertEquals(750, compared);
    }
}
