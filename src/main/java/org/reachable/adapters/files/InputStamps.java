package org.reachable.adapters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The stamps of the files a status is made of ({@link DataFolder#statusInputs()}), taken just before
 * they are read: one rule for the running app's freshness ({@link LastRead}) and the command's kept
 * answer ({@link StatusCache}), so the two never disagree on whether a file changed.
 *
 * <p>A file's stamp is its device, inode, size, modification and change time ("none" for a missing
 * file): a file replaced (another inode, on this device or another), edited (size, times), or saved
 * back to its old time ({@code touch -d}, {@code cp -p}, rsync: the change time still moves) no
 * longer matches. Where the OS has no unix view (Windows): the file key if any, size and modification
 * time.
 *
 * <p>Linux stamps files from a clock that moves every few ms, so a second save in the same tick as a
 * read can keep every stamp. A file modified or changed within {@link #SETTLE} of the read (or after
 * it, by a clock that runs ahead) therefore leaves the stamps unsettled: they vouch for nothing, and
 * the files are read again later.
 */
final class InputStamps {

    static final Duration SETTLE = Duration.ofMillis(100);
    /** The stamp of a file that does not exist: a file made later has one that differs. */
    static final String NONE = "none";

    private final List<Path> inputs;
    /** The OS stamps files by the wall clock; a test gives another, the app's own clock plays no part. */
    private final Clock wallClock;

    InputStamps(DataFolder folder, Clock wallClock) {
        this.inputs = folder.statusInputs();
        this.wallClock = wallClock;
    }

    /**
     * The inputs' stamps by file name, in the order they are read, and whether none of them was
     * modified or changed within {@link #SETTLE} before they were taken.
     */
    record Taken(Map<String, String> files, boolean settled) {

        /** Whether none of the files exists (a folder never set up). */
        boolean noFile() {
            return files.values().stream().allMatch(NONE::equals);
        }
    }

    /** The inputs' stamps now; empty when one cannot be read (then nothing can be trusted). */
    Optional<Taken> take() {
        Instant settledBefore = wallClock.instant().minus(SETTLE);
        Map<String, String> files = new LinkedHashMap<>();
        boolean settled = true;
        for (Path input : inputs) {
            try {
                Optional<Stamp> stamp = read(input);
                files.put(input.getFileName().toString(), stamp.map(Stamp::text).orElse(NONE));
                settled &= stamp.map(s -> s.lastTouched().isBefore(settledBefore)).orElse(true);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Taken(Collections.unmodifiableMap(files), settled));
    }

    /** The stamp of any file, e.g. the program's jar; "none" when it does not exist. */
    static String stamp(Path path) throws IOException {
        return read(path).map(Stamp::text).orElse(NONE);
    }

    /** What a file's stamp says, and the later of its modification and change time. */
    private record Stamp(String text, Instant lastTouched) {
    }

    private static Optional<Stamp> read(Path path) throws IOException {
        try {
            Map<String, Object> a = Files.readAttributes(path, "unix:dev,ino,size,lastModifiedTime,ctime");
            FileTime modified = (FileTime) a.get("lastModifiedTime");
            FileTime changed = (FileTime) a.get("ctime");
            // this text is what .status-cache holds (format 1): change it and StatusCache's format with it
            String text = a.get("dev") + ":" + a.get("ino") + ":" + a.get("size") + ":" + nanos(modified) + ":" + nanos(changed);
            return Optional.of(new Stamp(text, later(modified, changed)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view (Windows): the file key where there is one, size and modification time
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                FileTime modified = a.lastModifiedTime();
                return Optional.of(new Stamp(a.fileKey() + ":" + a.size() + ":" + nanos(modified), modified.toInstant()));
            } catch (NoSuchFileException gone) {
                return Optional.empty();
            }
        }
    }

    private static Instant later(FileTime a, FileTime b) {
        return a.compareTo(b) >= 0 ? a.toInstant() : b.toInstant();
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
