package org.reachable.adapters.tray.sni;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads our own tray icons (8-bit RGBA, not interlaced: checked by PixmapsTest for every icon we ship)
 * into SNI pixmaps without ImageIO, whose ~250 classes and plug-in scan were on the path to the icon.
 */
final class RgbaPng {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private RgbaPng() {
    }

    static Pixmap read(byte[] png) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(png);
        if (in.getLong() != SIGNATURE) {
            throw new IOException("Not a PNG");
        }
        int width = 0;
        int height = 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (in.remaining() >= 12) {
            int length = in.getInt();
            int type = in.getInt();
            int start = in.position();
            if (type == 0x49484452) { // IHDR
                width = in.getInt(start);
                height = in.getInt(start + 4);
                if (in.get(start + 8) != 8 || in.get(start + 9) != 6 || in.get(start + 12) != 0) {
                    throw new IOException("Only 8-bit RGBA PNGs without interlacing are read here");
                }
            } else if (type == 0x49444154) { // IDAT
                data.write(png, start, length);
            } else if (type == 0x49454E44) { // IEND
                break;
            }
            in.position(start + length + 4); // and the CRC
        }
        return new Pixmap(width, height, argb(inflate(data.toByteArray(), (width * 4 + 1) * height), width, height));
    }

    private static byte[] inflate(byte[] compressed, int size) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[size];
            int done = 0;
            while (done < size && !inflater.finished()) {
                int n = inflater.inflate(out, done, size - done);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("Truncated PNG data");
                }
                done += n;
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException(e);
        } finally {
            inflater.end();
        }
    }

    /** Undoes each row's filter (PNG spec 9.2), then RGBA -> ARGB. */
    private static byte[] argb(byte[] raw, int width, int height) throws IOException {
        int stride = width * 4;
        byte[] rgba = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            int filter = raw[y * (stride + 1)];
            int from = y * (stride + 1) + 1;
            int row = y * stride;
            for (int x = 0; x < stride; x++) {
                int a = x >= 4 ? rgba[row + x - 4] & 0xff : 0;
                int b = y > 0 ? rgba[row - stride + x] & 0xff : 0;
                int c = x >= 4 && y > 0 ? rgba[row - stride + x - 4] & 0xff : 0;
                int predictor;
                switch (filter) {
                    case 0 -> predictor = 0;
                    case 1 -> predictor = a;
                    case 2 -> predictor = b;
                    case 3 -> predictor = (a + b) / 2;
                    case 4 -> predictor = paeth(a, b, c);
                    default -> throw new IOException("Unknown PNG filter " + filter);
                }
                rgba[row + x] = (byte) (raw[from + x] + predictor);
            }
        }
        byte[] argb = new byte[rgba.length];
        for (int i = 0; i < rgba.length; i += 4) {
            argb[i] = rgba[i + 3];
            argb[i + 1] = rgba[i];
            argb[i + 2] = rgba[i + 1];
            argb[i + 3] = rgba[i + 2];
        }
        return argb;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
