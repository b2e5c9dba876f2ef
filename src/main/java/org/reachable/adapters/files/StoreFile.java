package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.reachable.domain.port.ScheduleStore;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * A {@link DataFile} as the stores use it: failures become {@link StoreException}s that name the
 * file, and a parse failure reported through {@link #parseFailed} keeps the file from being
 * written over (it is moved aside before the next save).
 */
public final class StoreFile {

    private final DataFile file;

    public StoreFile(DataFile file) {
        this.file = file;
    }

    /** The file's path as the user sees it in messages. */
    public String name() {
        return file.path().toString();
    }

    public boolean exists() {
        return file.exists();
    }

    /** Whether the last read found the file broken (it is moved aside on the next save). */
    public boolean isBroken() {
        return file.isBroken();
    }

    /** Now, by the clock the data folder runs on (fixed in tests). */
    public Instant now() {
        return file.clock().instant();
    }

    public Optional<byte[]> read() throws StoreException {
        try {
            return file.read();
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNREADABLE, e.getMessage()).at(name(), 0), e);
        }
    }

    public Optional<byte[]> readBackup() throws StoreException {
        try {
            return file.readBackup();
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNREADABLE, e.getMessage())
                    .at(name() + AtomicFile.BACKUP_SUFFIX, 0), e);
        }
    }

    /** Call with the parser's error: the file is remembered as broken and the error passed on. */
    public StoreException parseFailed(StoreException e) {
        file.markBroken();
        return e;
    }

    /**
     * Runs {@code step} holding this file's lock ({@code NAME.lock} beside it): another process of
     * the app doing the same waits for its turn, at most {@link FileTurns#WAIT}, then gets
     * {@link ProblemKind#FILE_BUSY}.
     */
    public <T> T exclusive(ScheduleStore.Step<T> step) throws StoreException {
        Path lock = file.path().resolveSibling(file.path().getFileName() + ".lock");
        return FileTurns.holding(lock, FileTurns.WAIT, name(), step);
    }

    public void write(byte[] content) throws StoreException {
        try {
            // the first save (reachable init, or the welcome) may come before the folder exists
            Files.createDirectories(file.path().toAbsolutePath().getParent());
            file.write(content);
        } catch (IOException e) {
            throw new StoreException(Problem.of(ProblemKind.FILE_UNSAVED, e.getMessage()).at(name(), 0), e);
        }
    }
}
