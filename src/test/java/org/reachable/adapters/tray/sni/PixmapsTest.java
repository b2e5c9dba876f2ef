package org.reachable.adapters.tray.sni;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.reachable.domain.status.State;

/**
 * The pixmaps the jar carries are the pixels of the tray PNGs, as ImageIO reads them. After an icon
 * changed: {@code mvn -o test -Dtest=PixmapsTest -Dpixmaps.write=true} writes them anew.
 */
class PixmapsTest {

    private static final Path ICONS = Path.of("src/main/resources/org/reachable/icons");

    @Test
    void everyLookShipsThePixelsOfItsPngs() throws Exception {
        List<String> looks = new ArrayList<>();
        for (State state : State.values()) {
            for (ColorScheme scheme : ColorScheme.values()) {
                looks.add(state.name().toLowerCase(Locale.ROOT) + scheme.iconSuffix);
            }
        }
        assertEquals(9, new HashSet<>(looks).size(), looks.toString());
        for (String look : new HashSet<>(looks)) {
            ByteArrayOutputStream pixels = new ByteArrayOutputStream();
            for (int size : Pixmaps.SIZES) {
                BufferedImage image = ImageIO.read(ICONS.resolve("tray-" + look + "-" + size + ".png").toFile());
                assertEquals(List.of(size, size), List.of(image.getWidth(), image.getHeight()), look);
                pixels.write(argb(image));
            }
            Path shipped = ICONS.resolve("pixmaps/tray-" + look + ".argb");
            if (Boolean.getBoolean("pixmaps.write")) {
                Files.createDirectories(shipped.getParent());
                Files.write(shipped, pixels.toByteArray());
            }
            assertArrayEquals(pixels.toByteArray(), Files.readAllBytes(shipped), shipped
                    + " is not its PNGs' pixels: mvn -o test -Dtest=PixmapsTest -Dpixmaps.write=true");
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
