package org.reachable.adapters.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.status.RandomSchedules;
import org.reachable.domain.status.StatusResolver;

/** For random schedules (DST days included): export then load gives the same schedule and agenda. */
class IcsRoundTripPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 0x1C5_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exportThenLoadGivesTheSameScheduleAndAgenda(long seed) throws Exception {
        RandomSchedules gen = new RandomSchedules(seed);
        var channels = gen.channels();
        Schedule schedule = gen.schedule();
        Schedule loaded = IcsCodec.read(IcsCodec.write(schedule), "schedule.ics", schedule.zone());
        assertEquals(schedule, loaded, "seed " + seed + " in " + gen.zone);
        Instant from = gen.base.minusDays(40).atStartOfDay(gen.zone).toInstant();
        Instant to = from.plus(Duration.ofDays(120));
        assertEquals(new StatusResolver(schedule, channels, Optional.empty()).agenda(from, to),
                new StatusResolver(loaded, channels, Optional.empty()).agenda(from, to), "seed " + seed);
    }
}
