package org.reachable.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.Occurrence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agenda", mixinStandardHelpOptions = true)
final class AgendaCommand extends BaseCommand {

    /** A year and a bit: enough for any calendar view, small enough to answer at once. */
    private static final long MAX_DAYS = 400;

    @Option(names = "--from", required = true, paramLabel = "D")
    String from;

    @Option(names = "--to", required = true, paramLabel = "D")
    String to;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        ZoneId zone = loaded.zone();
        Instant start = TimeArguments.parse(from, zone, "--from", messages());
        Instant end = TimeArguments.parse(to, zone, "--to", messages());
        if (!end.isAfter(start)) {
            throw new UserError(messages().get("error.toBeforeFrom"));
        }
        if (Duration.between(start, end).toDays() > MAX_DAYS) {
            throw new UserError(messages().get("error.agendaTooLong", MAX_DAYS));
        }
        List<Occurrence> occurrences = loaded.resolver().agenda(start, end);
        Messages m = messages();
        for (Occurrence o : occurrences) {
            if (json) {
                out().println(env().json().occurrence(o, zone));
            } else {
                out().printf("%s–%s  %-13s %s%s%n", m.dateTime(o.start(), zone), m.time(o.end(), zone),
                        m.get("kind." + o.entry().kind().code()), o.entry().summary(),
                        o.entry().channels().isEmpty() ? "" : "  [" + String.join(", ", o.entry().channels()) + "]");
            }
        }
        return 0;
    }
}
