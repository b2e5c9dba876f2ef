package org.reachable.adapters.files;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.nio.file.Path;

/**
 * Child process for {@link AtomicFileCrashTest}: replaces one file with two alternating contents,
 * forever, until the test kills it. Says {@value #STARTED} on stdout once it is about to write, {@value #REPLACED} once the first write is done.
 */
public final class AtomicWriteLoop {

    static final String STARTED = "writing";
    /** Said once, after the first write is complete. */
    static final String REPLACED = "replaced";

    private AtomicWriteLoop() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[] a = contentA();
        byte[] b = contentB();
        System.out.println(STARTED);
        System.out.flush();
        for (long i = 0; ; i++) {
            AtomicFile.write(target, i % 2 == 0 ? a : b);
            if (i == 0) {
                System.out.println(REPLACED);
                System.out.flush();
            }
        }
    }

    /** 512 KiB: a header, then lines of 'A'. */
    static byte[] contentA() {
        return content("version A\n", 'A', 512 * 1024);
    }

    /** 700 KiB, so a truncated B could never pass for an A. */
    static byte[] contentB() {
        return content("version B\n", 'B', 700 * 1024);
    }

    static byte[] initialContent() {
        return "initial\n".getBytes(US_ASCII);
    }

    private static byte[] content(String header, char letter, int size) {
        StringBuilder text = new StringBuilder(size).append(header);
        String line = String.valueOf(letter).repeat(63) + "\n";
        while (text.length() + line.length() <= size) {
            text.append(line);
        }
        while (text.length() < size) {
            text.append(letter);
        }
        return text.toString().getBytes(US_ASCII);
    }
}
