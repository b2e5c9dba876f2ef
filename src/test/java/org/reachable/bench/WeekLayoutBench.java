package org.reachable.bench;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.reachable.ui.schedule.WeekSamples;
import org.reachable.ui.schedule.WeekBlock;
import org.reachable.ui.schedule.WeekLayout;

/**
 * Week grid budget, first half: the pure layout ({@link WeekLayout}) of 200 blocks must stay
 * far below the 8 ms a re-layout may take at 60 fps (the rest goes to JavaFX: see
 * {@code WeekGridLayoutBench}). The 200 blocks are seeded: random days, quarter-hour starts,
 * 15 min to 4 h long, about 1 in 12 crossing midnight, so columns hold clusters of several lanes.
 *
 * <p>{@code layout200} is the grid's own work per {@code setBlocks}; {@code layoutRealWeek} the
 * realistic 18-block week of the screenshots. Baseline {@code baseline_sort200}: copying the 200
 * records and sorting them by day, start and end: the least any layout must do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class WeekLayoutBench {

    private static final Comparator<WeekBlock> ORDER = Comparator.comparing(WeekBlock::day)
            .thenComparingInt(WeekBlock::startMinute).thenComparingInt(WeekBlock::endMinute);

    private List<WeekBlock> many;
    private List<WeekBlock> week;

    @Setup
    public void setUp() {
        many = WeekSamples.many(200, 7);
        week = WeekSamples.blocks(Locale.forLanguageTag("nl-NL"));
    }

    @Benchmark
    public WeekLayout layout200() {
        return WeekLayout.of(many, DayOfWeek.MONDAY);
    }

    @Benchmark
    public WeekLayout layoutRealWeek() {
        return WeekLayout.of(week, DayOfWeek.MONDAY);
    }

    @Benchmark
    public List<WeekBlock> baseline_sort200() {
        List<WeekBlock> copy = new ArrayList<>(many);
        copy.sort(ORDER);
        return copy;
    }
}
