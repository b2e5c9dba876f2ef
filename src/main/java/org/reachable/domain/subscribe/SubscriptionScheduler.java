package org.reachable.domain.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.service.CalendarImporter;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;

/**
 * When the tray process refreshes imported subscriptions: one timer set for the next one due (none
 * at all without subscriptions: nothing connects), each refresh on {@code worker}, never on the
 * status thread. Offline, it waits {@link #OFFLINE} and looks again without counting a failure;
 * a failure backs off ({@link SubscriptionRefresh#BACK_OFF}) and is told once per run of failures.
 * Kept apart from the sync's scheduler: a calendar server and a subscription fail and recover apart.
 */
public final class SubscriptionScheduler implements StatusMonitor.Listener {

    /** How long it waits to look again while the computer has no network. */
    public static final Duration OFFLINE = Duration.ofMinutes(5);

    /** Told on the worker's thread. */
    public interface Listener {
        void refreshed(SubscriptionRefresh.Result result);

        /** @param first the first failure of this subscription since it last went through */
        void failed(String url, Problem problem, boolean first);
    }

    private final SubscriptionRefresh refresh;
    private final CalendarImporter network;
    private final Timer timer;
    private final Clock clock;
    private final Executor worker;
    private final Listener listener;
    private final Map<String, Instant> lastTry = new HashMap<>();
    /** While offline: not before this, whatever is due. */
    private final Map<String, Instant> notBefore = new HashMap<>();
    /**
     * Whose last try failed here. A failure the refresh could not write down (schedule.ics broken,
     * the folder read-only) left the subscription due as before: without this the timer fired again
     * at once, in a loop, and told the failure as a first one each time.
     */
    private final Set<String> failedLastTry = new HashSet<>();
    private List<Subscription> known = List.of();
    private Timer.Cancellable next;
    private boolean running;
    private boolean stopped;

    public SubscriptionScheduler(SubscriptionRefresh refresh, CalendarImporter network, Timer timer, Clock clock,
            Executor worker, Listener listener) {
        this.refresh = Objects.requireNonNull(refresh, "refresh");
        this.network = Objects.requireNonNull(network, "network");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The data was read or changed: a subscription added (or removed) by an import sets the timer anew. */
    @Override
    public void dataChanged(Workspace.Loaded data) {
        synchronized (this) {
            known = data.subscriptions();
        }
        plan();
    }

    @Override
    public void statusChanged(StatusMonitor.Change change) {
        // the status changing says nothing about a subscription
    }

    public synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    /** When the next refresh is due, or null with no subscriptions. */
    synchronized Instant nextDue() {
        Instant now = clock.instant();
        Instant earliest = null;
        for (Subscription s : known) {
            Instant due = when(s, now);
            if (earliest == null || due.isBefore(earliest)) {
                earliest = due;
            }
        }
        return earliest;
    }

    private synchronized Instant when(Subscription s, Instant now) {
        Instant last = lastTry.getOrDefault(s.url(), now);
        Instant due = SubscriptionRefresh.due(s, last);
        if (failedLastTry.contains(s.url()) && last.plus(SubscriptionRefresh.BACK_OFF.get(0)).isAfter(due)) {
            due = last.plus(SubscriptionRefresh.BACK_OFF.get(0)); // a failure written down backs off this long already
        }
        Instant wait = notBefore.get(s.url());
        return wait != null && wait.isAfter(due) ? wait : due;
    }

    private synchronized void plan() {
        if (stopped || running) {
            return;
        }
        if (next != null) {
            next.cancel();
            next = null;
        }
        Instant due = nextDue();
        if (due != null) {
            next = timer.schedule(due, this::start);
        }
    }

    private synchronized void start() {
        if (stopped || running) {
            return;
        }
        next = null;
        running = true;
        worker.execute(this::attempt);
    }

    private void attempt() {
        Instant now = clock.instant();
        boolean online = network.online();
        List<Subscription> all;
        synchronized (this) {
            all = known;
        }
        for (Subscription s : all) {
            if (when(s, now).isAfter(now)) {
                continue;
            }
            boolean first;
            synchronized (this) {
                if (!online) {
                    notBefore.put(s.url(), now.plus(OFFLINE));
                    continue;
                }
                notBefore.remove(s.url());
                lastTry.put(s.url(), now);
                first = s.failures() == 0 && !failedLastTry.contains(s.url());
            }
            try {
                SubscriptionRefresh.Result done = refresh.refresh(s.url());
                tried(s.url(), true);
                listener.refreshed(done);
            } catch (StoreException e) {
                tried(s.url(), false);
                listener.failed(s.url(), e.problem(), first);
            } catch (RuntimeException e) {
                tried(s.url(), false);
                listener.failed(s.url(), Problem.text(String.valueOf(e)), first);
            }
        }
        try {
            List<Subscription> reread = refresh.subscriptions();
            synchronized (this) {
                known = reread;
            }
        } catch (StoreException e) {
            // subscriptions.json unreadable: the monitor says so; keep what was known
        }
        synchronized (this) {
            running = false;
        }
        plan();
    }

    private synchronized void tried(String url, boolean wentThrough) {
        if (wentThrough) {
            failedLastTry.remove(url);
        } else {
            failedLastTry.add(url);
        }
    }
}
