package org.reachable.adapters.tray.sni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.reachable.domain.status.State;

/** Our PNG reader gives every shipped tray icon exactly the pixels ImageIO gives. */
class PixmapsTest {

    @Test
    void everyTrayIconReadsAsImageIoReadsIt() throws Exception {
        List<Path> icons;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/reachable/icons"))) {
            icons = files.filter(f -> f.getFileName().toString().matches("tray-.*\\.png")).sorted().toList();
        }
        assertTrue(icons.size() >= 54, "icons found: " + icons.size());
        for (Path icon : icons) {
            byte[] png = Files.readAllBytes(icon);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            Pixmap ours = RgbaPng.read(png);
            assertEquals(image.getWidth(), ours.width, icon.toString());
            assertEquals(image.getHeight(), ours.height, icon.toString());
            assertArrayEquals(argb(image), ours.argb, icon.toString());
        }
    }

    @Test
    void eachStateHasEverySize() {
        for (State state : State.values()) {
            List<Pixmap> sizes = new Pixmaps().of(state, ColorScheme.NO_PREFERENCE);
            assertEquals(List.of(16, 22, 24, 32, 48, 64), sizes.stream().map(p -> p.width).toList());
        }
    }

    private static byte[] argb(BufferedImage image) {
        byte[] out = new byte[image.getWidth() * image.getHeight() * 4];
        int at = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                out[at++] = (byte) (pixel >>> 24);
                out[at++] = (byte) (pixel >>> 16);
                out[at++] = (byte) (pixel >>> 8);
                out[at++] = (byte) pixel;
            }
        }
        return out;
    }
}
