package org.reachable.domain.publish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;

/**
 * Settings' "Also publish to the calendar on my server": while it is on, the tray process puts the
 * feed's reachable times in "Reachable – availability" whenever the data changes, and once a day
 * besides (the feed's 92 days move on), as {@link PublishOnChange} does for the folder — but on
 * {@code worker}, never on the status thread, since a server can be slow or gone. A change during
 * a publish makes one more publish after it, with the newest data, not two at once. A failure is
 * tried again at the next change of data or status; the listener hears whether it is the first of
 * a run, so the user is told once and not at every retry.
 */
public final class CalendarOnChange implements StatusMonitor.Listener {

    /** Told on the worker's thread after each attempt. */
    public interface Listener {
        void published(CalendarPublish.Report report);

        /** @param first the first failure since the last success (or since the start) */
        void failed(Problem problem, boolean first);
    }

    private final Publisher publisher;
    private final CalendarPublish.Server server;
    private final Clock clock;
    private final Executor worker;
    private final Listener listener;
    private Workspace.Loaded published;
    private Instant publishedAt;
    private Workspace.Loaded waiting;
    private boolean running;
    private boolean failing;

    public CalendarOnChange(Publisher publisher, CalendarPublish.Server server, Clock clock, Executor worker,
            Listener listener) {
        this.publisher = publisher;
        this.server = server;
        this.clock = clock;
        this.worker = worker;
        this.listener = listener;
    }

    @Override
    public void dataChanged(Workspace.Loaded data) {
        consider(data);
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        consider(change.data());
    }

    private synchronized void consider(Workspace.Loaded data) {
        if (!data.settings().preferences().publishCalendar()) {
            published = null;
            waiting = null;
            return;
        }
        boolean fresh = publishedAt != null
                && Duration.between(publishedAt, clock.instant()).compareTo(PublishOnChange.REFRESH) < 0;
        if (data.equals(published) && fresh) {
            return;
        }
        if (running) {
            waiting = data;
            return;
        }
        running = true;
        worker.execute(() -> attempt(data));
    }

    private void attempt(Workspace.Loaded data) {
        Instant at = clock.instant();
        try {
            CalendarPublish.Report report = publisher.publish(data, server, at);
            synchronized (this) {
                published = data;
                publishedAt = at;
                failing = false;
            }
            listener.published(report);
        } catch (StoreException e) {
            failed(e.problem());
        } catch (RuntimeException e) {
            failed(Problem.text(String.valueOf(e)));
        }
        Workspace.Loaded next;
        synchronized (this) {
            running = false;
            next = waiting;
            waiting = null;
        }
        if (next != null) {
            consider(next);
        }
    }

    private void failed(Problem problem) {
        boolean first;
        synchronized (this) {
            first = !failing;
            failing = true;
            published = null;
        }
        listener.failed(problem, first);
    }
}
