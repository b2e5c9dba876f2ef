package org.reachable.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reachable.domain.model.ManualOverride;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.port.Timer;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.status.Reason;
import org.reachable.domain.status.Snapshot;
import org.reachable.domain.status.State;
import org.reachable.domain.status.Status;
import org.reachable.domain.status.StatusResolver;

/**
 * Keeps the current status true while the app runs. It never polls: after each evaluation it sets
 * one timer, for the next change, the next heads-up, or a heartbeat a minute away, whichever is
 * first. The heartbeat exists because a timer that sleeps through a suspend fires late: when a
 * timer fires more than {@link #LATE} after its instant, the wall clock jumped and everything is
 * reloaded and evaluated afresh. A minute's wake-up costs nothing measurable.
 */
public final class StatusMonitor {

    static final Duration HEARTBEAT = Duration.ofMinutes(1);
    static final Duration LATE = Duration.ofSeconds(5);
    /** An override set this recently was set by the user (here, or with the CLI): no notification. */
    static final Duration BY_HAND = Duration.ofSeconds(15);

    /** What the app does with the status; every method has a default so listeners take what they need. */
    public interface Listener {

        default void statusChanged(Change change) {
        }

        /**
         * The files are about to be read: what a listener notes of them now (their times) is no newer
         * than the data {@link #dataChanged} brings next, so it can tell later whether they changed since.
         */
        default void reading() {
        }

        /** A focus block starts at {@code at}: a heads-up, so the user can wrap up. */
        default void headsUp(Status upcoming, Instant at) {
        }

        /**
         * A file could not be read (the app runs on the backup) or saved; null clears it. A value,
         * so each listener words it in its reader's language.
         */
        default void problem(Problem problem) {
        }

        /**
         * The data was read or changed (an edit saved anywhere, an override set or cleared), whether
         * or not the status differs now: for what is made from the whole week (the published page).
         */
        default void dataChanged(Workspace.Loaded data) {
        }
    }

    /**
     * One evaluation that differs from the last.
     *
     * @param previous the status before, or null at start
     * @param byHand the user made this change just now (tray menu or CLI): no notification
     */
    public record Change(Status previous, Status current, boolean byHand, Workspace.Loaded data) {

        /** The overall state or its reason changed, which is what a user is told about. */
        public boolean stateChanged() {
            return previous == null || previous.state() != current.state() || previous.reason() != current.reason();
        }
    }

    private final Workspace workspace;
    private final Timer timer;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private Workspace.Loaded data;
    /** Built once per change of data: it caches occurrences, and the heartbeat asks it every minute. */
    private StatusResolver resolver;
    private Status current;
    private Timer.Cancellable planned;
    private Instant headsUpGivenFor;
    private Problem problem;

