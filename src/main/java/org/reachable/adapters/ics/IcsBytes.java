package org.reachable.adapters.ics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.problem.Problem;
import org.reachable.domain.problem.ProblemKind;

/**
 * A file's bytes as the text the reader takes. RFC 5545 folds lines at 75 <em>octets</em>, so a
 * writer may cut a multi-byte character in two; decoding first would turn both halves into
 * U+FFFD. Such a fold is moved behind the character it cut (the line count stays the same, so
 * the reader's line numbers still point into the file), and only then are the bytes decoded —
 * strictly: bytes that are not UTF-8 are refused with their line, never replaced, because the next
 * save would write the replacement over the user's text for good.
 */
final class IcsBytes {

    private IcsBytes() {
    }

    static String decode(byte[] bytes, String fileName) throws StoreException {
        byte[] mended = mendCutCharacters(bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(mended);
        CharBuffer out = CharBuffer.allocate(mended.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            String bad = HexFormat.ofDelimiter(" ").withUpperCase()
                    .formatHex(mended, at, Math.min(mended.length, at + result.length()));
            throw new StoreException(Problem.of(ProblemKind.ICS_NOT_UTF8, bad).at(fileName, lineAt(mended, at)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString(); // a byte order mark is left to the reader, which takes text too
    }

    /** The 1-based line holding byte {@code offset}. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * Moves each fold (CRLF or LF, then a space or tab) that falls inside a UTF-8 sequence to just
     * after that sequence's last byte.
     */
    static byte[] mendCutCharacters(byte[] bytes) {
        if (!hasCutCharacter(bytes)) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int fold = foldLength(bytes, i);
            if (fold > 0 && i + fold < bytes.length && isContinuation(bytes[i + fold])) {
                // copy the continuation bytes first, then the fold
                int j = i + fold;
                while (j < bytes.length && isContinuation(bytes[j])) {
                    out.write(bytes[j]);
                    j++;
                }
                out.write(bytes, i, fold);
                i = j;
            } else {
                out.write(bytes[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean hasCutCharacter(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int fold = foldLength(bytes, i);
            if (fold > 0 && i + fold < bytes.length && isContinuation(bytes[i + fold])) {
                return true;
            }
        }
        return false;
    }

    /** The length of a fold (line break + one space or tab) starting at {@code i}, or 0. */
    private static int foldLength(byte[] bytes, int i) {
        int n = 0;
        if (bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
            n = 2;
        } else if (bytes[i] == '\n') {
            n = 1;
        } else {
            return 0;
        }
        return i + n < bytes.length && (bytes[i + n] == ' ' || bytes[i + n] == '\t') ? n + 1 : 0;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
