package org.reachable.adapters.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheContentWhenTheFileDoesNotExistYet() throws IOException {
        Path target = dir.resolve("settings.json");

        AtomicFile.write(target, bytes("{\"version\":1}"));

        assertEquals("{\"version\":1}", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("settings.json.bak")), "nothing to back up on first write");
    }

    @Test
    void keepsThePreviousContentAsBak() throws IOException {
        Path target = dir.resolve("settings.json");
        AtomicFile.write(target, bytes("one"));

        AtomicFile.write(target, bytes("two"));

        assertEquals("two", Files.readString(target));
        assertEquals("one", Files.readString(dir.resolve("settings.json.bak")));
    }

    @Test
    void bakAlwaysHoldsTheVersionJustBeforeTheLastWrite() throws IOException {
        Path target = dir.resolve("schedule.ics");
        AtomicFile.write(target, bytes("one"));
        AtomicFile.write(target, bytes("two"));

        AtomicFile.write(target, bytes("three"));

        assertEquals("three", Files.readString(target));
        assertEquals("two", Files.readString(AtomicFile.backupOf(target)));
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        Path target = dir.resolve("status.json");

        for (int i = 0; i < 5; i++) {
            AtomicFile.write(target, bytes("v" + i));
        }

        assertEquals(List.of("status.json", "status.json.bak"), namesIn(dir));
    }

    @Test
    void writesAnEmptyFile() throws IOException {
        Path target = dir.resolve("override.json");
        AtomicFile.write(target, bytes("something"));

        AtomicFile.write(target, new byte[0]);

        assertEquals(0, Files.size(target));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("settings.json");
        AtomicFile.write(target, bytes("old"));
        // A directory named like the backup makes the backup step fail after the temp file exists.
        Files.createDirectory(dir.resolve("settings.json.bak"));
        Files.writeString(dir.resolve("settings.json.bak/keep"), "x");

        assertThrows(IOException.class, () -> AtomicFile.write(target, bytes("new")));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of("settings.json", "settings.json.bak"), namesIn(dir));
    }

    @Test
    void keepsFilePermissionsTheUserSet() throws IOException {
        Path target = dir.resolve("status.json");
        AtomicFile.write(target, bytes("one"));
        Assumptions.assumeTrue(
                Files.getFileStore(target).supportsFileAttributeView("posix"), "POSIX permissions only");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFile.write(target, bytes("two"));

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