    public StatusMonitor(Workspace workspace, Timer timer, Clock clock) {
        this.workspace = workspace;
        this.timer = timer;
        this.clock = clock;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Loads the files and starts keeping the status current. */
    public synchronized void start() {
        reload();
    }

    /** Reads the files again (the clock jumped, or the app wrote one) and evaluates. */
    public synchronized void reload() {
        read(false);
    }

    /**
     * The files changed on disk: read again. A status that changes because the schedule or the
     * settings were edited (in the editor, a calendar app, the CLI) is the user's doing, not the
     * schedule switching by itself, so it is not announced — the user is looking at the change.
     */
    public synchronized void filesChanged() {
        read(true);
    }

    private void read(boolean editsAreByHand) {
        Workspace.Loaded before = data;
        listeners.forEach(Listener::reading);
        Workspace.Recovered recovered = workspace.loadOrRecover();
        use(recovered.data());
        report(recovered.problem().orElse(null));
        Instant now = clock.instant();
        boolean edited = editsAreByHand && before != null && (!before.schedule().equals(data.schedule())
                || !before.settings().equals(data.settings()));
        boolean byHand = edited || data.override().map(o -> isRecent(o.setAt(), now)).orElse(false);
        evaluate(now, byHand);
    }

    /** The user chose an override (from the tray): saved for the CLI to see, and in force at once. */
    public synchronized void setOverride(ManualOverride override) {
        save(() -> workspace.overrides().save(override));
        use(data.withOverride(Optional.of(override)));
        evaluate(clock.instant(), true);
    }

    /** "Back to schedule". */
    public synchronized void clearOverride() {
        save(workspace.overrides()::clear);
        use(data.withOverride(Optional.empty()));
        evaluate(clock.instant(), true);
    }

    public synchronized Status current() {
        return current;
    }

    public synchronized Workspace.Loaded data() {
        return data;
    }

    public synchronized void stop() {
        if (planned != null) {
            planned.cancel();
            planned = null;
        }
    }

    private interface Save {
        void run() throws StoreException;
    }

    private void save(Save save) {
        try {
            save.run();
        } catch (StoreException e) {
            report(e.problem());
        }
    }

    private void use(Workspace.Loaded newData) {
        data = newData;
        resolver = newData.resolver();
        listeners.forEach(l -> l.dataChanged(newData));
    }

    private boolean isRecent(Instant setAt, Instant now) {
        return !setAt.isAfter(now.plus(LATE)) && Duration.between(setAt, now).compareTo(BY_HAND) <= 0;
    }

    private void report(Problem found) {
        if (!Objects.equals(found, problem)) {
            problem = found;
            listeners.forEach(l -> l.problem(found));
        }
    }

    private void evaluate(Instant now, boolean byHand) {
        Status previous = current;
        current = resolver.status(now);
        if (previous == null || differs(previous, current)) {
            Change change = new Change(previous, current, byHand, data);
            listeners.forEach(l -> l.statusChanged(change));
        }
        giveHeadsUpIfDue(now);
        plan(now);
    }

    /** Any difference a user could see: state, reasons, reachability, or when something next changes. */
    private static boolean differs(Status a, Status b) {
        if (a.state() != b.state() || a.reason() != b.reason() || !Objects.equals(a.until(), b.until())
                || a.channels().size() != b.channels().size()) {
            return true;
        }
        for (int i = 0; i < a.channels().size(); i++) {
            var x = a.channels().get(i);
            var y = b.channels().get(i);
            if (!x.channel().equals(y.channel()) || x.reachable() != y.reachable() || x.reason() != y.reason()
                    || !Objects.equals(x.until(), y.until())) {
                return true;
            }
        }
        return false;
    }

    /** The start of a focus block the status changes into next, if the heads-up is on and it is coming. */
    private Optional<Instant> upcomingFocus() {
        int minutes = data.settings().preferences().headsUpMinutes();
        if (minutes == 0 || current.until() == null || current.state() == State.FOCUS) {
            return Optional.empty();
        }
        Snapshot next = resolver.snapshotAt(current.until());
        return next.state() == State.FOCUS && next.reason() == Reason.FOCUS
                ? Optional.of(current.until()) : Optional.empty();
    }

    private Optional<Instant> headsUpTime() {
        Duration lead = Duration.ofMinutes(data.settings().preferences().headsUpMinutes());
        return upcomingFocus().filter(start -> !start.equals(headsUpGivenFor)).map(start -> start.minus(lead));
    }

    private void giveHeadsUpIfDue(Instant now) {
        Optional<Instant> focusStart = upcomingFocus();
        Optional<Instant> due = headsUpTime();
        if (focusStart.isPresent() && due.isPresent() && !now.isBefore(due.get())) {
            headsUpGivenFor = focusStart.get();
            Status upcoming = resolver.status(focusStart.get());
            listeners.forEach(l -> l.headsUp(upcoming, focusStart.get()));
        }
    }

    private void plan(Instant now) {
        if (planned != null) {
            planned.cancel();
        }
        Instant wake = now.plus(HEARTBEAT);
        if (current.until() != null && current.until().isBefore(wake)) {
            wake = current.until();
        }
        Optional<Instant> headsUp = headsUpTime().filter(now::isBefore);
        if (headsUp.isPresent() && headsUp.get().isBefore(wake)) {
            wake = headsUp.get();
        }
        Instant when = wake;
        planned = timer.schedule(when, () -> fired(when));
    }

    private synchronized void fired(Instant plannedFor) {
        Instant now = clock.instant();
        if (now.isAfter(plannedFor.plus(LATE)) || now.isBefore(plannedFor.minus(LATE))) {
            // suspended and resumed, or the clock was set: trust nothing, read everything again
            reload();
        } else {
            evaluate(now, false);
        }
    }
}
