package org.reachable.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Optional;
import org.reachable.app.AppEnvironment;
import org.reachable.cli.ReachableCommand;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/**
 * Where one {@code reachable status} process spends its time, phase by phase, with System.nanoTime.
 * Run in a fresh JVM (scripts/bench.sh cli does): each phase pays its own class loading,
 * interpretation and JIT, as the real command does. The phases follow the command's own order
 * (settings, schedule, override, resolver and status), then the whole command through
 * {@link ReachableCommand#run} once more: by then the data classes are loaded, so what it adds is
 * mostly picocli, the messages bundle and printing (and the loading again, now cheaper).
 *
 * <p>Usage: {@code java -cp <test classpath> org.reachable.bench.CliPhases DATA_DIR}. Prints one
 * line per phase (ms) and the JVM's uptime when main started.
 */
public final class CliPhases {

    private CliPhases() {
    }

    public static void main(String[] args) throws Exception {
        long atMain = System.nanoTime();
        long uptimeAtMain = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        String dataDir = args[0];
        long t0 = System.nanoTime();
        AppEnvironment env = new AppEnvironment();
        Workspace workspace = env.workspace(Optional.of(dataDir));
        long t1 = System.nanoTime();
        Settings settings = workspace.settings().load(env.clock().getZone());
        long t2 = System.nanoTime();
        Schedule schedule = workspace.schedules().load(settings.profile().homeZone());
        long t3 = System.nanoTime();
        Optional<ManualOverride> override = workspace.overrides().load();
        long t4 = System.nanoTime();
        StatusResolver resolver = new StatusResolver(schedule, settings.channels(), override);
        Instant now = env.clock().instant();
        Status status = resolver.status(now);
        long t5 = System.nanoTime();
        Status again = new StatusResolver(schedule, settings.channels(), override).status(now);
        long t6 = System.nanoTime();
        StringWriter text = new StringWriter();
        int code = ReachableCommand.run(env, new String[] {"--data-dir", dataDir, "status"}, new PrintWriter(text),
                new PrintWriter(new StringWriter()));
        long t7 = System.nanoTime();
        if (code != 0 || !status.state().equals(again.state())) {
            throw new IllegalStateException("status failed: " + code);
        }
        System.out.printf("jvm uptime at main (JVM start, ManagementFactory) %6d ms%n", uptimeAtMain);
        System.out.printf("ManagementFactory for the line above             %6.1f ms%n", ms(atMain, t0));
        System.out.printf("AppEnvironment + Workspace (Jackson mapper)      %6.1f ms%n", ms(t0, t1));
        System.out.printf("settings.json load (Jackson)                     %6.1f ms%n", ms(t1, t2));
        System.out.printf("schedule.ics load (ical4j + IcsReader)           %6.1f ms%n", ms(t2, t3));
        System.out.printf("override.json load                               %6.1f ms%n", ms(t3, t4));
        System.out.printf("new StatusResolver + status(now), first          %6.1f ms%n", ms(t4, t5));
        System.out.printf("new StatusResolver + status(now), second         %6.1f ms%n", ms(t5, t6));
        System.out.printf("whole CLI 'status' again (picocli, bundle, print)%6.1f ms%n", ms(t6, t7));
        System.out.printf("main total                                       %6.1f ms%n", ms(atMain, t7));
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
