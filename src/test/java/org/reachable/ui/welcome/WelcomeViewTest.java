package org.reachable.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reachable.adapters.files.DataFile;
import org.reachable.adapters.files.StoreFile;
import org.reachable.adapters.ics.IcsScheduleStore;
import org.reachable.adapters.json.JsonCodec;
import org.reachable.adapters.json.JsonOverrideStore;
import org.reachable.adapters.json.JsonSettingsStore;
import org.reachable.domain.model.Channel;
import org.reachable.domain.model.EnglishVariant;
import org.reachable.domain.model.Language;
import org.reachable.domain.model.Profile;
import org.reachable.domain.model.Register;
import org.reachable.domain.model.Settings;
import org.reachable.domain.port.StoreException;
import org.reachable.domain.service.StarterData;
import org.reachable.domain.service.Workspace;
import org.reachable.ui.Snapshots;
import org.reachable.ui.TextLanguages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First start, headless, wired as the window process wires it: the answers go through
 * StarterData into a real settings.json and schedule.ics in a temp folder. Saves
 * target/screenshots/welcome-profile-nl.png and welcome-profile-en.png.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), AMSTERDAM);

    @TempDir
    static Path temp;

    private Stage stage;
    private Path folder;
    private Workspace workspace;
    private final List<WelcomeViewModel.Choice> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createTempDirectory(temp, "data");
        JsonCodec json = new JsonCodec();
        workspace = new Workspace(
                new IcsScheduleStore(new StoreFile(new DataFile(folder.resolve("schedule.ics"), CLOCK))),
                new JsonSettingsStore(new StoreFile(new DataFile(folder.resolve("settings.json"), CLOCK)), json),
                new JsonOverrideStore(new StoreFile(new DataFile(folder.resolve("override.json"), CLOCK)), json),
                CLOCK);
        stage.setScene(scene(Locale.forLanguageTag("nl-NL")));
        stage.show();
    }

    private Scene scene(Locale locale) {
        Language language = Language.of(locale);
        WelcomeViewModel model = new WelcomeViewModel(AMSTERDAM, language, choice -> {
            chosen.add(choice);
            try {
                // as WindowScreens does, there on its timer thread
                new StarterData(workspace).create(Optional.of(choice.zone()), choice.exampleWeek(), language,
                        choice.newcomer(), choice.silenceDesktop());
            } catch (StoreException e) {
                throw new AssertionError(e);
            }
        });
        return new Scene(new WelcomeView(model, WelcomeView.bundle(locale)).root());
    }

    private Settings saved() throws StoreException {
        return workspace.settings().load(AMSTERDAM);
    }

    private static String contact(Settings settings, String id) {
        return settings.channel(id).map(Channel::contact).orElseThrow();
    }

    private String focusedId() {
        Node owner = stage.getScene().getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent(); // the editor inside a combo box
        }
        return owner == null ? null : owner.getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnswersTypedInOrderAreSavedAsTheProfileAndTheChannelsContacts(FxRobot robot) throws Exception {
        robot.clickOn("#name").write("Anne de Vries").type(KeyCode.TAB).write("De Vries Vertalingen");
        List<String> order = new ArrayList<>(List.of(focusedId()));
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            order.add(focusedId());
        }
        // a radio group is one stop (the arrow keys choose inside it), as everywhere
        assertEquals(List.of("business", "textLanguages", "registerJe", "british", "zone", "clientZone", "phone",
                "email", "exampleChoice", "silenceDesktop", "skipButton", "startButton", "name"), order,
                "Tab walks the page top to bottom and round");

        ComboBox<TextLanguages> languages = robot.lookup("#textLanguages").queryAs(ComboBox.class);
        robot.interact(() -> languages.setValue(TextLanguages.EN_NL));
        robot.clickOn("#registerU");
        robot.clickOn("#american");
        SearchableComboBox<String> clientZone = robot.lookup("#clientZone").queryAs(SearchableComboBox.class);
        assertEquals("Geen: mijn klanten zitten in mijn tijdzone", clientZone.getConverter().toString(""));
        robot.interact(() -> clientZone.setValue("Europe/London"));
        robot.clickOn("#phone").write("+31 6 12345678");
        robot.clickOn("#email").write("anne@devries.nl");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/welcome-profile-nl.png"));

        robot.clickOn("Beginnen");

        Settings settings = saved();
        assertEquals(new Profile("Anne de Vries", "De Vries Vertalingen", AMSTERDAM, List.of("en", "nl"),
                ZoneId.of("Europe/London"), Register.U, EnglishVariant.AMERICAN), settings.profile());
        assertEquals("+31 6 12345678", contact(settings, "phone"));
        assertEquals("+31 6 12345678", contact(settings, "whatsapp"));
        assertEquals("anne@devries.nl", contact(settings, "email"));
        assertFalse(workspace.schedules().load(AMSTERDAM).entries().isEmpty(), "the example week");
        assertTrue(settings.preferences().silenceDesktop(), "desktop notifications held back in focus unless unticked");
    }

    @Test
    void untickedTheDesktopsNotificationsKeepShowingInFocusAlsoWhenSkipped(FxRobot robot) throws Exception {
        CheckBox silence = robot.lookup("#silenceDesktop").queryAs(CheckBox.class);
        assertTrue(silence.isSelected(), "on by default");
        assertEquals("_Meldingen van het bureaublad stil tijdens focus (GNOME en KDE; die van Reachable komen wel)",
                silence.getText());
        robot.clickOn("#silenceDesktop");
        robot.clickOn("#skipButton");
        assertFalse(saved().preferences().silenceDesktop());
    }

    @Test
    void aWrongAddressIsNamedUnderItsFieldAndSkipStillMakesAWorkingStart(FxRobot robot) throws Exception {
        robot.clickOn("#email").write("anne@").type(KeyCode.TAB);
        Label message = robot.lookup("#emailMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("Dit is geen geldig e-mailadres, bijvoorbeeld naam@bedrijf.nl.", message.getText());
        robot.clickOn("Beginnen");
        assertEquals(List.of(), chosen, "nothing written");
        assertFalse(Files.exists(folder.resolve("settings.json")));

        robot.clickOn("#skipButton");
        assertEquals(1, chosen.size());
        assertEquals(Profile.defaults(AMSTERDAM), saved().profile(), "no profile yet");
        assertEquals("", contact(saved(), "email"), "the wrong address is not kept");
        assertTrue(Files.exists(folder.resolve("schedule.ics")), "the window opens on a week");
    }

    @Test
    void jeOrUGreysOutWhenNoTextIsDutch(FxRobot robot) {
        ComboBox<?> languages = robot.lookup("#textLanguages").queryAs(ComboBox.class);
        RadioButton u = robot.lookup("#registerU").queryAs(RadioButton.class);
        RadioButton american = robot.lookup("#american").queryAs(RadioButton.class);
        robot.interact(() -> languages.getSelectionModel().select(TextLanguages.EN.ordinal()));
        assertTrue(u.isDisabled());
        assertFalse(american.isDisabled());
        robot.interact(() -> languages.getSelectionModel().select(TextLanguages.NL.ordinal()));
        assertFalse(u.isDisabled());
        assertTrue(american.isDisabled());
    }

    @Test
    void inEnglishEveryMnemonicLeadsToOneControlAndThePageIsPictured(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.forLanguageTag("nl-NL"), Locale.ENGLISH)) {
            robot.interact(() -> {
                stage.setScene(scene(locale));
                stage.sizeToScene();
            });
            Map<String, Integer> count = new HashMap<>();
            stage.getScene().getMnemonics().forEach((combination, list) -> list.forEach(m -> {
                assertFalse(m.getNode() instanceof Label, locale + ": " + m.getNode() + " leads nowhere");
                count.merge(combination.getName().toUpperCase(Locale.ROOT), 1, Integer::sum);
            }));
            count.forEach((key, n) -> assertEquals(1, n, locale + ": " + key + " is used " + n + " times"));
            assertEquals(9, count.size(), locale + ": " + count);
        }
        robot.clickOn("#name").write("Anne de Vries").type(KeyCode.TAB).write("De Vries Translations");
        robot.clickOn("#phone").write("+31 6 12345678");
        robot.clickOn("#email").write("anne@devries.nl");
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/welcome-profile-en.png"));

        robot.doubleClickOn("#phone").eraseText(20).write("06 1234").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("That number is too short: digits are missing.",
                robot.lookup("#phoneMessage").queryAs(Label.class).getText());
        Snapshots.take(robot, stage.getScene(), Path.of("target/screenshots/welcome-problem-en.png"));
    }
}
