package org.reachable.adapters.files;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.service.StatusMonitor;
import org.reachable.domain.service.Workspace;

/**
 * What the running app made of the data files at its last read, handed out only while each of them
 * is still as it was read: {@code reachable status} is answered from it instead of parsing the files
 * again, and never from data older than a file on disk (an edit saved by the CLI, a calendar app or
 * the sync a moment ago, which the app has not read yet). It replaces comparing status.json's time
 * with theirs, which never held with sync set up: each sync saves schedule.ics after status.json.
 *
 * <p>The files' {@link InputStamps} are taken just before the read, so a save during the read counts
 * as a change; stamps taken within {@link InputStamps#SETTLE} of a file's save vouch for nothing, and
 * that file counts as changed until the next read, which the folder watcher makes 300 ms after that
 * save. Either way the question does not wait for the watcher: the files are read again first, on the
 * monitor's own thread as the watcher's read is. A read that met a problem (a broken file, the app
 * runs on the backup) answers nothing: the command says what is wrong.
 */
public final class LastRead implements StatusMonitor.Listener {

    /** A status question waits this long for a read it asked for; then the command reads the files itself. */
    static final Duration READ_WAIT = Duration.ofSeconds(2);

    private enum Verdict { CURRENT, CHANGED, UNAVAILABLE }

    private final InputStamps inputs;
    private final StatusMonitor monitor;
    private final Executor reads;
    private final Duration readWait;
    private InputStamps.Taken pending;
    private Read last;
    private Problem problem;

    private record Read(InputStamps.Taken stamps, Workspace.Loaded data) {
    }

    private LastRead(DataFolder folder, StatusMonitor monitor, Executor reads, Duration readWait, Clock wallClock) {
        this.inputs = new InputStamps(folder, wallClock);
        this.monitor = monitor;
        this.reads = reads;
        this.readWait = readWait;
    }

    /**
     * Follows {@code monitor}'s reads of {@code folder}'s files from now on; {@code reads} runs a read
     * it asks for, on the thread the monitor's other work runs on.
     */
    public static LastRead of(DataFolder folder, StatusMonitor monitor, Executor reads) {
        return of(folder, monitor, reads, READ_WAIT, Clock.systemUTC());
    }

    /** @param wallClock the clock the OS stamps files by; a test gives another, the app's own clock plays no part */
    static LastRead of(DataFolder folder, StatusMonitor monitor, Executor reads, Duration readWait, Clock wallClock) {
        LastRead lastRead = new LastRead(folder, monitor, reads, readWait, wallClock);
        monitor.addListener(lastRead);
        return lastRead;
    }

    @Override
    public synchronized void reading() {
        pending = inputs.take().orElse(null);
        last = null; // until the read is done, nothing is known
    }

    @Override
    public synchronized void dataChanged(Workspace.Loaded data) {
        // also after an override set from the tray, with no read: the saved override.json then differs
        // from the stamps, and only the watcher's read makes the pair current again
        last = pending == null ? null : new Read(pending, data);
    }

    @Override
    public synchronized void problem(Problem found) {
        problem = found;
    }

    /**
     * What the monitor holds, when it is what its last read made of the files and none changed since;
     * after a change the files are read again first. Empty when that read does not come in time or
     * meets a problem.
     */
    public Optional<Workspace.Loaded> current() {
        // the monitor is asked outside this lock: it waits for a read in progress, which calls in here
        Workspace.Loaded held = monitor.data();
        Verdict verdict = verdict(held);
        if (verdict == Verdict.CHANGED) {
            try {
                CompletableFuture.runAsync(monitor::filesChanged, reads).get(readWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                return Optional.empty(); // the app is busy or quitting: the command reads the files itself
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            held = monitor.data();
            verdict = verdict(held);
        }
        return verdict == Verdict.CURRENT ? Optional.of(held) : Optional.empty();
    }

    private synchronized Verdict verdict(Workspace.Loaded held) {
        if (held == null) {
            return Verdict.UNAVAILABLE; // the monitor has not started: its start reads them
        }
        if (last == null || last.data() != held || !last.stamps().settled()) {
            return Verdict.CHANGED; // not read yet, read in the moment of a save, or changed in memory since
        }
        Optional<InputStamps.Taken> now = inputs.take();
        if (now.isEmpty() || !now.get().files().equals(last.stamps().files())) {
            return Verdict.CHANGED;
        }
        return problem == null ? Verdict.CURRENT : Verdict.UNAVAILABLE; // a broken file: the command says what is wrong
    }
}
