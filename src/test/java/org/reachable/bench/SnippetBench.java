package org.reachable.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reachable.adapters.templates.MustacheRenderer;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.ExampleWeek;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.snippet.Format;
import org.reachable.domain.text.snippet.SnippetModel;
import org.reachable.domain.text.snippet.Target;

/**
 * Issue 5's budget: any text ≤ 5 ms to make once warm, so the preview follows typing. One
 * operation is what the Texts screen does on an edit: a fresh resolver (the schedule changed), the
 * model at an instant, and the template rendered. Baseline: only the resolver and its status.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SnippetBench {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Param({"AUTOREPLY:TEXT", "WEBSITE:HTML", "VOICEMAIL:TEXT", "FACEBOOK:TEXT", "AGREEMENT:MARKDOWN"})
    public String targetAndFormat;

    private Settings settings;
    private Schedule schedule;
    private MustacheRenderer renderer;
    private Target target;
    private Format format;
    private final Instant at = Instant.parse("2026-11-25T13:00:00Z");

    @Setup
    public void setUp() {
        settings = new Settings(new Profile("Marieke Jansen", "Reisbureau Zonnig", AMSTERDAM, List.of("nl", "en"),
                null), Settings.defaultChannels("nl"));
        schedule = ExampleWeek.create(AMSTERDAM, LocalDate.of(2026, 11, 23));
        renderer = new MustacheRenderer();
        String[] parts = targetAndFormat.split(":");
        target = Target.valueOf(parts[0]);
        format = Format.valueOf(parts[1]);
    }

    @Benchmark
    public String render() {
        StatusResolver resolver = new StatusResolver(schedule, settings.channels(), Optional.empty());
        return renderer.render(target, "nl", format, SnippetModel.of(settings, schedule, resolver, "nl", at));
    }

    @Benchmark
    public Object baseline_resolverAndStatus() {
        return new StatusResolver(schedule, settings.channels(), Optional.empty()).status(at);
    }
}
