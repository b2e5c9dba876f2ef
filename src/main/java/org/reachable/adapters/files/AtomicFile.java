package org.reachable.adapters.files;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file so that a crash or power cut at any moment leaves either the old or the new
 * content, never a mix, and keeps the old content as {@code NAME.bak}.
 *
 * <p>Temp files are named {@code .NAME.<random>.tmp} in the target's folder: the same folder so the
 * final rename stays on one file system (and so is atomic), a dot and {@code .tmp} so a user or a
 * cleanup can tell they are ours. A killed process may leave one behind; it is never read.
 */
public final class AtomicFile {

    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFile() {}

    /** Where {@link #write} keeps the previous content of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, true);
    }

    /**
     * {@code keepBackup} false is for {@link DataFile} replacing a broken file: the broken text is
     * kept elsewhere, and {@code .bak} must go on holding the last version that parsed.
     */
    static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        writeAtomically(target, content, keepBackup);
    }

    /**
     * Replaces an output file (status.json) atomically without keeping a {@code .bak}: it is
     * rewritten from the other files at every change, so an old copy has nothing to give back.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        writeAtomically(target, content, false);
    }

    private static void writeAtomically(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            writeDurably(temp, content);
            if (Files.exists(target)) {
                keepPermissions(target, temp);
                if (keepBackup) {
                    copyToBackup(target, dir, name);
                }
            }
            Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(dir);
    }

    /**
     * Copies (never moves) the current file to {@code NAME.bak}, so the target itself is not
     * touched until the final rename. The copy goes through its own temp file and rename, so
     * {@code .bak} too is always complete.
     */
    private static void copyToBackup(Path target, Path dir, String name) throws IOException {
        Path temp = Files.createTempFile(dir, "." + name + BACKUP_SUFFIX + ".", ".tmp");
        try {
            Files.copy(target, temp, REPLACE_EXISTING);
            force(temp);
            Files.move(temp, backupOf(target), ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Temp files start as owner-only (0600); a user who opened {@code status.json} to another tool
     * with chmod should not see that undone by the next save.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    /** Without the fsync a power cut after the rename can leave the new name on empty data. */
    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Makes the renames themselves durable. Best effort: Windows will not open a directory as a
     * channel, and NTFS journals renames itself; a failure here never undoes the new content.
     */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Nothing useful to do: the rename has happened, only its durability is less certain.
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
