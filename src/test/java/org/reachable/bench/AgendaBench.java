package org.reachable.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.status.Occurrence;
import org.reachable.domain.status.StatusResolver;

/**
 * Budget 3: the agenda of one year of the busy week (12 windows, 4 focus blocks, 20 days off) ≤ 5 ms.
 * {@code agendaYearCold} builds a new resolver every call, so the per-day occurrence cache starts
 * empty (the CLI's {@code agenda} command and the first view of a freshly loaded schedule);
 * {@code agendaYearWarm} reuses one resolver whose cache already holds the year.
 *
 * <p>Baseline {@code baseline_plainJavaTime}: the same weekly occurrences computed with a bare loop
 * (for each day of the year and each weekly entry: day-of-week test, two
 * {@code ZonedDateTime.of(...).toInstant()}), plus the 20 days off, into a list sorted by start: the
 * inherent java.time work without the resolver's cache, records and precedence ordering.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class AgendaBench {

    private Schedule schedule;
    private StatusResolver warm;
    private Instant from;
    private Instant to;

    @Setup
    public void setUp() {
        schedule = BenchData.busyWeek();
        from = BenchData.FROM;
        to = from.plus(Duration.ofDays(365));
        warm = new StatusResolver(schedule, BenchData.channels(), Optional.empty());
        warm.agenda(from, to);
    }

    /** Budget 3: fresh resolver each call (cold per-day cache), then one year of agenda. */
    @Benchmark
    public List<Occurrence> agendaYearCold() {
        return new StatusResolver(schedule, BenchData.channels(), Optional.empty()).agenda(from, to);
    }

    /** Not a budget: the same year again on a resolver whose cache already holds it. */
    @Benchmark
    public List<Occurrence> agendaYearWarm() {
        return warm.agenda(from, to);
    }

    private record Plain(ScheduleEntry entry, Instant start, Instant end) {
    }

    /** Baseline: the same occurrences with plain java.time, no cache. */
    @Benchmark
    public List<Plain> baseline_plainJavaTime() {
        List<Plain> result = new ArrayList<>(4096);
        LocalDate first = BenchData.YEAR_START;
        LocalDate last = first.plusDays(365);
        for (LocalDate d = first; d.isBefore(last); d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            for (ScheduleEntry entry : schedule.entries()) {
                Weekly weekly;
                if (entry instanceof ReachableWindow w) {
                    weekly = w.when();
                } else if (entry instanceof FocusBlock f && f.when() instanceof Weekly fw) {
                    weekly = fw;
                } else {
                    continue;
                }
                if (!weekly.days().contains(dow)) {
                    continue;
                }
                LocalTime s = weekly.times().start();
                LocalTime e = weekly.times().end();
                Instant start = BenchData.at(d, s);
                Instant end = BenchData.at(weekly.times().crossesMidnight() ? d.plusDays(1) : d, e);
                result.add(new Plain(entry, start, end));
            }
        }
        for (ScheduleEntry entry : schedule.entries()) {
            if (entry instanceof org.reachable.domain.model.DayOff off && off.first().isBefore(last)) {
                result.add(new Plain(off, off.first().atStartOfDay(BenchData.ZONE).toInstant(),
                        off.last().plusDays(1).atStartOfDay(BenchData.ZONE).toInstant()));
            }
        }
        result.sort(Comparator.comparing(Plain::start));
        return result;
    }
}
