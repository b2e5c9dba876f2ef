package org.reachable.ui.tray;

import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.reachable.domain.port.PublishFailures;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemWords;
import org.reachable.domain.publish.CalendarOnChange;
import org.reachable.domain.publish.CalendarPublish;
import org.reachable.domain.publish.PublishOnChange;
import org.reachable.domain.publish.Publisher;
import org.reachable.domain.port.Timer;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;
import org.reachable.domain.subscribe.SubscriptionRefresh;
import org.reachable.domain.subscribe.SubscriptionScheduler;
import org.reachable.domain.sync.SyncEngine;

/**
 * The tray process keeps what goes out and what comes in current: the folder Settings publishes to
 * (page, feed, status) on the status thread, as it is quick and local; the calendar "Reachable –
 * availability" on the calendar server and the calendars imported from an address (subscriptions)
 * on a daemon thread of its own, so the network never holds up the status. The user hears of the
 * first failure of a run in their language (a notification), not of every retry; the log has each one,
 * and Settings shows the last one next to the calendar switch until a publish goes through.
 */
public final class TrayPublish implements StatusMonitor.Listener, CalendarOnChange.Listener {

    private static final Logger LOG = Logger.getLogger(TrayPublish.class.getName());

    private final ResourceBundle words;
    private final Locale locale;
    private final BiConsumer<String, String> notify;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reachable-publish");
        thread.setDaemon(true);
        return thread;
    });
    private final PublishOnChange folder;
    private final CalendarOnChange calendar;
    private SubscriptionScheduler subscriptions;
    private final Clock clock;
    /** Where Settings reads the last failure from (the window is another process). */
    private final PublishFailures failures;

    /**
     * @param sync the server set up for sync, whose password the calendar is published with
     * @param workspace and {@code importer}: the data folder and the importer subscriptions are refreshed with
     */
    public TrayPublish(Publisher publisher, SyncEngine sync, Workspace workspace, CalendarImporter importer,
            Timer timer, Clock clock, Locale locale, BiConsumer<String, String> notify) {
        this(publisher, sync::server, workspace.publishFailures(), clock, locale, notify);
        this.subscriptions = new SubscriptionScheduler(new SubscriptionRefresh(workspace, importer, clock), importer,
                timer, clock, worker, new SubscriptionScheduler.Listener() {
                    @Override
                    public void refreshed(SubscriptionRefresh.Result result) {
                        LOG.info("Subscription refreshed: " + result);
                    }

                    @Override
                    public void failed(String url, Problem problem, boolean first) {
                        LOG.warning("Subscription " + url + ": " + ProblemWords.english().words(problem));
                        if (first) {
                            notify.accept(words.getString("subscriptions.title"), ProblemWords.in(locale).words(problem));
                        }
                    }
                });
    }

    TrayPublish(Publisher publisher, CalendarPublish.Server server, PublishFailures failures, Clock clock,
            Locale locale, BiConsumer<String, String> notify) {
        this.failures = failures;
        this.words = ResourceBundle.getBundle(TrayMenuModel.BUNDLE, locale);
        this.locale = locale;
        this.notify = notify;
        this.clock = clock;
        this.folder = new PublishOnChange(publisher, clock, LOG::warning);
        this.calendar = new CalendarOnChange(publisher, server, clock, worker, this);
    }

    @Override
    public void dataChanged(Workspace.Loaded data) {
        folder.dataChanged(data);
        calendar.dataChanged(data);
        if (subscriptions != null) {
            subscriptions.dataChanged(data);
        }
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        folder.statusChanged(change);
        calendar.statusChanged(change);
    }

    @Override
    public void published(CalendarPublish.Report report) {
        if (report.written() + report.deleted() > 0) {
            LOG.info("Published to " + report.calendar() + ": " + report);
        }
        try {
            failures.succeeded();
        } catch (StoreException e) {
            LOG.warning("Cannot clear the last publish failure: " + e.getMessage());
        }
    }

    @Override
    public void failed(Problem problem, boolean first) {
        LOG.warning(ProblemWords.english().words(problem));
        try {
            failures.failed(new PublishFailures.Failure(clock.instant(), problem));
        } catch (StoreException e) {
            LOG.warning("Cannot keep the publish failure for Settings: " + e.getMessage());
        }
        if (first) {
            notify.accept(words.getString("publish.title"), ProblemWords.in(locale).words(problem));
        }
    }
}
