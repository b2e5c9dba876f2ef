package org.reachable.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.reachable.domain.model.Channel;
import org.reachable.domain.service.BackOnDay;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.status.ChannelStatus;
import org.reachable.domain.status.HeldStatus;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;
import org.reachable.domain.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true)
final class StatusCommand extends BaseCommand {

    @Option(names = "--at", paramLabel = "ISO")
    String at;

    @Option(names = "--json")
    boolean json;

    /** Handed the status with the span it holds for, before it is printed; null: kept nowhere (QuickStatus sets it). */
    Consumer<HeldStatus> keep;

    @Override
    public Integer call() throws Exception {
        Workspace.Loaded loaded = load();
        ZoneId zone = loaded.zone();
        Instant t = at == null ? env().clock().instant() : TimeArguments.parse(at, zone, "--at", messages());
        StatusResolver resolver = loaded.resolver();
        Status status = resolver.status(t);
        Optional<LocalDate> dayBack = dayBack(status, resolver, loaded.settings().channels(), zone);
        if (keep != null) {
            keep.accept(new HeldStatus(status, zone, dayBack, resolver.holdsUntil(t)));
        }
        out().print(QuickStatus.render(status, zone, dayBack, Locale.getDefault(), json ? env().json() : null));
        return 0;
    }

    /** On a day off, the first day a client can reach the user again (the text names it). */
    static Optional<LocalDate> dayBack(Status status, StatusResolver resolver, List<Channel> channels, ZoneId zone) {
        return status.dayOff().map(off -> BackOnDay.firstDayBack(off, resolver, channels, zone));
    }

    /** The status as this command prints it, in {@code locale}: here, by a running app and from what the last run kept. */
    static void print(Status status, ZoneId zone, Optional<LocalDate> dayBack, Locale locale, PrintWriter out) {
        Messages m = new Messages(locale);
        LocalDate today = LocalDate.ofInstant(status.at(), zone);
        Words words = Words.forLocale(locale);
        String state = m.get("state." + status.state().name());
        String reason = m.get("reason." + status.reason().code());
        out.println(status.until() == null
                ? m.get("status.headline.noChange", state, reason)
                : m.get("status.headline", state, reason, m.when(status.until(), status.at(), zone)));
        status.dayOff().ifPresent(off -> {
            String back = words.date(dayBack.orElseThrow(), today);
            out.println("  " + (off.standIn().isBlank()
                    ? m.get("status.dayOff", off.summary(), back)
                    : m.get("status.dayOff.standIn", off.summary(), back, off.standIn())));
        });
        String language = locale.getLanguage(); // the asker's, also when the running app prints it
        int width = status.channels().stream().mapToInt(c -> c.channel().name(language).length()).max().orElse(0);
        for (ChannelStatus c : status.channels()) {
            String name = String.format("%-" + width + "s", c.channel().name(language));
            String reachable = m.get(c.reachable() ? "status.reachable" : "status.notReachable");
            String detail = c.reachable()
                    ? m.get("status.until", m.when(c.until(), status.at(), zone))
                    : m.get("status.next", m.when(c.nextReachable(), status.at(), zone));
            out.printf("  %s  %-16s %-28s %s%n", name, reachable, m.get("reason." + c.reason().code()), detail);
        }
    }
}
