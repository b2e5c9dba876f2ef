package org.reachable.adapters.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.reachable.domain.text.forwarding.CallForwarding;
import org.reachable.domain.text.forwarding.CallForwarding.Condition;

/** A phone that scans the code opens the same tel: link: decoded back with ZXing's reader. */
class ZxingQrCodesTest {

    private final ZxingQrCodes codes = new ZxingQrCodes();
    private final CallForwarding forwarding = new CallForwarding("+31612345678");

    @Test
    void theMatrixDecodesToTheSameTelLinkForEveryCode() throws Exception {
        for (CallForwarding.Code code : forwarding.codes()) {
            for (String uri : new String[] {code.onUri(), code.offUri()}) {
                boolean[][] m = codes.matrix(uri);
                assertEquals(m.length, m[0].length, "square");
                assertTrue(!m[0][0] && !m[3][3], "a quiet zone of four light modules");
                assertEquals(uri, decode(pixels(m, 4), m.length * 4));
            }
        }
    }

    @Test
    void thePngDecodesToTheSameTelLink() throws Exception {
        String uri = forwarding.code(Condition.UNCONDITIONAL).onUri();
        byte[] png = codes.png(uri, 6);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(codes.matrix(uri).length * 6, image.getWidth());
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        assertEquals("tel:**21*+31612345678%23", decode(argb, image.getWidth()));
    }

    private static int[] pixels(boolean[][] m, int scale) {
        int size = m.length * scale;
        int[] argb = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                argb[y * size + x] = m[y / scale][x / scale] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return argb;
    }

    private static String decode(int[] argb, int size) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, argb)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
