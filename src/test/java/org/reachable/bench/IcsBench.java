package org.reachable.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
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
import org.reachable.domain.model.Schedule;
import org.reachable.domain.port.StoreException;

/**
 * Budgets 4 and 5: {@code IcsCodec.write} of a 5,000-entry schedule (≤ 0.5 s) and
 * {@code IcsCodec.read} of a 20,000-event file (≤ 1.5 s). Both schedules come from
 * {@link BenchData#many}: all four kinds of entry, escaped and folded summaries, one VTIMEZONE.
 * The 20,000-event text is what {@code IcsCodec.write} makes of such a schedule.
 *
 * <p>Baselines, plain String work on the same bytes: {@code baseline_writeSameBytes} appends the
 * 5,000-entry file's lines (precomputed) with CRLF into one StringBuilder; {@code baseline_scanSameBytes}
 * splits the 20,000-event text into lines, unfolds them, cuts each at its first ':' into a name and a
 * value String and counts the VEVENTs: a tokenizer with no semantics. {@code read_ical4jTokenizerOnly}
 * is not a baseline but the first stage of {@code read}: ical4j's {@code CalendarParserImpl} on the
 * same text with a content handler that only counts (the reader's {@code RawCalendar} keeps every
 * property instead), so {@code read20000 - read_ical4jTokenizerOnly} is roughly what the reader's
 * own code costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class IcsBench {

    static final int WRITE_ENTRIES = 5_000;
    static final int READ_EVENTS = 20_000;

    private Schedule toWrite;
    private String[] writtenLines;
    private int writtenLength;
    private String toRead;

    @Setup
    public void setUp() throws StoreException {
        toWrite = BenchData.many(WRITE_ENTRIES, 5000L);
        String written = IcsCodec.write(toWrite);
        writtenLength = written.length();
        writtenLines = written.split("\r\n");
        toRead = IcsCodec.write(BenchData.many(READ_EVENTS, 20000L));
        Schedule check = IcsCodec.read(toRead, "schedule.ics", BenchData.ZONE);
        if (check.entries().size() != READ_EVENTS) {
            throw new IllegalStateException("read back " + check.entries().size() + " entries");
        }
    }

    /** Budget 4: the whole .ics text of a 5,000-entry schedule. */
    @Benchmark
    public String write5000() {
        return IcsCodec.write(toWrite);
    }

    /** Budget 5: a 20,000-event .ics text to a schedule. */
    @Benchmark
    public Schedule read20000() throws StoreException {
        return IcsCodec.read(toRead, "schedule.ics", BenchData.ZONE);
    }

    /**
     * Not a budget: budget 5 as the first call in a new JVM (the tray app opening a big file):
     * no warm-up, interpreter and JIT included; each fork is one sample.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
    public Schedule read20000_firstCallInNewJvm() throws StoreException {
        return IcsCodec.read(toRead, "schedule.ics", BenchData.ZONE);
    }

    /** Breakdown of budget 5: ical4j's tokenizer (unfolding, names, parameters, values) and nothing else. */
    @Benchmark
    public int read_ical4jTokenizerOnly() throws IOException, ParserException {
        Counter counter = new Counter();
        new CalendarParserImpl().parse(new UnfoldingReader(new StringReader(toRead)), counter);
        return counter.count;
    }

    /** Counts what the parser delivers; keeps nothing. */
    private static final class Counter implements ContentHandler {
        int count;

        @Override
        public void startCalendar() {
            count++;
        }

        @Override
        public void endCalendar() {
            count++;
        }

        @Override
        public void startComponent(String name) {
            count++;
        }

        @Override
        public void endComponent(String name) {
            count++;
        }

        @Override
        public void startProperty(String name) {
            count++;
        }

        @Override
        public void propertyValue(String value) {
            count += value.length() & 1;
        }

        @Override
        public void endProperty(String name) {
            count++;
        }

        @Override
        public void parameter(String name, String value) {
            count++;
        }
    }

    /** Baseline for budget 4: the same bytes appended line by line to a StringBuilder. */
    @Benchmark
    public String baseline_writeSameBytes() {
        StringBuilder out = new StringBuilder(writtenLength + 16);
        for (String line : writtenLines) {
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    /** Baseline for budget 5: the same text split into unfolded NAME / value Strings, VEVENTs counted. */
    @Benchmark
    public int baseline_scanSameBytes() {
        return scan(toRead);
    }

    /** The baseline's work: lines cut, unfolded, split at ':' into name and value Strings, VEVENTs counted. */
    static int scan(String text) {
        List<String> names = new ArrayList<>(64);
        List<String> values = new ArrayList<>(64);
        int events = 0;
        int pos = 0;
        int n = text.length();
        StringBuilder logical = new StringBuilder(256);
        while (pos < n) {
            int eol = text.indexOf("\r\n", pos);
            if (eol < 0) {
                eol = n;
            }
            logical.setLength(0);
            logical.append(text, pos, eol);
            pos = eol + 2;
            while (pos < n && text.charAt(pos) == ' ') {
                int next = text.indexOf("\r\n", pos);
                if (next < 0) {
                    next = n;
                }
                logical.append(text, pos + 1, next);
                pos = next + 2;
            }
            int colon = logical.indexOf(":");
            String name = logical.substring(0, colon < 0 ? logical.length() : colon);
            String value = colon < 0 ? "" : logical.substring(colon + 1);
            if (name.equals("BEGIN") && value.equals("VEVENT")) {
                events++;
                names.clear();
                values.clear();
            }
            names.add(name);
            values.add(value);
        }
        return events + names.size() + values.size();
    }
}
