package org.reachable.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
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
import org.reachable.domain.model.Schedule;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.Snapshot;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/**
 * Budgets 1 and 2: the status at an instant (≤ 2 µs) and the next change (≤ 20 µs), on the busy
 * week of {@link BenchData#busyWeek()}. Each call takes the next of 4096 seeded instants spread over
 * 2026, so the per-day occurrence cache sees the whole year and branches see every kind of moment
 * (window, focus, day off, night). The resolver lives as long as the app's does (built once per trial):
 * that is the tray app's steady state. {@code statusFreshResolver} is the command line's case: a new
 * resolver (cold per-day cache) and one full status.
 *
 * <p>Baselines, same instants: {@code baseline_zonedDateTime} is one {@code ZonedDateTime.ofInstant}
 * plus {@code toLocalDate} (the least any zone-aware status can do), {@code baseline_hashMapLookup} a
 * {@code HashMap<LocalDate, Integer>} lookup of the instant's day.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class StatusBench {

    private Schedule schedule;
    private StatusResolver resolver;
    private StatusResolver resolverNeverReachable;
    private StatusResolver resolverExample;
    private StatusResolver resolverExceptions;
    private Instant[] instants;
    private Map<LocalDate, Integer> days;
    private ZoneId zone;
    private int next;

    @Setup
    public void setUp() {
        schedule = BenchData.busyWeek();
        zone = schedule.zone();
        resolver = new StatusResolver(schedule, BenchData.channels(), Optional.empty());
        resolverNeverReachable = new StatusResolver(schedule, BenchData.channelsWithOneNeverReachable(),
                Optional.empty());
        resolverExample = new StatusResolver(ExampleWeek.create(zone, BenchData.YEAR_START), BenchData.channels(),
                Optional.empty());
        resolverExceptions = new StatusResolver(BenchData.busyYearOfExceptions(), BenchData.channels(), Optional.empty());
        instants = BenchData.instantsOverAYear(20260101L);
        days = new HashMap<>();
        for (int i = 0; i < 800; i++) {
            days.put(BenchData.YEAR_START.plusDays(i), i);
        }
    }

    private Instant nextInstant() {
        Instant t = instants[next];
        next = (next + 1) & (BenchData.INSTANTS - 1);
        return t;
    }

    /** Budget 1: the bare status at an instant (state, reason, each channel). */
    @Benchmark
    public Snapshot snapshotAt() {
        return resolver.snapshotAt(nextInstant());
    }

    /** Budget 1 (full form): the status plus the next change overall and per channel, and each channel's next reachable time. */
    @Benchmark
    public Status status() {
        return resolver.status(nextInstant());
    }

    /** Budget 2: the first instant after t at which the status differs. */
    @Benchmark
    public Optional<Instant> nextChange() {
        return resolver.nextChange(nextInstant());
    }

    /** Not a budget: status() when one channel is in no window, so the per-channel look-ahead runs to the 366-day horizon. */
    @Benchmark
    public Status status_channelNeverReachable() {
        return resolverNeverReachable.status(nextInstant());
    }

    /**
     * Not a budget: status() on the week {@code reachable init --example} writes, with the default
     * channels: SMS is in none of its windows, so this is the same year-long look-ahead as above.
     */
    @Benchmark
    public Status status_exampleWeek() {
        return resolverExample.status(nextInstant());
    }

    /** Not a budget: what the CLI does once per process: a fresh resolver (cold per-day cache) and status(t). */
    @Benchmark
    public Status statusFreshResolver() {
        return new StatusResolver(schedule, BenchData.channels(), Optional.empty()).status(nextInstant());
    }

    /** Budget (calendar issue): snapshotAt on the busy week after a year of skipped and moved occurrences. */
    @Benchmark
    public Snapshot snapshotAt_busyYearOfExceptions() {
        return resolverExceptions.snapshotAt(nextInstant());
    }

    /** Budget (calendar issue): the full status on the same schedule. */
    @Benchmark
    public Status status_busyYearOfExceptions() {
        return resolverExceptions.status(nextInstant());
    }

    /** Baseline: one zone conversion of the same instants. */
    @Benchmark
    public LocalDate baseline_zonedDateTime() {
        return ZonedDateTime.ofInstant(nextInstant(), zone).toLocalDate();
    }

    /** Baseline: one HashMap lookup per instant (keyed by its day, which costs a zone conversion too). */
    @Benchmark
    public Integer baseline_hashMapLookup() {
        return days.get(LocalDate.ofInstant(nextInstant(), zone));
    }
}
