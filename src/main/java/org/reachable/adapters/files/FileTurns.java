package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * Turns at a data file between processes: an OS lock on a lock file beside it ({@code FileChannel}),
 * taken for one read-merge-save and given back, so the tray's sync and the window's save never
 * write over each other's edit. Threads of one JVM take turns on a lock of their own first: the OS
 * lock belongs to the whole process, and a second channel to the same file would throw. The OS
 * frees the lock when a process dies, so a crash never leaves the file locked. Waiting is bounded
 * (by the system's monotonic time, not the data folder's clock, which tests fix).
 */
final class FileTurns {

    /** Longer than any save of a schedule takes (a sync's save included: the network is outside it). */
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 20;
    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private FileTurns() {
    }

    static <T> T holding(Path lockFile, Duration wait, String shownName, ScheduleStore.Step<T> step)
            throws StoreException {
        ReentrantLock own = IN_THIS_JVM.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!own.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(shownName, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(shownName, wait);
        }
        try {
            if (own.getHoldCount() > 1) {
                return step.run(); // this thread has the turn already (a step inside a step)
            }
            Files.createDirectories(lockFile.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                while (lock == null) {
                    if (System.nanoTime() > deadline) {
                        throw busy(shownName, wait);
                    }
                    Thread.sleep(POLL_MILLIS);
                    lock = channel.tryLock();
                }
                try {
                    return step.run();
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, e.getMessage()).at(shownName, 0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(shownName, wait);
        } finally {
            own.unlock();
        }
    }

    private static StoreException busy(String shownName, Duration wait) {
        return new StoreException(Problem.of(ProblemKind.FILE_BUSY, shownName, wait.toSeconds()));
    }
}
