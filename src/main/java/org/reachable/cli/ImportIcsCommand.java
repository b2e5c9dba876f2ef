package org.reachable.cli;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.reachable.domain.model.Dated;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.ExtraWindow;
import org.reachable.domain.model.FocusBlock;
import org.reachable.domain.model.HomeWeek;
import org.reachable.domain.model.ReachableWindow;
import org.reachable.domain.model.ScheduleEntry;
import org.reachable.domain.model.Weekly;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.service.ImportAs;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.service.ImportPlan;
import org.reachable.domain.subscribe.SubscriptionRefresh;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reachable import-ics FILE|URL}: a calendar imported once; prints what is added, changed
 * and removed (one line each) and then writes schedule.ics, or with {@code --dry-run} writes
 * nothing. A calendar that cannot be fetched or read is a user error (exit 1); an unknown
 * {@code --as} is bad usage (exit 2).
 */
@Command(name = "import-ics", mixinStandardHelpOptions = true)
final class ImportIcsCommand extends BaseCommand {

    /** How many left-out events are named one by one; the rest are counted. */
    private static final int SKIPPED_SHOWN = 5;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "source")
    String source;

    @Option(names = "--as", paramLabel = "KIND", converter = AsConverter.class)
    ImportAs as = ImportAs.DAYS_OFF_AND_FOCUS;

    @Option(names = "--channels", paramLabel = "ID,…", split = ",")
    List<String> channels = List.of();

    @Option(names = "--dry-run")
    boolean dryRun;

    /** The home zone the preview speaks (an entry kept in another zone is shown in it too). */
    private ZoneId home;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        home = loaded.zone();
        LocalDateTime now = LocalDateTime.ofInstant(env().clock().instant(), loaded.zone());
        Set<String> chosen = new LinkedHashSet<>();
        channels.forEach(c -> chosen.add(c.trim()));
        chosen.remove("");
        ImportPlan plan = env().calendars().preview(loaded.schedule(), source, as, chosen,
                loaded.settings().channels(), now);
        print(plan);
        if (dryRun) {
            out().println(messages().get("import.dryRun"));
        } else if (!plan.isEmpty()) {
            // in turn with the running app's save and sync, on the schedule as it is by then
            Schedule after = workspace().schedules().update(loaded.zone(), plan.edit()::applyTo);
            out().println(messages().get("import.done"));
            if (plan.source().startsWith("https://")) {
                // an address: the tray imports it again on its own from now on
                workspace().subscriptions().update(list -> SubscriptionRefresh.remember(list, plan, as, chosen, after,
                        env().clock().instant()));
            }
        }
        return 0;
    }

    private void print(ImportPlan plan) {
        out().println(messages().get("import.summary", source, plan.added().size(), plan.changed().size(),
                plan.removed().size(), plan.unchanged()));
        plan.added().forEach(e -> out().println("+ " + describe(e)));
        plan.changed().forEach(c -> out().println("~ " + describe(c.after())));
        plan.removed().forEach(e -> out().println("- " + describe(e)));
        if (plan.past() > 0) {
            out().println(messages().get("import.past", plan.past()));
        }
        if (!plan.skipped().isEmpty()) {
            out().println(messages().get("import.skipped", plan.skipped().size()));
            ProblemWords words = ProblemWords.in(Locale.getDefault());
            for (Problem p : plan.skipped().subList(0, Math.min(SKIPPED_SHOWN, plan.skipped().size()))) {
                out().println("  " + words.words(p));
            }
        }
    }

    /** "day off  24 Dec 2026 – 26 Dec 2026  Christmas", one line a script can also read. */
    private String describe(ScheduleEntry entry) {
        String kind = messages().get("kind." + entry.kind().code());
        return kind + "  " + when(entry) + "  " + entry.summary();
    }

    private String when(ScheduleEntry entry) {
        Locale locale = Locale.getDefault();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        if (entry instanceof DayOff d) {
            return d.first().equals(d.last()) ? date.format(d.first())
                    : date.format(d.first()) + " – " + date.format(d.last());
        }
        Object when = entry instanceof FocusBlock f ? f.when()
                : entry instanceof ExtraWindow x ? x.when() : ((ReachableWindow) entry).when();
        if (when instanceof Dated own) {
            Dated dated = own.at(home);
            return date.format(dated.start()) + " " + time.format(dated.start()) + "–" + time.format(dated.end());
        }
        Weekly weekly = HomeWeek.usual((Weekly) when, home);
        String days = weekly.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(", "));
        String every = weekly.series().weeks() == 1 ? messages().get("import.everyWeek")
                : messages().get("import.everyWeeks", weekly.series().weeks());
        return every + " " + days + " " + time.format(weekly.times().start()) + "–"
                + time.format(weekly.times().end());
    }

    static final class AsConverter implements CommandLine.ITypeConverter<ImportAs> {
        @Override
        public ImportAs convert(String value) {
            for (ImportAs a : List.of(ImportAs.DAYS_OFF, ImportAs.FOCUS, ImportAs.WINDOWS)) {
                if (a.code().equalsIgnoreCase(value.trim())) {
                    return a;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of days-off, focus, windows");
        }
    }
}
