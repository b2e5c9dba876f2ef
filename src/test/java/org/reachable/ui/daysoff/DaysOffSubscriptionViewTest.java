package org.reachable.ui.daysoff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.domain.edit.ScheduleDocument;
import org.reachable.domain.model.DayOff;
import org.reachable.domain.model.Schedule;
import org.reachable.domain.model.Settings;
import org.reachable.domain.model.Subscription;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Days off with a subscribed holiday calendar: the line under the days off says when the tray last
 * refreshed it and how often (target/screenshots/daysoff-subscription-nl.png, looked at).
 */
@ExtendWith(ApplicationExtension.class)
class DaysOffSubscriptionViewTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DayOff xmas = DaysOffViewModelTest.christmas();
        ScheduleDocument document = new ScheduleDocument(new Schedule(DaysOffViewModelTest.AMSTERDAM, List.of(xmas)));
        ResourceBundle bundle = DaysOffView.bundle(Locale.forLanguageTag("nl"));
        DaysOffViewModel model = new DaysOffViewModel(bundle, document, () -> Settings.defaultChannels("nl"),
                DaysOffViewModelTest.uids(), DaysOffViewModelTest.CLOCK);
        DaysOffView view = new DaysOffView(model, bundle);
        SubscriptionLines lines = new SubscriptionLines(bundle, DaysOffViewModelTest.CLOCK);
        view.showSubscriptions(lines);
        lines.show(List.of(new Subscription("https://www.feestdagen.nl/feestdagen.ics", "DAYS_OFF", List.of(),
                Instant.parse("2026-11-26T08:15:00Z"), 0, 0, "", Map.of(xmas.uid(), Subscription.fingerprint(xmas)))),
                document.current());
        stage.setScene(new Scene(view.root(), 940, 560));
        stage.show();
    }

    @Test
    void theLineUnderTheDaysOffSaysWhenTheCalendarWasLastRefreshed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label line = robot.lookup("#subscriptions").queryAs(Label.class);
        assertTrue(line.isVisible());
        assertTrue(line.getText().startsWith("Geabonneerd op https://www.feestdagen.nl/feestdagen.ics: laatst ververst"
                + " op 26 november om 9.15 uur; Reachable importeert hem elke 6 uur opnieuw"), line.getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/daysoff-subscription-nl.png"));
    }
}
