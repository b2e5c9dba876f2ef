package org.reachable.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Notifications stay on the screen whatever their width, and a state's notification shows the tray's icon of it. */
@ExtendWith(ApplicationExtension.class)
class NotificationsOnScreenTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Region(), 10, 10)); // ControlsFX needs some window showing
        stage.show();
    }

    @AfterEach
    void hideThem(FxRobot robot) {
        robot.interact(() -> popups().forEach(Popup::hide));
    }

    @Test
    void aWideNotificationUnderANarrowerOneStaysInsideTheScreensRightEdge(FxRobot robot) throws Exception {
        Notifier notifier = new Notifier(() -> { }, () -> { });
        robot.interact(() -> {
            notifier.show("Bereikbaar tot 16:00", "Bereikbaar via telefoon, e-mail, WhatsApp Business en sms; Signal"
                    + " niet", "available");
            notifier.show("Focus tot 13:05", "Alles uit.", "focus");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        List<Popup> shown = WaitForAsyncUtils.asyncFx(NotificationsOnScreenTest::popups).get();
        assertEquals(2, shown.size());
        assertTrue(shown.get(0).getWidth() != shown.get(1).getWidth(), "one wider than the other");
        for (Popup popup : shown) {
            assertTrue(popup.getAnchorX() >= screen.getMinX() && popup.getAnchorX() + popup.getWidth() <= screen.getMaxX(),
                    "inside the screen: " + popup.getAnchorX() + " + " + popup.getWidth() + " <= " + screen.getMaxX());
            assertEquals(screen.getMaxX() - 15, popup.getAnchorX() + popup.getWidth(), 0.5, "against its right edge");
        }
    }

    @Test
    void aFocusNotificationShowsTheFocusIconAndOthersTheApps(FxRobot robot) throws Exception {
        Notifier notifier = new Notifier(() -> { }, () -> { });
        robot.interact(() -> notifier.show("Focus until 13:05", "Phone and e-mail off.", "focus"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(icon(robot).endsWith("/icons/tray-focus-48.png"), icon(robot));
        robot.interact(() -> popups().forEach(Popup::hide));
        robot.interact(() -> notifier.show("Copied", "The auto-reply is on the clipboard.", ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(icon(robot).endsWith("/icons/app-48.png"), icon(robot));
    }

    @Test
    void aNarrowScreenGetsShorterLines() {
        assertEquals(56, Notifier.columns(1280));
        assertTrue(Notifier.columns(480) <= 40, "a phone-sized screen: " + Notifier.columns(480));
        assertEquals(1280 - 15 - 500, Notifier.rightAligned(500, new Rectangle2D(0, 0, 1280, 800)));
        assertEquals(0, Notifier.rightAligned(1400, new Rectangle2D(0, 0, 1280, 800)), "wider than the screen: its start shows");
    }

    private static String icon(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> popups().stream()
                .flatMap(p -> p.getContent().get(0).lookupAll(".image-view").stream())
                .map(n -> ((ImageView) n).getImage().getUrl()).findFirst().orElse("")).get();
    }

    private static List<Popup> popups() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing()).map(w -> (Popup) w)
                .filter(p -> p.getContent().stream().anyMatch(n -> n.getStyleClass().contains("notification-bar")))
                .toList();
    }
}
