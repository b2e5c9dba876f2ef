package org.reachable.cli;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.reachable.domain.port.PublishFolder;
import org.reachable.domain.publish.CalendarPublish;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code reachable publish [--to DIR [--serve PORT]] [--calendar]}: the public availability page,
 * the free/busy feed, status.json and the JSON-LD, written into DIR; with --serve the folder is then
 * served on 127.0.0.1 until Ctrl-C, for a look before it goes public. With --calendar the feed's
 * events go to the calendar "Reachable – availability" on the server set up for sync.
 */
@Command(name = "publish", mixinStandardHelpOptions = true)
final class PublishCommand extends BaseCommand {

    @Option(names = "--to", paramLabel = "DIR")
    String to;

    @Option(names = "--serve", paramLabel = "PORT")
    Integer serve;

    @Option(names = "--calendar")
    boolean calendar;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (to == null && (serve != null || !calendar)) {
            throw new ParameterException(spec.commandLine(), messages().get("publish.where"));
        }
        if (serve != null && (serve < 1 || serve > 65535)) {
            throw new UserError(messages().get("error.port", String.valueOf(serve)));
        }
        Workspace.Loaded loaded = load();
        Instant now = env().clock().instant();
        Publisher publisher = env().publisher();
        if (to != null) {
            publisher.publish(loaded, to, now);
            out().println(messages().get("publish.done", to));
        }
        if (calendar) {
            CalendarPublish.Report report = publisher.publish(loaded, env().sync(root.dataDir())::server, now);
            out().println(messages().get("publish.calendar", CalendarPublish.CALENDAR, report.written(),
                    report.deleted(), report.kept()));
        }
        if (serve == null) {
            return 0;
        }
        try (PublishFolder.Preview preview = publisher.serve(to, serve)) {
            out().println(messages().get("publish.serving", String.valueOf(preview.port())));
            out().flush();
            // Ctrl-C ends the JVM (the server's threads are daemons); a caller in the same JVM interrupts
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
