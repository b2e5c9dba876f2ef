package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One data file under the rule "a file that fails to parse is never written over". The caller
 * parses; when that fails it calls {@link #markBroken()}, and the next {@link #write} first moves
 * the broken file aside as {@code NAME.broken-20261126T171900Z} (a copy, then the replace) so the
 * user's text survives for them to repair. The {@code .bak} is left alone in that case: it holds
 * the last good version, which is what the app is running on.
 *
 * <p>Not thread-safe: one owner per file, as the app writes each file from one place.
 */
public final class DataFile {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path path;
    private final Clock clock;
    private boolean broken;
    private Path movedAside;

    public DataFile(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    public Path path() {
        return path;
    }

    /** The clock this file stamps with (a file moved aside, an entry's last change). */
    public Clock clock() {
        return clock;
    }

    public Path backupPath() {
        return AtomicFile.backupOf(path);
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /** The file's bytes, or empty if there is no file. */
    public Optional<byte[]> read() throws IOException {
        return readIfPresent(path);
    }

    /** The previous version kept by the last write, or empty if there is none. */
    public Optional<byte[]> readBackup() throws IOException {
        return readIfPresent(backupPath());
    }

    /** Remembers that the file now on disk failed to parse, so the next write keeps it. */
    public void markBroken() {
        broken = true;
    }

    /** Forgets {@link #markBroken()}, e.g. once the user repaired the file and it parsed. */
    public void clearBroken() {
        broken = false;
    }

    public boolean isBroken() {
        return broken;
    }

    /** Where the broken file went at the last write that moved one aside. */
    public Optional<Path> movedAside() {
        return Optional.ofNullable(movedAside);
    }

    /**
     * Replaces the file's content. If it was marked broken, its bytes are first copied to
     * {@code NAME.broken-<timestamp>}, and then replaced without touching {@code .bak}. Copying
     * rather than renaming means the file never goes missing, even if this write fails halfway.
     */
    public void write(byte[] content) throws IOException {
        if (!broken || !Files.exists(path)) {
            broken = false;
            AtomicFile.write(path, content);
            return;
        }
        Path aside = copyAside();
        try {
            AtomicFile.write(path, content, false);
        } catch (IOException | RuntimeException e) {
            // The broken text is still at its own name; a second copy would only confuse.
            try {
                Files.deleteIfExists(aside);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        broken = false;
        movedAside = aside;
    }

    private Path copyAside() throws IOException {
        String base = path.getFileName() + ".broken-" + STAMP.format(clock.instant());
        // Two breakages in one second must not overwrite the first one's text.
        for (int n = 1; ; n++) {
            Path aside = path.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                Files.copy(path, aside); // fails rather than replaces if the name is taken
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            // Durable before the rename that replaces the original, or a power cut could lose both.
            AtomicFile.force(aside);
            return aside;
        }
    }

    private static Optional<byte[]> readIfPresent(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
