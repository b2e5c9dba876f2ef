package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Subscription;
import org.reachable.domain.port.SubscriptionStore;
import org.reachable.domain.subscribe.SubscriptionRefresh;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Days off with a subscribed holiday calendar: the line under the days off says when the tray last
 * refreshed it and how often; Nu vernieuwen refreshes it and says so on the row
 * (target/screenshots/daysoff-subscription-nl.png, looked at).
 */
@ExtendWith(ApplicationExtension.class)
class DaysOffSubscriptionViewTest {

    private Stage stage;
    /** The refresh the button runs: held until the test lets it answer. */
    private final java.util.ArrayDeque<Runnable> worker = new java.util.ArrayDeque<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        DayOff xmas = DaysOffViewModelTest.christmas();
        ScheduleDocument document = new ScheduleDocument(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of(xmas)));
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag("nl"));
        DaysOffViewModel model = new DaysOffViewModel(bundle, document, () -> Settings.defaultChannels("nl"),
                DaysOffViewModelTest.uids(), DaysOffViewModelTest.CLOCK);
        DaysOffView view = new DaysOffView(model, bundle);
        SubscriptionStore store = SubscriptionStore.inMemory();
        store.save(List.of(new Subscription("https://www.feestdagen.nl/feestdagen.ics", "DAYS_OFF", List.of(),
                Instant.parse("2026-11-26T08:15:00Z"), 0, 0, "", Map.of(xmas.uid(), Subscription.fingerprint(xmas)))));
        SubscriptionsViewModel subscriptions = new SubscriptionsViewModel(bundle,
                new SubscriptionLines(bundle, DaysOffViewModelTest.CLOCK), document,
                url -> new SubscriptionRefresh.Result(url, 2, 1, 0, 0, ""), store, worker::add, Platform::runLater);
        view.showSubscriptions(subscriptions);
        subscriptions.show(store.load(), document.current());
        stage.setScene(new Scene(view.root(), 940, 560));
        stage.show();
    }

    @Test
    void eachSubscriptionSaysWhenItWasRefreshedAndRefreshesNowOnAClick(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label line = robot.lookup("#subscription-line").queryAs(Label.class);
        assertTrue(line.isVisible());
        assertTrue(line.getText().startsWith("Geabonneerd op https://www.feestdagen.nl/feestdagen.ics: laatst ververst"
                + " op 26 november om 9.15 uur; Reachable importeert hem elke 6 uur opnieuw"), line.getText());
        Button refresh = robot.lookup("#subscription-refresh").queryButton();
        assertEquals("Nu vernieuwen", refresh.getText());
        assertEquals("Verwijderen…", robot.lookup("#subscription-remove").queryButton().getText());
        robot.clickOn(refresh);
        WaitForAsyncUtils.waitForFxEvents();
        Label state = robot.lookup("#subscription-state").queryAs(Label.class);
        assertEquals("Bezig met vernieuwen…", state.getText());
        assertTrue(refresh.isDisabled(), "one refresh at a time");
        Platform.runLater(() -> worker.poll().run());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zojuist vernieuwd: 2 nieuw, 1 gewijzigd, 0 verwijderd.",
                robot.lookup("#subscription-state").queryAs(Label.class).getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/daysoff-subscription-nl.png"));
    }
}
