package org.reachable.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
import org.reachable.adapters.ics.IcsCodec;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Series;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.status.StatusResolver;

/**
 * Issue 14's load budget: a 20,000-event schedule.ics as calendar apps leave it (weekly entries
 * with skipped dates, moved occurrences written as their own RECURRENCE-ID events, every other
 * week, end dates) read and made ready to answer (the status resolver's index built) in ≤ 0.8 s.
 * The ratio to read: {@link IcsBench#scan} on the same text in the same run (lines, unfolding,
 * name/value Strings), so the figure stays meaningful on a busy or faster machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LoadBench {

    static final int EVENTS = 20_000;

    private String text;

    @Setup
    public void setUp() throws StoreException {
        text = IcsCodec.write(withExceptions(EVENTS));
        int events = text.split("BEGIN:VEVENT", -1).length - 1;
        if (events != EVENTS) {
            throw new IllegalStateException(events + " VEVENTs, not " + EVENTS);
        }
        if (IcsCodec.read(text, "schedule.ics", BenchData.ZONE).entries().isEmpty()) {
            throw new IllegalStateException("nothing read back");
        }
    }

    /**
     * {@link BenchData#many} with exceptions on every weekly entry: two skipped weeks and one moved
     * occurrence (a VEVENT of its own), every third every other week, every fourth with an end.
     * Entries are added until the written file holds exactly {@code events} VEVENTs.
     */
    static Schedule withExceptions(int events) {
        Random random = new Random(14L);
        List<ScheduleEntry> out = new ArrayList<>();
        int written = 0;
        int n = 0;
        for (ScheduleEntry entry : BenchData.many(events, 20000L).entries()) {
            if (written == events) {
                break;
            }
            Weekly weekly = entry instanceof ReachableWindow w ? w.when()
                    : entry instanceof FocusBlock f && f.when() instanceof Weekly fw ? fw : null;
            ScheduleEntry busy = weekly == null ? entry : withExceptions(entry, weekly, n, random);
            // what each entry costs in VEVENTs: a series, its moved occurrence, and the occurrences a
            // clock change touches (written as their own RECURRENCE-ID with exact times)
            int cost = vevents(busy);
            if (written + cost <= events) {
                out.add(busy);
                written += cost;
                n += weekly == null ? 0 : 1;
            } else {
                int plain = busy == entry ? cost : vevents(entry); // the series without its exceptions
                if (written + plain <= events) {
                    out.add(entry);
                    written += plain;
                }
            }
        }
        return new Schedule(BenchData.ZONE, out);
    }

    /** {@code weekly}'s entry with two skipped weeks and one moved occurrence; every third every other week, every fourth with an end. */
    private static ScheduleEntry withExceptions(ScheduleEntry entry, Weekly weekly, int n, Random random) {
        Series series = Series.EVERY_WEEK.withWeeks(n % 3 == 2 ? 2 : 1);
        if (n % 4 == 3) {
            series = series.withUntil(weekly.since().plusMonths(10));
        }
        Weekly pattern = weekly.withSeries(series);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = weekly.since(); dates.size() < 6; d = d.plusDays(1)) {
            if (pattern.inPattern(d)) {
                dates.add(d);
            }
        }
        series = series.skipping(dates.get(1 + random.nextInt(2))).skipping(dates.get(4));
        LocalDateTime moved = dates.get(3).plusDays(1).atTime(weekly.times().start()).minusHours(1);
        series = series.moving(dates.get(3), new Dated(moved, moved.plus(weekly.times().length())));
        Weekly busy = weekly.withSeries(series);
        return entry instanceof ReachableWindow w ? new ReachableWindow(w.uid(), w.summary(), busy, w.channels())
                : new FocusBlock(entry.uid(), entry.summary(), busy, entry.channels());
    }

    private static int vevents(ScheduleEntry entry) {
        String one = IcsCodec.write(new Schedule(BenchData.ZONE, List.of(entry)));
        return one.split("BEGIN:VEVENT", -1).length - 1;
    }

    /** The budget: read the file and build what answers "status now" over it. */
    @Benchmark
    public StatusResolver load20000WithExceptions() throws StoreException {
        Schedule schedule = IcsCodec.read(text, "schedule.ics", BenchData.ZONE);
        return new StatusResolver(schedule, BenchData.channels(), Optional.empty());
    }

    /** The read alone, to tell the reader's share from the index's. */
    @Benchmark
    public Schedule read20000WithExceptions() throws StoreException {
        return IcsCodec.read(text, "schedule.ics", BenchData.ZONE);
    }

    /** Baseline: the same text cut into lines, unfolded, split into name and value Strings. */
    @Benchmark
    public int baseline_scanSameText() {
        return IcsBench.scan(text);
    }
}
