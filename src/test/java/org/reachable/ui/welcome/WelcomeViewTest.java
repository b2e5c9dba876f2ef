package org.reachable.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reachable.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** First start, headless: the system zone is preselected, the choice reaches the app. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private final AtomicReference<WelcomeViewModel.Choice> chosen = new AtomicReference<>();
    private WelcomeViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new WelcomeViewModel(ZoneId.of("Europe/Amsterdam"), chosen::set);
        var bundle = WelcomeView.bundle(Locale.forLanguageTag("nl-NL"));
        stage.setScene(new Scene(new WelcomeView(viewModel, bundle).root()));
        stage.show();
    }

    @Test
    void startWithTheExampleWeekInTheSystemZone(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                Snapshots.save(stage.getScene(), Path.of("target/screenshots/welcome-nl.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertNull(chosen.get());
        robot.clickOn("Beginnen");
        assertEquals(new WelcomeViewModel.Choice(true, ZoneId.of("Europe/Amsterdam")), chosen.get());
    }

    @Test
    void anEmptyWeekInAnotherZone(FxRobot robot) {
        robot.clickOn("Een lege week, die je zelf invult");
        robot.interact(() -> viewModel.zoneProperty().set("Europe/London"));
        robot.clickOn("Beginnen");
        assertEquals(new WelcomeViewModel.Choice(false, ZoneId.of("Europe/London")), chosen.get());
    }

    @Test
    void aServerStyleSystemZoneCanStartToo() {
        WelcomeViewModel vm = new WelcomeViewModel(ZoneId.of("Etc/UTC"), chosen::set);
        vm.start();
        assertEquals(new WelcomeViewModel.Choice(true, ZoneId.of("Etc/UTC")), chosen.get());
    }

    @Test
    void anUnknownZoneCannotStart() {
        WelcomeViewModel vm = new WelcomeViewModel(ZoneId.of("UTC"), chosen::set);
        vm.zoneProperty().set("Mars/Olympus_Mons");
        vm.start();
        assertNull(chosen.get());
    }
}
