package org.reachable.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as a PNG (under Monocle too), so a person can look at what a test built. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * From a test thread: takes the picture on the FX thread, passes its failure on, and checks a
     * real picture was written.
     */
    public static void take(org.testfx.api.FxRobot robot, Scene scene, Path file) throws IOException {
        IOException[] failure = new IOException[1];
        robot.interact(() -> {
            try {
                save(scene, file);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        if (Files.size(file) <= 1000) {
            throw new AssertionError("no real picture was written to " + file);
        }
    }

    /** Call on the FX thread. */
    public static void save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(buffered, "png", file.toFile());
    }
}
