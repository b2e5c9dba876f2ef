package org.reachable.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.reachable.domain.service.BackOnDay;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.Status;
import org.reachable.domain.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand extends BaseCommand {

    @Option(names = "--at", paramLabel = "ISO")
    String at;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        ZoneId zone = loaded.zone();
        Instant t = at == null ? env().clock().instant() : TimeArguments.parse(at, zone, "--at", messages());
        Status status = loaded.resolver().status(t);
        if (json) {
            out().println(env().json().status(status, zone));
        } else {
            print(status, zone, loaded, Locale.getDefault(), out());
        }
        return 0;
    }

    /** The status as this command prints it, in {@code locale}: here, and by a running app for QuickStatus. */
    static void print(Status status, ZoneId zone, Workspace.Loaded loaded, Locale locale, PrintWriter out) {
        Messages m = new Messages(locale);
        LocalDate today = LocalDate.ofInstant(status.at(), zone);
        Words words = Words.forLocale(locale);
        String state = m.get("state." + status.state().name());
        String reason = m.get("reason." + status.reason().code());
        out.println(status.until() == null
                ? m.get("status.headline.noChange", state, reason)
                : m.get("status.headline", state, reason, m.when(status.until(), status.at(), zone)));
        status.dayOff().ifPresent(off -> {
            String back = words.date(BackOnDay.firstDayBack(off, loaded.resolver(), loaded.settings().channels(),
                    zone), today);
            out.println("  " + (off.standIn().isBlank()
                    ? m.get("status.dayOff", off.summary(), back)
                    : m.get("status.dayOff.standIn", off.summary(), back, off.standIn())));
        });
        int width = status.channels().stream().mapToInt(c -> c.channel().name().length()).max().orElse(0);
        for (ChannelStatus c : status.channels()) {
            String name = String.format("%-" + width + "s", c.channel().name());
            String reachable = m.get(c.reachable() ? "status.reachable" : "status.notReachable");
            String detail = c.reachable()
                    ? m.get("status.until", m.when(c.until(), status.at(), zone))
                    : m.get("status.next", m.when(c.nextReachable(), status.at(), zone));
            out.printf("  %s  %-16s %-28s %s%n", name, reachable, m.get("reason." + c.reason().code()), detail);
        }
    }
}
