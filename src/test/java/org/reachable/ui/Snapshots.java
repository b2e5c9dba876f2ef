package org.reachable.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Saves a scene as a PNG (under Monocle too), so a person can look at what a test built. */
public final class Snapshots {

    private Snapshots() {
    }

    /**
     * From a test thread: takes the picture on the FX thread, passes its failure on, saves it, and
     * gives it back so the test can look at what is visible in it.
     */
    public static Shot take(org.testfx.api.FxRobot robot, Scene scene, Path file) throws IOException {
        IOException[] failure = new IOException[1];
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            try {
                image[0] = save(scene, file);
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        Shot shot = new Shot(robot, scene, image[0], file);
        shot.assertInk();
        return shot;
    }

    /**
     * A picture of a scene, and what a person would see in it: the colour at a place, whether a
     * node is inside the picture with something drawn on it.
     */
    public record Shot(org.testfx.api.FxRobot robot, Scene scene, WritableImage image, Path file) {

        /** The colour of the picture at scene coordinates (x, y). */
        public Color colourAt(double x, double y) {
            assertInside(x, y, "point");
            return image.getPixelReader().getColor((int) x, (int) y);
        }

        /** The node's bounds in the picture (scene coordinates), on the FX thread. */
        public Bounds boundsOf(Node node) {
            Bounds[] b = new Bounds[1];
            robot.interact(() -> b[0] = node.localToScene(node.getBoundsInLocal()));
            return b[0];
        }

        /** The colour just inside the node's top-left corner: its background, where no text is drawn. */
        public Color backgroundOf(Node node) {
            Bounds b = boundsOf(node);
            return colourAt(b.getMinX() + 2, b.getMinY() + 2);
        }

        /**
         * The node shows: it is visible, has a size, lies wholly inside the picture, and the picture
         * has ink on it there (pixels that stand out from its background, as text or a border does).
         */
        public void assertShown(Node node, String what) {
            assertTrue(node.isVisible() && node.getScene() == scene, what + " is not in the scene or hidden");
            Bounds b = boundsOf(node);
            assertTrue(b.getWidth() >= 1 && b.getHeight() >= 1, what + " has no size: " + b);
            assertInside(b.getMinX(), b.getMinY(), what + " (top left " + b + ")");
            assertInside(b.getMaxX() - 1, b.getMaxY() - 1, what + " (bottom right " + b + ")");
            Color background = backgroundOf(node);
            double most = 0;
            for (int y = (int) b.getMinY(); y < (int) b.getMaxY(); y++) {
                for (int x = (int) b.getMinX(); x < (int) b.getMaxX(); x++) {
                    Color c = image.getPixelReader().getColor(x, y);
                    most = Math.max(most, Math.abs(c.getBrightness() - background.getBrightness()));
                }
            }
            assertTrue(most > 0.3, what + ": nothing drawn there that stands out from " + background + " in " + file);
        }

        /** A label or button with this text, shown (see {@link #assertShown}). */
        public void assertShows(Labeled labeled, String text) {
            String[] shown = new String[1];
            robot.interact(() -> shown[0] = labeled.getText());
            assertEquals(text, shown[0].replace("_", ""), "the text of " + labeled.getId());
            assertShown(labeled, "\"" + text + "\"");
        }

        /** Something is drawn: not a blank (one-colour) picture, as a scene that failed to lay out gives. */
        void assertInk() {
            Color corner = image.getPixelReader().getColor(0, 0);
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    if (Math.abs(image.getPixelReader().getColor(x, y).getBrightness() - corner.getBrightness()) > 0.3) {
                        return;
                    }
                }
            }
            throw new AssertionError("a blank picture (all near " + corner + "): " + file);
        }

        private void assertInside(double x, double y, String what) {
            assertTrue(x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight(),
                    what + " lies outside the " + (int) image.getWidth() + "x" + (int) image.getHeight() + " picture");
        }
    }

    /**
     * Call on the FX thread. A picture meant for docs/ is written there only when asked for
     * ({@code -Ddocs.screenshots=true}), else into target/screenshots: a test run must not change
     * the checkout (fonts and timing make every run's PNG differ by a few bytes).
     */
    public static WritableImage save(Scene scene, Path file) throws IOException {
        if (file.getNameCount() > 1 && file.getName(0).toString().equals("docs")
                && !Boolean.getBoolean("docs.screenshots")) {
            file = Path.of("target", "screenshots").resolve(file.getFileName());
        }
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
        return image;
    }
}
