package org.reachable.adapters.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.reachable.domain.text.forwarding.QrCodes;

/**
 * QR codes with ZXing's encoder. Error correction M (15 %): a code shown on a screen is read by a
 * phone held at an angle, not from a scratched label, and M keeps a {@code tel:} link of a
 * forwarding code at version 2 (25×25 modules), large modules at any size.
 *
 * <p>The PNG is written here by hand (8-bit grey, one IDAT) rather than through ImageIO, because
 * ImageIO draws on java.awt, which only the tray adapter may use.
 */
public final class ZxingQrCodes implements QrCodes {

    private static final int QUIET = 4;

    @Override
    public boolean[][] matrix(String text) {
        BitMatrix bits;
        try {
            bits = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            // only a text too long for any QR version gets here; a tel: link is far below that
            throw new IllegalArgumentException("no QR code for a text of " + text.length() + " characters", e);
        }
        boolean[][] modules = new boolean[bits.getHeight()][bits.getWidth()];
        for (int y = 0; y < bits.getHeight(); y++) {
            for (int x = 0; x < bits.getWidth(); x++) {
                modules[y][x] = bits.get(x, y);
            }
        }
        return modules;
    }

    /** The code as a PNG, each module {@code scale} pixels square, black on white. */
    public byte[] png(String text, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale " + scale);
        }
        boolean[][] m = matrix(text);
        int size = m.length * scale;
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw)) {
                byte[] row = new byte[size + 1]; // filter byte 0, then one grey byte per pixel
                for (boolean[] modules : m) {
                    for (int x = 0; x < size; x++) {
                        row[x + 1] = (byte) (modules[x / scale] ? 0 : 255);
                    }
                    for (int i = 0; i < scale; i++) {
                        z.write(row);
                    }
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(size);
            h.writeInt(size);
            h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit, greyscale, deflate, adaptive filters, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", raw.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        d.writeInt(data.length);
        d.write(name);
        d.write(data);
        d.writeInt((int) crc.getValue());
    }
}
